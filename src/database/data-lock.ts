import { execFileSync } from 'node:child_process';
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

/** The arguments a process was started with, or null when they cannot be read (it is gone, or a zombie). */
function argumentsOf(pid: number): string[] | null {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return args.length ? args : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || fs.existsSync('/proc/self')) return null;
  }
  // No /proc (macOS): ps prints the command line, split on spaces (a path with a space then fails to match: no signal).
  try {
    const line = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8', timeout: 5000 }).trim();
    return line ? line.split(/\s+/) : null;
  } catch {
    return null;
  }
}

const sameFolder = (a: string, b: string) => {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
};

/**
 * Whether the live process `pid` is the postmaster of `dataDir`: 'yes', 'no', or 'unknown' when this cannot be told.
 * A PID read from a stale postmaster.pid may belong to any process after a reboot (or once PIDs wrap around): it must
 * never get a signal meant for PostgreSQL. Its command line must name postgres, and its data folder must be this one:
 * the postmaster works in its data folder (it changes into it at start: /proc/<pid>/cwd), or, when that cannot be read
 * (another user's process), the absolute `-D` folder it was started with.
 */
export function postmasterOf(pid: number, dataDir: string): 'yes' | 'no' | 'unknown' {
  const args = argumentsOf(pid);
  if (!args) return 'unknown';
  if (!args.some((a) => a.includes('postgres'))) return 'no';
  let cwd: string | null = null;
  try {
    cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    /* another user's process, or no /proc */
  }
  if (cwd !== null) return sameFolder(cwd, dataDir) ? 'yes' : 'no';
  const i = args.indexOf('-D');
  const dir = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('-D') && a.length > 2)?.slice(2);
  if (!dir || !path.isAbsolute(dir)) return 'unknown';
  return sameFolder(dir, dataDir) ? 'yes' : 'no';
}

/**
 * A PostgreSQL still running on a data folder nobody owns (its API was killed): its PID from postmaster.pid, or null.
 * Only called with the folder's lock held, so a live postmaster there belongs to no live registry process. A live PID
 * that is not (or may not be) that postmaster is null too: PostgreSQL, starting, then says what it finds.
 */
export function orphanedPostmaster(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) && postmasterOf(pid, dataDir) === 'yes' ? pid : null;
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
