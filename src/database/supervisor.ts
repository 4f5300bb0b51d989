import type { Logger } from 'pino';
import type { EmbeddedDatabase } from './embedded';

/**
 * Keeps the embedded PostgreSQL running for as long as the API runs: when its postmaster dies (a crash, an OOM kill,
 * kill -9), it is started again on the same data folder — PostgreSQL replays its WAL, so no committed write is lost —
 * with a growing pause between failed attempts (0.2 s up to 5 s). Meanwhile requests get 503 SERVICE_UNAVAILABLE
 * (src/graphql/availability.ts) and the connection pool reconnects by itself once the server is back.
 */
export class EmbeddedSupervisor {
  private stopping = false;
  private restarting: Promise<void> | null = null;
  /** Restarts done so far (for logs and tests). */
  restarts = 0;

  constructor(
    private readonly db: EmbeddedDatabase,
    private readonly log: Logger,
  ) {
    this.watch();
  }

  private watch(): void {
    const child = this.db.postmaster();
    child?.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.log.warn({ code, signal, pid: child.pid }, 'embedded PostgreSQL stopped unexpectedly; restarting it');
      this.restarting = this.restart();
    });
  }

  private async restart(): Promise<void> {
    const started = Date.now();
    for (let attempt = 0; !this.stopping; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 5000)));
      if (this.stopping) return;
      try {
        await this.db.restart();
        this.restarts++;
        this.log.info({ ms: Date.now() - started, attempts: attempt + 1 }, 'embedded PostgreSQL restarted');
        this.watch();
        return;
      } catch (e) {
        this.log.warn({ err: e, attempt: attempt + 1 }, 'embedded PostgreSQL did not restart yet');
      }
    }
  }

  /** Stops supervising and the server (graceful: in-flight statements finish). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting?.catch(() => undefined);
    await this.db.stop();
  }
}
