import path from 'node:path';
import { Command, Option } from 'commander';
import { openDataset, projectRoot } from './dataset';
import { memoryOf, run } from './processes';
import { startRegistry } from './systems';

/**
 * `npm run bench:sync -- [--scale n]`: issue 11's figures on the benchmark's data set (the same one `npm run bench`
 * generates or reuses), against the built registry as `npm start` runs it:
 * 1. each bulk export (`GET /export/<file>.ndjson`, a MINISTRY_SYSTEM key) read to its end as fast as the client can:
 *    rows, seconds, rows/s, bytes, and the server's resident memory before, at its peak during, and its growth
 *    (targets: ≥ 50k rows/s, RSS growth ≤ 50 MB over the whole export);
 * 2. the change feed read from its start in pages of 1,000 changes, one page at a time: p50, p99 and the slowest
 *    page (target: p99 ≤ 100 ms).
 * Prints figures; asserts nothing (the tests assert the behaviour).
 */

interface Options {
  scale: number;
  pgPort: number;
  port: number;
  feedPages: number;
}

const program = new Command()
  .name('npm run bench:sync --')
  .description("Issue 11's export rate and memory, and the change feed's page latency, on the bench data set")
  .addOption(new Option('--scale <n>', 'size relative to the national registry (1 = 500,000 entities)').default(1).argParser(Number))
  .addOption(new Option('--pg-port <port>', 'port of the bench PostgreSQL').default(55140).argParser(Number))
  .addOption(new Option('--port <port>', 'port of the registry').default(4140).argParser(Number))
  .addOption(new Option('--feed-pages <n>', 'feed pages of 1,000 read (0: to the end)').default(500).argParser(Number));

const LEGAL_BASIS = 'Nghị định 47/2020/NĐ-CP (benchmark)';
const FILES = ['entities', 'licenses', 'license-events'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const opts = program.parse().opts<Options>();
  const log = (s: string) => console.log(s);
  const dataset = await openDataset(opts.scale, { pgPort: opts.pgPort, registryPort: opts.port, regenerate: false, log });
  const { info, pg } = dataset;
  log(`bench database ${info.key}: ${info.counts.entities} entities, ${info.counts.licenses} licences, ${info.counts.events} events`);
  const key = (
    await run(
      process.execPath,
      [path.join(projectRoot, 'dist', 'src', 'cli', 'apikey.js'), 'create', '--role', 'MINISTRY_SYSTEM', '--label', 'bench-sync'],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: pg.url, LOG_LEVEL: 'warn' } },
    )
  )
    .trim()
    .split('\n')
    .pop()!
    .trim();
  const registry = await startRegistry(opts.port, pg.url, key, {});
  const base = `http://127.0.0.1:${opts.port}`;
  const headers = { authorization: `Bearer ${key}`, 'x-legal-basis': `UTF-8''${encodeURIComponent(LEGAL_BASIS)}` };
  const pid = registry.server.child.pid;
  try {
    for (const file of FILES) {
      const before = memoryOf(pid)!.rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid)?.rss ?? peak)), 50);
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${base}/export/${file}.ndjson`, { headers: { ...headers, 'accept-encoding': 'identity' } });
      if (!res.ok || !res.body) throw new Error(`${file}: HTTP ${res.status} ${await res.text()}`);
      let bytes = 0;
      let lines = 0;
      let tail = '';
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines++;
        tail = (tail + decoder.decode(chunk, { stream: true })).slice(-2000);
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(sampler);
      peak = Math.max(peak, memoryOf(pid)?.rss ?? peak);
      const trailer = JSON.parse(tail.trimEnd().split('\n').pop()!) as { rows: number; checkpoint: string };
      if (trailer.rows !== lines - 1) throw new Error(`${file}: ${lines - 1} lines but the trailer says ${trailer.rows}`);
      log(
        `export ${file.padEnd(15)} ${String(trailer.rows).padStart(9)} rows in ${seconds.toFixed(1)} s = ` +
          `${Math.round(trailer.rows / seconds).toLocaleString('en')} rows/s, ${(bytes / 2 ** 20).toFixed(0)} MiB; ` +
          `server RSS ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB peak (growth ${(peak - before).toFixed(1)} MiB)`,
      );
    }

    // Ids and kinds only (fetch state through `nodes`), then with each change's export-shaped rows (`records`).
    for (const [label, selection] of [
      ['ids', 'objectId kind committedAt'],
      ['with records', 'objectId kind committedAt records { file record }'],
    ]) {
      const query = `query Feed($after: String) { changes(after: $after, first: 1000) { checkpoint pageInfo { hasNextPage } edges { node { ${selection} } } } }`;
      const times: number[] = [];
      let after: string | null = null;
      let changes = 0;
      for (let page = 0; opts.feedPages === 0 || page < opts.feedPages; page++) {
        const t0 = process.hrtime.bigint();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { after } }),
        });
        const body = (await res.json()) as { data?: any; errors?: unknown[] };
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (body.errors?.length) throw new Error(JSON.stringify(body.errors).slice(0, 500));
        const c = body.data.changes;
        changes += c.edges.length;
        after = c.checkpoint;
        if (!c.pageInfo.hasNextPage) break;
      }
      const sorted = [...times].sort((a, b) => a - b);
      log(
        `feed (${label}): ${times.length} pages of up to 1,000 changes (${changes} changes) from the start, one at a time: ` +
          `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, slowest ${sorted[sorted.length - 1].toFixed(1)} ms`,
      );
    }
  } finally {
    await registry.server.stop();
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
