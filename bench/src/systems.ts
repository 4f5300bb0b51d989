import fs from 'node:fs';
import path from 'node:path';
import type { Context, Question, Sample } from './questions';
import { projectRoot } from './dataset';
import { Server, startServer } from './processes';

/** One request of the load: a GraphQL POST, or a GET of a page or file (`body` undefined). */
export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A system under test: how to start it and how to turn a question + sample into an HTTP request and an answer. */
export interface System {
  name: string;
  label: string;
  server: Server;
  /** The request for one sample, or null when the system cannot ask the question. */
  request(q: Question, s: Sample, ctx: Context): HttpRequest | null;
  /** The canonical answer from the response body, as text (throws on errors). */
  answer(q: Question, body: string, ctx: Context): unknown;
}

const graphqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

function graphqlData(body: unknown): any {
  const b = body as { data?: unknown; errors?: unknown[] };
  if (b.errors?.length) throw new Error(JSON.stringify(b.errors).slice(0, 500));
  return b.data;
}

/**
 * Environment of the registry under test. NODE_ENV=production, warn-level logs (no line per request: PostGraphile and
 * the raw server write none either). Limits that would throttle a benchmark of 16 clients go here once the
 * registry has them (issue 9's rate limits: see README), so the bench measures the registry, not its throttle.
 */
export const REGISTRY_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  // Rate limits guard one process against one abusive client; the bench's 16 clients share one key on purpose.
  RATE_LIMIT_PER_IP: '0',
  RATE_LIMIT_PER_KEY: '0',
  // As `npm start` runs it (README, Configuration): a young generation that holds the answers of 16 concurrent list
  // requests, so they die there instead of being copied twice and promoted (issue 14: Q4's CPU per request -40 %).
  NODE_OPTIONS: '--max-semi-space-size=32',
};

/** The registry runs on the Node that runs the bench (the project's own, from the root's `npm run bench`), never on Node 22. */
function registryNode(): string {
  if (process.execPath === node22()) throw new Error('run the bench from the repository root (npm run bench), not on bench/ Node 22');
  return process.execPath;
}

export async function startRegistry(port: number, databaseUrl: string, apiKey: string, extraEnv: Record<string, string>): Promise<System> {
  const main = path.join(projectRoot, 'dist', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: npm run build first (npm run bench does)`);
  const server = await startServer({
    name: 'registry',
    command: registryNode(),
    args: [main],
    cwd: projectRoot,
    env: { ...process.env, ...REGISTRY_ENV, ...extraEnv, DATABASE_URL: databaseUrl, PORT: String(port) },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  return {
    name: 'registry',
    label: 'registry',
    server,
    request: (q, s, ctx): HttpRequest | null => {
      // A public route is asked without a key, as the public asks it.
      if (q.registryGet) return { method: 'GET', path: q.registryGet.get(s, ctx), headers: {} };
      if (!q.registry) return null;
      return {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${q.registry.secret?.(s) ?? apiKey}` },
        body: graphqlBody(q.registry.query, q.registry.variables(s, ctx)),
      };
    },
    answer: (q, body, ctx) => (q.registryGet ? q.registryGet.answer(body, ctx) : q.registry!.answer(graphqlData(JSON.parse(body)), ctx)),
  };
}

/** PostGraphile v5 needs Node 22: the binary of npm's `node` package (bench/package.json). */
export function node22(): string {
  const bin = path.join(projectRoot, 'bench', 'node_modules', 'node', 'bin', 'node');
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: npm ci --prefix bench`);
  return bin;
}

export async function startPostGraphile(port: number, databaseUrl: string): Promise<System> {
  const server = await startServer({
    name: 'PostGraphile',
    command: node22(),
    args: [path.join(__dirname, 'servers', 'postgraphile.js')],
    cwd: path.join(projectRoot, 'bench'),
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  return {
    name: 'postgraphile',
    label: 'PostGraphile v5',
    server,
    request: (q, s, ctx) =>
      q.postgraphile
        ? {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            body: graphqlBody(q.postgraphile.query, q.postgraphile.variables(s, ctx)),
          }
        : null,
    answer: (q, body, ctx) => q.postgraphile!.answer(graphqlData(JSON.parse(body)), ctx),
  };
}

export async function startRawPg(port: number, databaseUrl: string): Promise<System> {
  const server = await startServer({
    name: 'raw pg',
    command: registryNode(),
    args: [path.join(__dirname, 'servers', 'raw-pg.js')],
    cwd: path.join(projectRoot, 'bench'),
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    url: `http://127.0.0.1:${port}`,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  return {
    name: 'raw',
    label: 'raw pg over HTTP',
    server,
    request: (q, s, ctx) => ({
      method: 'POST',
      path: `/q/${q.id}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sample: s, today: ctx.today }),
    }),
    answer: (_q, body) => graphqlData(JSON.parse(body)),
  };
}
