import { Client, ClientConfig } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** The pg settings of a DataSource's connections (its URL or its fields), for connections opened beside its pool. */
export function pgConfigOf(dataSource: DataSource, applicationName: string): ClientConfig {
  const o = dataSource.options as PostgresDataSourceOptions;
  const base: ClientConfig = o.url
    ? { connectionString: o.url }
    : { host: o.host, port: o.port, user: o.username, password: o.password as string | undefined, database: o.database };
  return { ...base, application_name: applicationName, connectionTimeoutMillis: 5000 };
}

type Listener = () => void;

/**
 * One connection of the API beside its pool, for what must not wait for a pooled connection:
 * - LISTEN: a channel's callbacks run on each NOTIFY (e.g. an API key changed, src/auth/api-key-cache.ts);
 * - cancelling a statement of an abandoned request (`pg_cancel_backend`), even when every pooled connection is busy
 *   running abandoned statements.
 *
 * While it is down (the database is away, or not yet connected), `up` is false and `onDown` callbacks have run: whoever
 * relies on notifications stops trusting what it kept. It reconnects by itself (1 s, then up to 10 s apart) and runs
 * `onUp` callbacks once it listens again.
 */
export class ControlConnection {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private delayMs = 1000;
  private readonly channels = new Map<string, Set<Listener>>();
  private readonly downListeners = new Set<Listener>();
  private readonly upListeners = new Set<Listener>();
  private cancelling: Promise<void> = Promise.resolve();
  up = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly log: Logger,
  ) {}

  static of(dataSource: DataSource, log: Logger): ControlConnection {
    return new ControlConnection(pgConfigOf(dataSource, 'ict-registry control'), log);
  }

  /** Runs `fn` on each NOTIFY on `channel` (call before start()). */
  listen(channel: string, fn: Listener): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(fn);
  }

  onDown(fn: Listener): void {
    this.downListeners.add(fn);
  }

  onUp(fn: Listener): void {
    this.upListeners.add(fn);
  }

  /** Connects (failures are retried in the background: start() never throws). */
  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = new Client(this.config);
    this.client = client;
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (n) => {
      for (const fn of this.channels.get(n.channel) ?? []) fn();
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
    } catch (e) {
      this.lost(client, e as Error);
      return;
    }
    if (this.client !== client) {
      // Stopped (or replaced) while it connected: close it, or it would keep the process alive.
      await client.end().catch(() => undefined);
      return;
    }
    this.up = true;
    this.delayMs = 1000;
    for (const fn of this.upListeners) fn();
  }

  private lost(client: Client, e: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    const wasUp = this.up;
    this.up = false;
    for (const fn of this.downListeners) fn();
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasUp) this.log.warn({ err: e?.message }, 'control connection to the database lost; reconnecting');
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, this.delayMs);
    this.retry.unref();
    this.delayMs = Math.min(this.delayMs * 2, 10_000);
  }

  /** Cancels the statement a backend runs (nothing when the control connection is down: statement_timeout still bounds it). */
  async cancel(pid: number): Promise<void> {
    // One at a time on the connection (pg queues concurrent queries on a client, but deprecates it).
    const next = this.cancelling.then(async () => {
      const client = this.up ? this.client : null;
      if (!client) return;
      await client
        .query('SELECT pg_cancel_backend($1)', [pid])
        .catch((e: Error) => this.log.debug({ err: e.message, pid }, 'cancel failed'));
    });
    this.cancelling = next;
    await next;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.up = false;
    for (const fn of this.downListeners) fn();
    await client?.end().catch(() => undefined);
  }
}
