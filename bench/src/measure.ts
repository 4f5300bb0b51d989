import autocannon from 'autocannon';
import type { Pool } from 'pg';
import type { Context, Question, Sample } from './questions';
import type { HttpRequest, System } from './systems';

export interface RunResult {
  system: string;
  question: string;
  round: number;
  seconds: number;
  ok: number;
  errors: number;
  reqPerSec: number;
  p50: number | null;
  p99: number | null;
  /** Queries still running after the run (abandoned by the clients) that had to be cancelled. */
  cancelled: number;
}

async function send(system: System, req: HttpRequest, timeoutMs: number): Promise<string> {
  const res = await fetch(new URL(req.path, system.server.url).href, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok && !text.startsWith('{')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/**
 * A whole-file download alone (no other load): rows per second, and how much the system's resident memory grew above
 * what it held before the download (sampled every 50 ms) — flat memory means the file was streamed, not built.
 */
export async function streamAlone(
  system: System,
  req: HttpRequest,
  rowsOf: (body: string) => number,
): Promise<{ rows: number; seconds: number; rowsPerSec: number; rssBeforeMiB: number; rssGrowthMiB: number }> {
  const before = system.server.memory()?.rss ?? 0;
  let max = before;
  const sampler = setInterval(() => {
    max = Math.max(max, system.server.memory()?.rss ?? 0);
  }, 50);
  const t = performance.now();
  try {
    const body = await send(system, req, 600_000);
    const seconds = (performance.now() - t) / 1000;
    const rows = rowsOf(body);
    return { rows, seconds, rowsPerSec: rows / seconds, rssBeforeMiB: before, rssGrowthMiB: max - before };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Asks every system each question on a few samples, one request at a time; returns the disagreements (none
 * expected) and, per question and system, the SQL statements one request sent (pg_stat_statements, exact here
 * because nothing else runs).
 */
export async function compareAnswers(
  db: Pool,
  systems: System[],
  questions: Question[],
  samples: Map<string, Sample[]>,
  ctx: Context,
  perQuestion: number,
): Promise<{ problems: string[]; statements: Map<string, number>; alone: Map<string, number> }> {
  const problems: string[] = [];
  const statements = new Map<string, number>();
  /** The slowest of the sampled requests, each sent alone (ms). */
  const alone = new Map<string, number>();
  for (const q of questions) {
    for (const s of samples.get(q.id)!.slice(0, perQuestion)) {
      const answers: { system: string; json: string }[] = [];
      for (const sys of systems) {
        const req = sys.request(q, s, ctx);
        if (!req) continue;
        try {
          await db.query(`SELECT pg_stat_statements_reset()`);
          const t = performance.now();
          const body = await send(sys, req, 180_000);
          const key = `${q.id} ${sys.name}`;
          alone.set(key, Math.max(alone.get(key) ?? 0, performance.now() - t));
          statements.set(`${q.id} ${sys.name}`, Math.max(statements.get(`${q.id} ${sys.name}`) ?? 0, await statementCount(db)));
          answers.push({ system: sys.label, json: JSON.stringify(sys.answer(q, body, ctx)) });
        } catch (e) {
          problems.push(`${q.id} ${JSON.stringify(s)}: ${sys.label} failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      for (const a of answers.slice(1)) {
        if (a.json !== answers[0].json) {
          let i = 0;
          while (i < a.json.length && a.json[i] === answers[0].json[i]) i++;
          problems.push(
            `${q.id} ${JSON.stringify(s)}: ${a.system} differs from ${answers[0].system} at character ${i}: ` +
              `…${a.json.slice(Math.max(0, i - 60), i + 80)}… vs …${answers[0].json.slice(Math.max(0, i - 60), i + 80)}…`,
          );
        }
      }
    }
  }
  return { problems, statements, alone };
}

/** Top-level statements the database ran (pg_stat_statements), excluding the bench's own. */
async function statementCount(db: Pool): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_stat_activity%' AND query NOT ILIKE '%pg_cancel_backend%'`,
  );
  return Number(rows[0].n);
}

/**
 * Waits until no query of the systems runs any more (clients that gave up leave theirs running: the registry does not
 * cancel them, issue 14), cancelling what still runs after `graceMs`. Returns how many were cancelled.
 */
export async function settle(db: Pool, graceMs: number): Promise<number> {
  const deadline = Date.now() + graceMs;
  const active = async () =>
    (
      await db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
            AND backend_type = 'client backend'`,
      )
    ).rows.map((r) => r.pid);
  // Cancelled queries free their connections to requests a server still had queued in its pool (abandoned by the
  // clients too), which start new queries: cancel until nothing runs, or the next run would share the machine with them
  // (the raw server's brute-force dashboard recounts, 10-60 s each, slowed the registry's next question 30-fold).
  const cancelled = new Set<number>();
  const stopBy = deadline + 60_000;
  for (let pids = await active(); pids.length && Date.now() < stopBy; pids = await active()) {
    if (Date.now() > deadline) {
      await db.query(`SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) pid`, [pids]);
      pids.forEach((p) => cancelled.add(p));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return cancelled.size;
}

/** One timed run: `connections` clients, each sending the next request as soon as its answer came, for `seconds`. */
export async function load(
  db: Pool,
  system: System,
  q: Question,
  samples: Sample[],
  ctx: Context,
  opts: { connections: number; seconds: number; round: number; graceMs: number },
): Promise<RunResult | null> {
  const requests = samples.map((s) => system.request(q, s, ctx));
  if (requests.some((r) => r === null)) return null;
  let next = 0;
  const base = new URL(system.server.url);
  const result = await autocannon({
    url: `${base.protocol}//${base.host}`,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: Math.max(60, opts.seconds * 3),
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const r = requests[next++ % requests.length]!;
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  const cancelled = await settle(db, opts.graceMs);
  const ok = result['2xx'];
  const errors = result.non2xx + result.errors + result.timeouts;
  return {
    system: system.name,
    question: q.id,
    round: opts.round,
    seconds: result.duration,
    ok,
    errors,
    reqPerSec: ok / result.duration,
    p50: ok ? result.latency.p50 : null,
    p99: ok ? result.latency.p99 : null,
    cancelled,
  };
}

/** The statements that took most database time since the last reset (all systems' load runs), for profiling. */
export async function topStatements(db: Pool, limit: number): Promise<string> {
  const { rows } = await db.query<{ calls: number; total: number; mean: number; rows: number; query: string }>(
    `SELECT calls, total_exec_time / 1000 AS total, mean_exec_time AS mean, rows, query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_stat_activity%'
      ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  return [
    '| database time | calls | mean | rows | statement |',
    '|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${Number(r.total).toFixed(1)} s | ${r.calls} | ${Number(r.mean).toFixed(1)} ms | ${r.rows} | \`${r.query.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 400)}\` |`,
    ),
  ].join('\n');
}
