import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { Pool } from 'pg';
import { format } from 'prettier';
import { openDataset, projectRoot } from './dataset';
import { iso, todayInVietnam } from './generate/dates';
import { compareAnswers, load, RunResult, settle, streamAlone, topStatements } from './measure';
import { memoryOf } from './processes';
import { Context, QUESTIONS, Sample } from './questions';
import { markdown, summarise } from './report';
import { startPostGraphile, startRawPg, startRegistry, System } from './systems';

interface Options {
  scale: number;
  quick: boolean;
  generateOnly: boolean;
  regenerate: boolean;
  seconds: number;
  rounds: number;
  connections: number;
  questions?: string[];
  systems: string[];
  pgPort: number;
  portBase: number;
  out?: string;
  registryEnv: string[];
}

const program = new Command()
  .name('npm run bench --')
  .description(
    'National-scale benchmark (issue 14): generates (or reuses) a registry of 500,000 entities, 1.5M licences and 5M events, ' +
      'then asks the registry, PostGraphile v5 and raw pg the same questions, checks that they agree, and times them side by side.',
  )
  .addOption(new Option('--scale <n>', 'size relative to the national registry (1 = 500,000 entities)').default(1).argParser(Number))
  .option('--quick', 'CI smoke: scale 0.01, 3 s runs, one round; compares answers and prints (no thresholds)', false)
  .option('--generate-only', 'only generate (or reuse) the bench database', false)
  .option('--regenerate', 'generate again even when a database for this scale and schema exists', false)
  .addOption(new Option('--seconds <n>', 'length of each timed run').default(20).argParser(Number))
  .addOption(new Option('--rounds <n>', 'interleaved rounds (the median is reported)').default(3).argParser(Number))
  .addOption(new Option('--connections <n>', 'concurrent clients').default(16).argParser(Number))
  .option('--questions <ids...>', `only these questions (${QUESTIONS.map((q) => q.id).join(' ')})`)
  .addOption(
    new Option('--systems <names...>', 'only these systems')
      .choices(['registry', 'postgraphile', 'raw'])
      .default(['registry', 'postgraphile', 'raw']),
  )
  .addOption(new Option('--pg-port <port>', 'port of the bench PostgreSQL').default(55140).argParser(Number))
  .addOption(new Option('--port-base <port>', 'registry on this port, PostGraphile on +1, raw pg on +2').default(4140).argParser(Number))
  .option('--out <file>', 'markdown table written here (default: bench/results/latest.md, with --quick .data/bench/quick.md)')
  .option('--registry-env <KEY=VALUE...>', 'extra environment of the registry under test (e.g. a rate limit switched off)', []);

const log = (s: string) => console.log(s);
const prettierOptions = JSON.parse(fs.readFileSync(path.join(projectRoot, '.prettierrc.json'), 'utf8')) as Record<string, unknown>;

async function main() {
  const opts = program.parse().opts<Options>();
  if (opts.quick) Object.assign(opts, { scale: Math.min(opts.scale, 0.01), seconds: Math.min(opts.seconds, 3), rounds: 1 });
  const started = new Date();
  const dataset = await openDataset(opts.scale, {
    pgPort: opts.pgPort,
    registryPort: opts.portBase,
    regenerate: opts.regenerate,
    verbose: !opts.quick,
    log,
  });
  const { info, pg } = dataset;
  log(
    `bench database ${info.key}${dataset.reused ? ' (reused)' : ''}: ${info.counts.entities} entities, ${info.counts.licenses} licences, ` +
      `${info.counts.events} events, ${(info.databaseBytes / 2 ** 30).toFixed(2)} GiB; generated in ${info.seconds.total.toFixed(0)} s`,
  );
  if (opts.generateOnly) {
    await pg.stop();
    return;
  }
  const db = new Pool({ connectionString: pg.url, max: 2, application_name: 'bench-monitor' });
  // An idle monitor connection closed by the server's shutdown is not a failure of the run.
  db.on('error', () => undefined);
  const systems: System[] = [];
  let exitCode = 0;
  try {
    const extraEnv = Object.fromEntries(opts.registryEnv.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    if (opts.systems.includes('registry')) systems.push(await startRegistry(opts.portBase, pg.url, info.apiKey, extraEnv));
    if (opts.systems.includes('postgraphile')) systems.push(await startPostGraphile(opts.portBase + 1, pg.url));
    if (opts.systems.includes('raw')) systems.push(await startRawPg(opts.portBase + 2, pg.url));
    const questions = opts.questions ? QUESTIONS.filter((q) => opts.questions!.includes(q.id)) : QUESTIONS;
    const ctx: Context = { today: iso(todayInVietnam()) };
    const samples = new Map<string, Sample[]>();
    for (const q of questions) samples.set(q.id, await q.samples(db));

    log(`checking answers (${systems.map((s) => s.label).join(', ')})…`);
    const perQuestion = 3;
    const { problems, statements, alone } = await compareAnswers(db, systems, questions, samples, ctx, perQuestion);
    const checked = questions.reduce((n, q) => n + Math.min(perQuestion, samples.get(q.id)!.length), 0);
    if (problems.length) {
      for (const p of problems) console.error(`  ✗ ${p}`);
      throw new Error(`the systems disagree on ${problems.length} sampled request(s)`);
    }
    log(`  the same answers from every system on ${checked} sampled requests`);

    const results: RunResult[] = [];
    let cancelled = 0;
    const peak = new Map<string, { rss: number; peak: number } | null>();
    const sampler = setInterval(() => {
      for (const s of systems) peak.set(s.name, memoryOf(s.server.child.pid));
    }, 500);
    for (let round = 1; round <= opts.rounds; round++) {
      for (const q of questions) {
        // Interleaved: each round starts with a different system, so none always runs on a warmer cache.
        const order = systems.map((_, i) => systems[(i + round - 1) % systems.length]);
        for (const sys of order) {
          const r = await load(db, sys, q, samples.get(q.id)!, ctx, {
            connections: opts.connections,
            seconds: opts.seconds,
            round,
            graceMs: opts.quick ? 5_000 : 30_000,
          });
          if (!r) continue;
          results.push(r);
          cancelled += r.cancelled;
          log(
            `  round ${round} ${q.id} ${sys.label.padEnd(17)} ${r.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${String(r.p50 ?? '—').padStart(6)} ms  ` +
              `p99 ${String(r.p99 ?? '—').padStart(6)} ms` +
              `${r.errors ? `  ${r.errors} errors/timeouts` : ''}${r.cancelled ? `  ${r.cancelled} abandoned queries cancelled` : ''}`,
          );
        }
      }
    }
    clearInterval(sampler);
    for (const s of systems) peak.set(s.name, memoryOf(s.server.child.pid) ?? peak.get(s.name) ?? null);

    // Whole-file downloads, each alone after the load: rows per second and the memory the stream took.
    const streamed: string[] = [];
    for (const q of questions.filter((x) => x.stream)) {
      for (const sys of systems) {
        // A registry route (the public CSV) is a file only there: the others answer its figures, not a file.
        if (q.registryGet && sys.name !== 'registry') continue;
        const req = sys.request(q, samples.get(q.id)![0], ctx);
        if (!req) continue;
        await settle(db, 5_000);
        const r = await streamAlone(sys, req, q.stream!.rows);
        const line =
          `${q.id} ${sys.label} alone: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(2)} s = ` +
          `${Math.round(r.rowsPerSec).toLocaleString('en')} rows/s; resident memory ${r.rssBeforeMiB.toFixed(0)} MiB before, ` +
          `+${r.rssGrowthMiB.toFixed(1)} MiB at most while streaming.`;
        log(`  ${line}`);
        streamed.push(line);
      }
    }

    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot }).toString().trim();
      } catch {
        return 'unknown';
      }
    })();
    const raw = markdown(summarise(questions, results, statements, alone), {
      dataset: info,
      reused: dataset.reused,
      connections: opts.connections,
      seconds: opts.seconds,
      rounds: opts.rounds,
      started,
      commit,
      node: process.versions.node,
      answersChecked: checked,
      memory: Object.fromEntries(peak),
      cancelled,
      quick: opts.quick,
    });
    const withStreams = streamed.length ? `${raw}\nWhole-file downloads: ${streamed.join(' ')}\n` : raw;
    // Laid out as the repository's prettier would (npm test checks the committed table).
    const table = await format(withStreams, { parser: 'markdown', ...prettierOptions });
    log(`\n${table}`);
    const out = path.resolve(
      projectRoot,
      opts.out ?? (opts.quick ? path.join('.data', 'bench', 'quick.md') : path.join('bench', 'results', 'latest.md')),
    );
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, table);
    log(`written to ${path.relative(projectRoot, out)}`);
    const sqlOut = out.replace(/\.md$/, '-sql.md');
    const sql = `# Statements with the most database time during the timed runs (all systems)\n\n${await topStatements(db, 25)}\n`;
    fs.writeFileSync(sqlOut, await format(sql, { parser: 'markdown', ...prettierOptions }));
    log(`and the statements that took the most database time to ${path.relative(projectRoot, sqlOut)}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    exitCode = 1;
  } finally {
    for (const s of systems) await s.server.stop();
    await settle(db, 1000).catch(() => 0);
    await db.end();
    await pg.stop();
  }
  process.exit(exitCode);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
