import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';

/** Rows into one table through COPY … FROM STDIN (text format), buffered, with back-pressure. */
export class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  private blocked: Promise<void> | null = null;
  private readonly done: Promise<void>;
  private readonly stream: Writable;
  rows = 0;

  constructor(db: Client, table: string, columns: string[]) {
    this.stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    // Surface a COPY error at once rather than at the end.
    this.done.catch(() => undefined);
  }

  push(row: string): void {
    this.buffer.push(row);
    this.size += row.length;
    this.rows++;
    if (this.size >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
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
  }
}
