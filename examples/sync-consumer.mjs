#!/usr/bin/env node
// A national system keeping a local copy of the registry in sync (issue 11): export once, then follow the change feed.
//
//   REGISTRY_URL=https://registry.example.gov.vn REGISTRY_KEY=<MINISTRY_SYSTEM key> \
//   LEGAL_BASIS='Nghị định 47/2020/NĐ-CP, Điều 10' node examples/sync-consumer.mjs ./copy [--follow]
//
// The copy is a folder: entities.json, licenses.json, license-events.json (rows by id, in the export's shape) and
// checkpoint.txt. The first run downloads the three export files; every run then reads the feed from the saved
// checkpoint to its end (with --follow: forever, every FOLLOW_SECONDS) and upserts each change's rows by id. The
// checkpoint is saved after each page, with the rows, so a consumer stopped at any point resumes without missing or
// repeating a change. Plain Node 20, no dependencies: copy it and replace the JSON files with your own database.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import readline from 'node:readline';

const FILES = { ENTITIES: 'entities', LICENSES: 'licenses', LICENSE_EVENTS: 'license-events' };
const PAGE = 1000;

const url = (process.env.REGISTRY_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const key = process.env.REGISTRY_KEY;
const legalBasis = process.env.LEGAL_BASIS;
const dir = process.argv[2];
const follow = process.argv.includes('--follow');
const followSeconds = Number(process.env.FOLLOW_SECONDS ?? 60);
if (!dir || !key || !legalBasis) {
  console.error('usage: REGISTRY_URL=… REGISTRY_KEY=… LEGAL_BASIS=… node examples/sync-consumer.mjs <folder> [--follow]');
  process.exit(2);
}

// Header values are bytes: Vietnamese text goes in RFC 8187 form (the registry reads both).
const headers = { authorization: `Bearer ${key}`, 'x-legal-basis': `UTF-8''${encodeURIComponent(legalBasis)}` };

/** Writes a file whole or not at all (a crash leaves the previous version). */
function save(name, value) {
  const file = path.join(dir, name);
  fs.writeFileSync(`${file}.tmp`, typeof value === 'string' ? value : JSON.stringify(value));
  fs.renameSync(`${file}.tmp`, file);
}

/** Downloads one export file (gzip) row by row; returns its rows by id and its trailer. */
async function exportFile(name) {
  const res = await fetch(`${url}/export/${name}.ndjson`, { headers: { ...headers, 'accept-encoding': 'gzip' } });
  if (!res.ok) throw new Error(`export ${name}: HTTP ${res.status} ${await res.text()}`);
  // fetch inflates the gzip stream itself (content-encoding: gzip), as it arrives.
  const body = Readable.fromWeb(res.body);
  const rows = {};
  let last = null;
  for await (const line of readline.createInterface({ input: body, crlfDelay: Infinity })) {
    if (!line) continue;
    if (last) rows[last.id] = last;
    last = JSON.parse(line);
  }
  // The last line is the trailer: without it the file is incomplete (the connection broke).
  if (!last || !('checkpoint' in last) || Object.keys(rows).length !== last.rows) throw new Error(`export ${name} is incomplete`);
  return { rows, checkpoint: last.checkpoint };
}

async function graphql(query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  return body.data;
}

const FEED = `query Feed($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    checkpoint
    pageInfo { hasNextPage }
    edges { node { kind objectId committedAt records { file record } } }
  }
}`;

async function main() {
  fs.mkdirSync(dir, { recursive: true });
  const copy = {};
  let checkpoint;
  if (!fs.existsSync(path.join(dir, 'checkpoint.txt'))) {
    // The files are read one after the other; the first one's snapshot is the oldest, so the feed continues from it
    // (a change the later files already hold comes again through the feed: upserting it is harmless).
    for (const [file, name] of Object.entries(FILES)) {
      const { rows, checkpoint: c } = await exportFile(name);
      copy[file] = rows;
      checkpoint ??= c;
      console.log(`exported ${Object.keys(rows).length} ${name}`);
    }
    for (const [file, name] of Object.entries(FILES)) save(`${name}.json`, copy[file]);
    save('checkpoint.txt', checkpoint);
  } else {
    for (const [file, name] of Object.entries(FILES)) copy[file] = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
    checkpoint = fs.readFileSync(path.join(dir, 'checkpoint.txt'), 'utf8').trim();
  }

  for (;;) {
    let applied = 0;
    for (;;) {
      const { changes } = await graphql(FEED, { after: checkpoint, first: PAGE });
      const touched = new Set();
      for (const { node } of changes.edges) {
        for (const r of node.records) {
          copy[r.file][r.record.id] = r.record;
          touched.add(r.file);
        }
      }
      // Rows first, then the checkpoint: a crash in between only makes the next run apply this page again.
      for (const file of touched) save(`${FILES[file]}.json`, copy[file]);
      checkpoint = changes.checkpoint;
      save('checkpoint.txt', checkpoint);
      applied += changes.edges.length;
      if (!changes.pageInfo.hasNextPage) break;
    }
    console.log(
      `applied ${applied} changes; copy holds ${Object.values(copy)
        .map((rows) => Object.keys(rows).length)
        .join(' / ')} rows`,
    );
    if (!follow) return;
    await new Promise((resolve) => setTimeout(resolve, followSeconds * 1000));
  }
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
