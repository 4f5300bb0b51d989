import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';

/**
 * Rows into one table through COPY … FROM STDIN (text format), buffered, with back-pressure, in one transaction that
 * first empties the (still empty) table: with wal_level=minimal PostgreSQL then writes no WAL for the rows and
 * COPY … FREEZE stores them frozen and all-visible, as VACUUM would leave them.
 */
const CHUNK = 1 << 20;

export class CopyWriter {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private size = 0;
  private blocked: Promise<void> | null = null;
  private readonly done: Promise<void>;
  private readonly stream: Writable;
  rows = 0;

  static async open(db: Client, table: string, columns: string[], truncate: string[]): Promise<CopyWriter> {
    await db.query('BEGIN');
    for (const sql of truncate) await db.query(sql);
    return new CopyWriter(db, table, columns);
  }

  private constructor(
    private readonly db: Client,
    table: string,
    columns: string[],
  ) {
    this.stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FREEZE)`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    // Surface a COPY error at once rather than at the end.
    this.done.catch(() => undefined);
  }

  /** Encodes the row straight into the current chunk (no joined string, no second copy). */
  push(row: string): void {
    if (this.size + row.length * 3 > CHUNK) this.flush();
    this.size += this.buffer.write(row, this.size, 'utf8');
    this.rows++;
  }

  private flush(): void {
    if (!this.size) return;
    const chunk = this.buffer.subarray(0, this.size);
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.size = 0;
    if (!this.stream.write(chunk) && !this.blocked) {
      this.blocked = new Promise<void>((resolve) => this.stream.once('drain', () => resolve())).then(() => {
        this.blocked = null;
      });
    }
  }

  /** Resolves when the database has taken what was written (call between batches). */
  async ready(): Promise<void> {
    if (this.blocked) await Promise.race([this.blocked, this.done]);
  }

  async end(): Promise<void> {
    this.flush();
    this.stream.end();
    await this.done;
    await this.db.query('COMMIT');
  }
}
