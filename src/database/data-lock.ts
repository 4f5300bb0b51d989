import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** The data folder is owned by another live registry process. */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `the data folder ${dataDir} is in use by another ict-registry process${pid ? ` (PID ${pid})` : ''}; stop it, or give this one its own EMBEDDED_PG_DIR`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFile = (dataDir: string) => `${dataDir}.owner`;

function recordedOwner(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * One owner per data folder: the API (or a CLI that starts the embedded server itself) holds `<dataDir>.lock`
 * (proper-lockfile: a directory whose mtime the owner refreshes) and writes its PID to `<dataDir>.owner`.
 * A lock whose recorded owner is dead (kill -9) is taken over at once instead of waiting for it to go stale.
 * Returns the release function.
 */
export async function lockDataFolder(dataDir: string, onCompromised: (e: Error) => void): Promise<() => Promise<void>> {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const options = { lockfilePath: `${dataDir}.lock`, realpath: false, stale: 10_000, update: 2_000, onCompromised };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    const pid = recordedOwner(dataDir);
    if (pid !== null && alive(pid)) throw new DataFolderInUse(dataDir, pid);
    if (pid === null && Date.now() - fs.statSync(options.lockfilePath).mtimeMs < options.stale) throw new DataFolderInUse(dataDir, null);
    // The owner died without releasing it.
    fs.rmSync(options.lockfilePath, { recursive: true, force: true });
    try {
      release = await lockfile.lock(dataDir, options);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderInUse(dataDir, recordedOwner(dataDir));
      throw again;
    }
  }
  fs.writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
  return async () => {
    fs.rmSync(ownerFile(dataDir), { force: true });
    await release().catch(() => undefined);
  };
}

/**
 * A PostgreSQL still running on a data folder nobody owns (its API was killed): its PID from postmaster.pid, or null.
 * Only called with the folder's lock held, so a live postmaster there belongs to no live registry process.
 */
export function orphanedPostmaster(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Stops an orphaned postmaster (fast shutdown: SIGINT) and waits until it is gone. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const until = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > until) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Its backends leave shortly after the postmaster; give them the moment they need to release shared memory.
  await new Promise((r) => setTimeout(r, 200));
}
