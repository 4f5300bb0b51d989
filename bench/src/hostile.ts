import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from './dataset';

/**
 * `npm run build && npm run bench:hostile`: the server as `npm start` runs it (a child process on a throw-away
 * embedded PostgreSQL), then
 * 1. issue 9's 1 KB query without a key (10 aliases of every 2024 ward with its parent's children): status, time,
 *    bytes, the server's resident memory before and at its peak, and the slowest /healthz answer meanwhile;
 * 2. kill -9 of the PostgreSQL postmaster, BENCH_KILLS times (default 3): how long until a keyed request is answered
 *    again, and what the requests in between got.
 * Prints figures; asserts nothing (the tests assert the behaviour).
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const memory = (pid: number) => {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rssMB: Math.round(Number(/VmRSS:\s+(\d+)/.exec(s)![1]) / 1024),
    peakMB: Math.round(Number(/VmHWM:\s+(\d+)/.exec(s)![1]) / 1024),
  };
};

async function main() {
  const dir = path.join(projectRoot, '.data', `bench-hostile-${Date.now()}`);
  const port = await freePort();
  const pgPort = String(await freePort());
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], {
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: pgPort, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error('the server did not become ready in 60 s');
      const ok = await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await sleep(100);
    }
    const pid = server.pid!;

    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: administrativeUnits(structure: THREE_TIER_2024, level: WARD) { code parent { children { code name } } }`,
    );
    const query = `{ ${aliases.join(' ')} }`;
    const before = memory(pid);
    let slowestHealthz = 0;
    let peak = before.rssMB;
    let done = false;
    const watch = (async () => {
      while (!done) {
        const t = Date.now();
        await fetch(`${base}/healthz`).catch(() => undefined);
        slowestHealthz = Math.max(slowestHealthz, Date.now() - t);
        peak = Math.max(peak, memory(pid).rssMB);
        await sleep(50);
      }
    })();
    const t0 = Date.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = Buffer.from(await res.arrayBuffer());
    const ms = Date.now() - t0;
    done = true;
    await watch;
    const code =
      (JSON.parse(body.toString('utf8')) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'OK';
    console.log(
      `10-alias ward query (${Buffer.byteLength(query)} bytes, no key): HTTP ${res.status} ${code} in ${ms} ms, ${body.length} bytes; ` +
        `server RSS ${before.rssMB} MB before, ${Math.max(peak, memory(pid).rssMB)} MB at most during (peak of the process ${memory(pid).peakMB} MB); slowest /healthz ${slowestHealthz} ms`,
    );

    // A key, made by the CLI beside the running server (it attaches to the server's database).
    const key = await new Promise<string>((resolve, reject) => {
      const cli = spawn(
        process.execPath,
        [path.join(projectRoot, 'dist', 'src', 'cli', 'apikey.js'), 'create', '--role', 'DEPARTMENT_OFFICER'],
        {
          env: { ...process.env, EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: pgPort, LOG_LEVEL: 'warn' },
        },
      );
      let out = '';
      cli.stdout.on('data', (d: Buffer) => (out += d.toString()));
      cli.on('close', (c) => (c === 0 ? resolve(out.trim()) : reject(new Error(`apikey exited ${c}`))));
    });
    const ask = () =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ entities { totalCount } }' }),
      });
    for (let k = 1; k <= Number(process.env.BENCH_KILLS ?? 3); k++) {
      const postmaster = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmaster, 'SIGKILL');
      const t = Date.now();
      const seen = new Map<number, number>();
      for (;;) {
        const r = await ask();
        seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
        if (r.status === 200 && seen.size > 1) break;
        if (Date.now() - t > 60_000) throw new Error('no recovery in 60 s');
        await sleep(50);
      }
      console.log(
        `kill -9 of the postmaster #${k}: answered again after ${Date.now() - t} ms (${[...seen].map(([s, n]) => `${n}× ${s}`).join(', ')})`,
      );
      await sleep(1000);
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
