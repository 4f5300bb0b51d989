import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  /** Resident memory now and its peak since start (MiB), from /proc. */
  memory(): { rss: number; peak: number } | null;
  stop(): Promise<void>;
}

/**
 * Starts a server process and waits until `readyUrl` answers 200. Its output is kept (last lines) and shown if it
 * dies; it is stopped with SIGTERM (then SIGKILL after 15 s), by its own pid only.
 */
export async function startServer(opts: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  url: string;
  readyUrl: string;
  timeoutMs?: number;
}): Promise<Server> {
  const child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const state: { exited: number | null } = { exited: null };
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      state.exited = code ?? (signal ? 128 : 1);
      resolve();
    }),
  );
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (state.exited !== null) throw new Error(`${opts.name} exited (${state.exited}) before it was ready:\n${tail.join('\n')}`);
    try {
      const res = await fetch(opts.readyUrl, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.name} was not ready within ${opts.timeoutMs ?? 120_000} ms:\n${tail.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let stopping = false;
  // A server that dies during the run would otherwise only show as "errors/timeouts": say so, with its last lines.
  void exit.then(() => {
    if (!stopping) console.error(`${opts.name} exited (${state.exited}) during the run; its last lines:\n${tail.join('\n')}`);
  });
  return {
    name: opts.name,
    url: opts.url,
    child,
    memory: () => memoryOf(child.pid),
    stop: async () => {
      stopping = true;
      if (state.exited !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(force);
    },
  };
}

export function memoryOf(pid: number | undefined): { rss: number; peak: number } | null {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Runs a command to its end and returns its stdout (throws with its stderr when it fails). */
export function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${err}`))));
  });
}

/** CPU seconds (user + system) a process and its reaped children used, plus its live children's. Linux /proc only. */
export function cpuSecondsOfTree(pid: number): number {
  const ticks = 100;
  const fields = (p: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  const own = fields(pid);
  if (!own) return 0;
  // After ')': state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  let total = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = fields(Number(entry));
    if (f && Number(f[1]) === pid) total += Number(f[11]) + Number(f[12]);
  }
  return total / ticks;
}
