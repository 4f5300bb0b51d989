import { createServer } from 'node:http';
import { Pool, types } from 'pg';
import { QUESTIONS } from '../questions';

/**
 * The same questions as plain SQL through `pg`, behind a minimal HTTP+JSON server: POST /q/<question id> with
 * {"sample": {...}, "today": "YYYY-MM-DD"} answers {"data": <canonical answer>}. A pool of 10 like the others.
 */
types.setTypeParser(types.builtins.DATE, (v) => v);
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bench-raw-pg' });
const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

const server = createServer((req, res) => {
  if (req.url === '/readyz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
    return;
  }
  const q = req.method === 'POST' && req.url?.startsWith('/q/') ? byId.get(req.url.slice(3)) : undefined;
  if (!q) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { sample: Record<string, string>; today: string };
        const data = await q.sql(pool, body.sample ?? {}, { today: body.today });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(e) }] }));
      }
    })();
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
