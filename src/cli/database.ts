import pino from 'pino';
import { ConfigError, loadConfig } from '../config';
import { openDatabase, OpenDatabase } from '../database/open';

/** Runs a CLI command against the registry's database (the running server's embedded one, if it is up). */
export async function withDatabase(work: (db: OpenDatabase) => Promise<void>, opts: { migrate?: boolean } = {}): Promise<void> {
  let exitCode = 0;
  let db: OpenDatabase | undefined;
  try {
    const config = loadConfig();
    // Logs go to stderr so that stdout carries only the command's answer (e.g. a secret).
    const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
    db = await openDatabase(config, log, opts);
    await work(db);
  } catch (e) {
    const message = e instanceof ConfigError ? `configuration error: ${e.message}` : e instanceof Error ? e.message : String(e);
    const fields = (e as { extensions?: { fields?: { field: string; message: string }[] } }).extensions?.fields;
    process.stderr.write(`error: ${message}\n`);
    for (const f of fields ?? []) process.stderr.write(`  ${f.field}: ${f.message}\n`);
    exitCode = 1;
  } finally {
    await db?.close();
  }
  process.exit(exitCode);
}
