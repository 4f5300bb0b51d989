import os from 'node:os';
import type { DatasetInfo } from './dataset';
import type { RunResult } from './measure';
import type { Question } from './questions';

export interface Summary {
  question: Question;
  bySystem: Map<
    string,
    {
      reqPerSec: number;
      p50: number | null;
      p99: number | null;
      statements: number | null;
      alone: number | null;
      errors: number;
      ok: number;
    }
  >;
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Per question and system: the median over the rounds of req/s, p50 and p99; statements per request from the check. */
export function summarise(
  questions: Question[],
  results: RunResult[],
  statements: Map<string, number>,
  alone: Map<string, number>,
): Summary[] {
  return questions.map((question) => {
    const bySystem = new Map<string, Summary['bySystem'] extends Map<string, infer V> ? V : never>();
    for (const system of new Set(results.map((r) => r.system))) {
      const runs = results.filter((r) => r.question === question.id && r.system === system);
      if (!runs.length) continue;
      const num = (f: (r: RunResult) => number | null) => median(runs.map(f).filter((x): x is number => x !== null));
      bySystem.set(system, {
        reqPerSec: num((r) => r.reqPerSec) ?? 0,
        p50: num((r) => r.p50),
        p99: num((r) => r.p99),
        statements: statements.get(`${question.id} ${system}`) ?? null,
        alone: alone.get(`${question.id} ${system}`) ?? null,
        errors: runs.reduce((a, r) => a + r.errors, 0),
        ok: runs.reduce((a, r) => a + r.ok, 0),
      });
    }
    return { question, bySystem };
  });
}

const rate = (x: number | undefined) => (x === undefined ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ms = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
const stmts = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));

export interface RunInfo {
  dataset: DatasetInfo;
  reused: boolean;
  connections: number;
  seconds: number;
  rounds: number;
  started: Date;
  commit: string;
  node: string;
  answersChecked: number;
  memory: Record<string, { rss: number; peak: number } | null>;
  cancelled: number;
  quick: boolean;
}

export function markdown(summaries: Summary[], info: RunInfo): string {
  const d = info.dataset;
  const g = (s: Summary, sys: string) => s.bySystem.get(sys);
  const lines = [
    `# Benchmark: the registry, PostGraphile v5 and raw pg on one database`,
    '',
    `${info.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${info.commit}, ${info.quick ? '**quick smoke** (`--quick`), ' : ''}` +
      `${info.connections} concurrent clients × ${info.seconds} s per question and system, median of ${info.rounds} interleaved round(s); ` +
      `2 shared cores (load average ${os.loadavg()[2].toFixed(1)} over the last 15 minutes when written, the bench's own load included). ` +
      `All three systems gave the same answers on ${info.answersChecked} sampled requests.`,
    '',
    `Database: ${d.counts.entities.toLocaleString('en')} entities of all eight kinds, ${d.counts.licenses.toLocaleString('en')} licences, ` +
      `${d.counts.events.toLocaleString('en')} events (schema ${d.schemaVersion}, generated ${d.generatedOn} in ${d.seconds.total.toFixed(0)} s` +
      `${info.reused ? ', reused' : ''}; ${(d.databaseBytes / 2 ** 30).toFixed(2)} GiB).`,
    '',
    '| question | registry req/s | PostGraphile v5 | raw pg over HTTP | registry ÷ PGL | registry ÷ raw | p50 / p99: registry · PGL · raw | one request alone: registry · PGL · raw | SQL statements per request (reg / PGL / raw) |',
    '|---|---:|---:|---:|---:|---:|---|---|---|',
  ];
  for (const s of summaries) {
    const [r, p, w] = [g(s, 'registry'), g(s, 'postgraphile'), g(s, 'raw')];
    const errors = [r, p, w].some((x) => x && x.errors) ? ` (errors/timeouts: ${[r, p, w].map((x) => x?.errors ?? 0).join(' / ')})` : '';
    lines.push(
      `| ${s.question.id} ${s.question.title} | ${rate(r?.reqPerSec)} | ${rate(p?.reqPerSec)} | ${rate(w?.reqPerSec)} | ${ratio(r?.reqPerSec, p?.reqPerSec)} | ` +
        `${ratio(r?.reqPerSec, w?.reqPerSec)} | ${ms(r?.p50)} / ${ms(r?.p99)} · ${ms(p?.p50)} / ${ms(p?.p99)} · ${ms(w?.p50)} / ${ms(w?.p99)}${errors} | ` +
        `${ms(r?.alone)} · ${ms(p?.alone)} · ${ms(w?.alone)} | ` +
        `${stmts(r?.statements)} / ${stmts(p?.statements)} / ${stmts(w?.statements)} |`,
    );
  }
  const mem = (name: string) => {
    const m = info.memory[name];
    return m ? `${m.peak.toFixed(0)} MiB peak (${m.rss.toFixed(0)} MiB at the end)` : '—';
  };
  lines.push(
    '',
    `Resident memory: registry ${mem('registry')}; PostGraphile ${mem('postgraphile')}; raw pg server ${mem('raw')}.`,
    info.cancelled ? `Queries still running after their clients had gone and cancelled by the bench: ${info.cancelled}.` : '',
    '',
    `Generation (${d.key}): migrations + reference lists by the registry ${d.seconds.migrate.toFixed(0)} s, COPY ${d.seconds.load.toFixed(0)} s, ` +
      (d.seconds.statistics !== undefined ? `statistics rollups ${d.seconds.statistics.toFixed(0)} s, ` : '') +
      `indexes and keys ${d.seconds.indexes.toFixed(0)} s, VACUUM ANALYZE ${d.seconds.vacuum.toFixed(0)} s, checks ${d.seconds.verify.toFixed(0)} s` +
      (d.cpuSeconds
        ? `; CPU used: Node ${d.cpuSeconds.node.toFixed(0)} s + PostgreSQL ${d.cpuSeconds.postgres.toFixed(0)} s, load average ${(d.loadAverage ?? 0).toFixed(1)} on 2 cores when it ended.`
        : '.'),
    `Registry and raw server on Node ${info.node}, PostGraphile on Node 22 (npm's \`node\` package). p50/p99 are medians over the rounds of each run's percentiles;` +
      ` req/s counts answered requests (2xx) only. "One request alone": the slowest of the sampled requests sent one at a time before the timed runs; SQL statements per request: pg_stat_statements (top level, API-key lookup included) for such a request.`,
    '',
  );
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}
