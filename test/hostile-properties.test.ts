import 'reflect-metadata';
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  GraphQLObjectType,
  GraphQLInterfaceType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Role } from '../src/auth/roles';
import { getSchema } from '../src/api/schema';
import { startTestApp, TEST_LEGAL_BASIS, TestApp } from './helpers/app';
import { gamePoint, globalId, KINDS, register } from './helpers/factories';
import { addDays, LicenseKit, today } from './helpers/licenses';

/**
 * Hostile input against every argument of every query and mutation, driven by the schema (so fields added later are
 * covered without editing this file), as PUBLIC and as a writer. Whatever is sent: no HTTP 5xx, no
 * INTERNAL_SERVER_ERROR, no stack, and a refused mutation stores nothing.
 */

let t: TestApp;
let schema: GraphQLSchema;
let writer: string;
const real: { entity: string; license?: string } = { entity: '' };
const tally = new Map<string, number>();

beforeAll(async () => {
  t = await startTestApp();
  schema = await getSchema();
  writer = await t.key(Role.DEPARTMENT_OFFICER);
  real.entity = (await register(t, 'GAME_SERVICE_POINT', {}, writer)).id as string;
});
afterAll(async () => {
  if (process.env.HOSTILE_REPORT) {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `hostile requests: ${total}\n${[...tally]
        .sort()
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n')}\n`,
    );
  }
  await t.close();
});

/** Strings a hostile client sends, and plausible ones that reach deeper code. */
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\uFEFF',
    "'; DROP TABLE regulated_entity; --",
    '%_\\',
    '../../etc/passwd',
    '${7*7}',
    '<script>alert(1)</script>',
    'Đồng Xoài',
    'NaN',
    '-1',
    '1e309',
    '9'.repeat(40),
    'x'.repeat(5000),
    '70',
    '689',
    '25195',
    '2025-02-30',
    '2025-12-01',
    '0000-01-01',
    '9999-12-31T23:59:59Z',
    'ictr_guess',
    'e30',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Ids: real ones, forged ones of every type, upper-case and control-character variants, and noise. */
const hostileId = fc.oneof(
  fc
    .constantFrom(
      () => real.entity,
      () => globalId('RegulatedEntity', '00000000-0000-4000-8000-000000000000'),
      () => globalId('RegulatedEntity', Buffer.from(real.entity, 'base64url').toString().split(':')[1]?.toUpperCase() ?? ''),
      () => globalId('License', 'not-a-uuid'),
      () => globalId('AdministrativeUnit', '2024:70'),
      () => globalId('AdministrativeUnit', '2024:\u0000'),
      () => globalId('Authority', "x' OR '1'='1"),
      () => globalId('Nope', '1'),
      () => globalId('ApiKey', '\u0001'),
    )
    .map((f) => f()),
  hostileString,
);

const hostileInt = fc.oneof(fc.constantFrom(0, -1, 1, 20, 100, 101, 2147483647, -2147483648), fc.integer());
const hostileFloat = fc.oneof(fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** A JSON value, sometimes nested deeper than the input limit. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 15, max: 60 }).map((depth) => {
    let v: unknown = { floorAreaM2: 60 };
    for (let i = 0; i < depth; i++) v = { a: v };
    return v;
  }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
);

/** A value for an input type, at most `depth` input objects deep; `null` sometimes for nullable positions. */
function valueOf(type: GraphQLInputType, depth: number, name: string): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  const nullable = !isNonNullType(type);
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    arb = fc.array(valueOf(inner.ofType, depth, name), { maxLength: 4 });
  } else if (isInputObjectType(inner)) {
    if (depth <= 0) arb = fc.constant({});
    else {
      const fields = Object.values(inner.getFields());
      arb = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth - 1, f.name)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
  } else if (isEnumType(inner)) {
    arb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value as string)) }, hostileString);
  } else {
    switch ((inner as GraphQLNamedType).name) {
      case 'ID':
        arb = hostileId;
        break;
      case 'Int':
        arb = hostileInt;
        break;
      case 'Float':
        arb = hostileFloat;
        break;
      case 'Boolean':
        arb = fc.boolean();
        break;
      case 'JSON':
      case 'JSONObject':
        arb = hostileJson;
        break;
      default:
        arb = /id$/i.test(name) ? hostileId : hostileString;
    }
  }
  return nullable ? fc.option(arb, { nil: null, freq: 5 }) : arb;
}

/** A small valid selection of an output type: its argument-free leaves, and one level of objects below. */
function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!(isObjectType(named) || isInterfaceType(named))) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const sub = getNamedType(f.type);
    if (isLeafType(sub)) parts.push(f.name);
    else if (depth > 0 && parts.length < 12) parts.push(`${f.name} ${selectionOf(f.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

const STACK = /\n\s+at |node_modules|\.ts:\d+|QueryFailedError|stacktrace/;

const fingerprint = async () =>
  JSON.stringify(
    await t.sql(
      `SELECT (SELECT count(*) FROM regulated_entity) e, (SELECT coalesce(sum(version), 0) FROM regulated_entity) ev,
              (SELECT count(*) FROM license) l, (SELECT coalesce(sum(version), 0) FROM license) lv, (SELECT count(*) FROM license_event) le,
              (SELECT count(*) FROM api_key) k, (SELECT count(*) FROM api_key WHERE revoked_at IS NOT NULL) kr, (SELECT count(*) FROM audit_log) a`,
    ),
  );

async function send(
  query: string,
  variables: Record<string, unknown>,
  secret: string | null,
  isMutation: boolean,
  name: string,
  endpoint = '/graphql',
) {
  const before = isMutation ? await fingerprint() : '';
  const req = t.http.post(endpoint).set('content-type', 'application/json').set('x-legal-basis', TEST_LEGAL_BASIS);
  if (secret) req.set('authorization', `Bearer ${secret}`);
  const res = await req.send({ query, variables });
  const code = (res.body?.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
  tally.set(`${res.status} ${code}`, (tally.get(`${res.status} ${code}`) ?? 0) + 1);
  const context = `${name} ${JSON.stringify(variables).slice(0, 300)} -> ${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 500 || res.text.includes('INTERNAL_SERVER_ERROR') || STACK.test(res.text)) throw new Error(context);
  if (isMutation && (res.body?.data?.[name] ?? null) === null && (await fingerprint()) !== before) {
    throw new Error(`a refused ${name} changed the database: ${context}`);
  }
}

function rootFields(kind: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).filter((f) => f.args.length > 0);
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 10);
/** A larger HOSTILE_RUNS (for a report) needs more than jest's default minute per test. */
const TIMEOUT = Math.max(60_000, RUNS * 6_000);

describe.each([
  ['PUBLIC', () => null],
  ['a writer (DEPARTMENT_OFFICER)', () => writer],
])('as %s', (_who, secretOf) => {
  test(
    'every query argument',
    async () => {
      const fields = rootFields('query');
      expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['entities', 'licenses', 'administrativeUnits', 'node', 'nodes']));
      for (const field of fields) {
        const query = operationFor('query', field);
        const vars = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, 3, a.name)])));
        await fc.assert(
          fc.asyncProperty(vars, (v) => send(query, v, secretOf(), false, field.name)),
          { numRuns: RUNS },
        );
      }
    },
    TIMEOUT,
  );

  test(
    'every mutation argument',
    async () => {
      const fields = rootFields('mutation');
      expect(fields.length).toBeGreaterThanOrEqual(Object.keys(KINDS).length + 10);
      for (const field of fields) {
        const query = operationFor('mutation', field);
        const vars = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, 3, a.name)])));
        await fc.assert(
          fc.asyncProperty(vars, (v) => send(query, v, secretOf(), true, field.name)),
          { numRuns: RUNS },
        );
      }
    },
    TIMEOUT,
  );
});

test(
  'one hostile value in an otherwise valid registration is refused with nothing stored, or registered; never a 500',
  async () => {
    const leaves: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else if (typeof v === 'string') leaves.push(path);
    };
    walk(gamePoint(), []);
    const mutation = `mutation($input: RegisterGameServicePointInput!) { registerGameServicePoint(input: $input) { entity { id name notes } } }`;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), hostileString, async (path, value) => {
        const input = gamePoint();
        let o: Record<string, unknown> = input;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
        o[path[path.length - 1]] = value;
        await send(mutation, { input }, writer, true, 'registerGameServicePoint');
      }),
      { numRuns: RUNS * 4 },
    );
  },
  TIMEOUT,
);

/** Random query shapes: nesting, aliases (`__typename` too), fragments, page sizes, over the schema's object graph. */
function shapeOf(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (!(isObjectType(type) || isInterfaceType(type)) || depth <= 0) return fc.constant('__typename');
  const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  const one: fc.Arbitrary<string> = fc.constantFrom(...fields).chain((f) => {
    const sub = getNamedType(f.type);
    const page = f.args.some((a) => a.name === 'first')
      ? fc.constantFrom('', '(first: 0)', '(first: 1)', '(first: 100)', '(first: 101)', '(last: 3)')
      : fc.constant('');
    const inner = isLeafType(sub) ? fc.constant('') : shapeOf(sub, depth - 1).map((s) => `{ ${s} }`);
    return fc
      .tuple(fc.option(fc.constantFrom('a', 'b', 'x_1', 'T'), { nil: undefined }), page, inner)
      .map(([alias, args, sel]) => `${alias ? `${alias}: ` : ''}${f.name}${args} ${sel}`);
  });
  return fc
    .tuple(fc.array(one, { minLength: 1, maxLength: 4 }), fc.array(fc.constant('__typename'), { maxLength: 3 }), fc.boolean())
    .map(([sels, typenames, asFragment]) => {
      const body = [...sels, ...typenames.map((t, i) => `t${i}: ${t}`)].join(' ');
      return asFragment ? `... on ${type.name} { ${body} }` : body;
    });
}

test(
  'random query shapes over the whole schema: answered or refused as a client error, never a 500',
  async () => {
    const query = schema.getQueryType()!;
    const roots = Object.values(query.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
    const operation = fc.constantFrom(...roots).chain((f) => {
      const sub = getNamedType(f.type);
      const sel = isLeafType(sub)
        ? fc.constant('')
        : fc
            .integer({ min: 1, max: 14 })
            .chain((d) => shapeOf(sub, d))
            .map((s) => `{ ${s} }`);
      const args = f.args.some((a) => a.name === 'first') ? fc.constantFrom('', '(first: 5)', '(first: 100)') : fc.constant('');
      return fc.tuple(args, sel).map(([a, s]) => `{ ${f.name}${a} ${s} }`);
    });
    for (const secret of [null, writer]) {
      await fc.assert(
        fc.asyncProperty(operation, (q) => send(q, {}, secret, false, 'shape')),
        { numRuns: RUNS * 4 },
      );
    }
  },
  TIMEOUT,
);

/**
 * Forged cursors: what a client makes of the base64url JSON it was given. The shapes of the lists' cursors
 * ([sort, value, id], the public lists' [sort, value, id, holder], the change feed's checkpoints) with parts of the
 * wrong type (text where a uuid, number or date goes, NUL, lone surrogates, numbers past bigint), JSON numbers no
 * JSON.stringify writes, other JSON, and plain noise.
 */
const UUID = '5f0c1f43-2b4e-4d35-9a39-0c6a4d6b1e21';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const tag = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('name', 'code', 'created', 'updated', 'issued', 'expires', 'number', 'id', 'revoked', 'list') },
  hostileString,
);
const part: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'zz',
      UUID,
      UUID.toUpperCase(),
      `${UUID}\u0000`,
      '-'.repeat(36),
      '00000000000000000000000000000000',
      '0',
      '-1',
      '1.5',
      '1e309',
      '9223372036854775807',
      '9223372036854775808',
      '-9223372036854775809',
      '99999999999999999999',
      'infinity',
      'NaN',
      '2025-12-01',
      '2025-02-30',
      '2025-13-01',
      '20251-01-01',
      '2025-12-01 10:00:00+07',
      '2025-12-01 25:61:00+07',
      '2025-12-01T10:00:00Z',
      'Điểm\u0000game',
      'x\uD800y',
      '\uDFFF',
    ),
  },
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
);
const HUGE = fc.constantFrom('99999999999999999999999', '1e400', '-1e400', '1E-400', '-0', '18446744073709551616');
/** The change feed's id (from a checkpoint it gave), so that a forged checkpoint passes its first check. */
const changeFeed: { id: unknown } = { id: 'x' };
/** The lists' cursors: sort tag, then the SQL types of the sort value and the id (and the public lists' holder). */
const SHAPES: [string, ...string[]][] = [
  ['name', 'text', 'uuid'],
  ['code', 'text', 'uuid'],
  ['created', 'timestamptz', 'uuid'],
  ['updated', 'timestamptz', 'uuid'],
  ['issued', 'date', 'uuid'],
  ['expires', 'date', 'uuid'],
  ['number', 'text', 'uuid'],
  ['id', 'bigint', 'bigint'],
  ['name', 'text', 'uuid', 'uuid'],
  ['revoked', 'date', 'uuid'],
];
const VALID: Record<string, string> = { text: 'a', date: '2025-12-01', timestamptz: '2025-12-01 10:00:00+07', uuid: UUID, bigint: '1' };
/** Wrong in a way one SQL type or another cannot read: text for a uuid or number, a NUL, past bigint, no such date. */
const SHARP = ['zz', 'Điểm\u0000game', '-'.repeat(36), '0123456789abcdef0123456789abcdef0123', '9223372036854775808', '2025-02-30'];

/** Each part after the first (the tag) of a cursor the list gave, replaced in turn by each SHARP value. */
function sharpForgeries(cursor: string): [string][] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(parts)) return [];
  return parts
    .slice(1)
    .flatMap((_, k) => SHARP.map((wrong): [string] => [b64(JSON.stringify(parts.map((p, j) => (j === k + 1 ? wrong : p))))]));
}

/** A cursor the list gave, one of its parts replaced, added or dropped, or its tag changed. */
function forgedFrom(cursor: string): fc.Arbitrary<string> {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return forgedCursor;
  }
  if (!Array.isArray(parts) || parts.length === 0) return forgedCursor;
  const given = parts as unknown[];
  return fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.nat(given.length - 1), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SHARP) }, part))
          .map(([i, wrong]) => given.map((p, j) => (j === i ? wrong : p))),
      },
      fc.tuple(fc.nat(given.length - 1), HUGE).map(([i, n]) => given.map((p, j) => (j === i ? n : p))),
      part.map((extra) => [...given, extra]),
      fc.constant(given.slice(0, -1)),
      tag.map((t0) => [t0, ...given.slice(1)]),
    )
    .map((forged) => b64(JSON.stringify(forged)));
}

/** A cursor of a list's shape whose parts are right but one. */
const oneWrong = fc.tuple(fc.constantFrom(...SHAPES), fc.nat(), part).map(([[sort, ...types], i, wrong]) => {
  const parts: unknown[] = [sort, ...types.map((c) => VALID[c])];
  parts[1 + (i % types.length)] = wrong;
  return b64(JSON.stringify(parts));
});
const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: oneWrong },
  fc.tuple(tag, part, part).map((a) => b64(JSON.stringify(a))),
  fc.tuple(tag, part, part, part).map((a) => b64(JSON.stringify(a))),
  fc.tuple(tag, HUGE, HUGE).map(([t0, v, id]) => b64(`[${JSON.stringify(t0)},${v},"${id}"]`)),
  fc.tuple(tag, HUGE, HUGE).map(([t0, v, id]) => b64(`[${JSON.stringify(t0)},"${v}",${id}]`)),
  // A checkpoint of this feed, its numbers forged.
  fc
    .tuple(
      fc.constantFrom(1, 2, '1'),
      fc.oneof(
        fc.constant(() => changeFeed.id),
        part.map((p) => () => p),
      ),
      part,
      part,
      fc.array(part, { maxLength: 3 }),
      part,
    )
    .map(([v, feed, ...rest]) => b64(JSON.stringify([v, feed(), ...rest]))),
  fc
    .tuple(
      fc.constantFrom('0', '1', '9999999999999999999', '9223372036854775807', '9223372036854775808'),
      fc.constantFrom('1', '9999999999999999999', '2'),
    )
    .map(([n, x]) => b64(JSON.stringify([1, changeFeed.id, n, x, [], `1.${x}`]))),
  fc.jsonValue({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v))),
  fc.string({ maxLength: 30 }).map((text) => Buffer.from(text, 'utf8').toString('base64')),
  hostileString,
);

/**
 * Every `after` / `before` argument of the schema, each with an operation that reaches it from Query (the shortest
 * path through fields whose required arguments are enums: `entities { edges { node { licenses(after:) } } }`).
 */
function cursorArguments(): { at: string; arg: string; query: string }[] {
  const found: { at: string; arg: string; query: string }[] = [];
  const seen = new Set<string>();
  const queue: { type: GraphQLObjectType | GraphQLInterfaceType; wrap: (s: string) => string }[] = [
    { type: schema.getQueryType()!, wrap: (s) => s },
  ];
  while (queue.length) {
    const { type, wrap } = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) {
      const required = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      if (!required.every((a) => isEnumType(getNamedType(a.type)))) continue;
      const fixed = required.map((a) => `${a.name}: ${(getNamedType(a.type) as GraphQLEnumType).getValues()[0].name}`);
      for (const arg of f.args.filter((a) => a.name === 'after' || a.name === 'before')) {
        found.push({
          at: `${type.name}.${f.name}`,
          arg: arg.name,
          query: `query($c: String) { ${wrap(`${f.name}(${[...fixed, `${arg.name}: $c`].join(', ')}) ${selectionOf(f.type, 1)}`)} }`,
        });
      }
      const sub = getNamedType(f.type);
      if (isObjectType(sub) || isInterfaceType(sub)) {
        const call = `${f.name}${fixed.length ? `(${fixed.join(', ')})` : ''}`;
        queue.push({ type: sub, wrap: (s) => wrap(`${call} { ${s} }`) });
      }
    }
  }
  return found;
}

describe('forged cursors in every `after` and `before`: refused as client errors, never a 500', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await t.key(Role.ADMIN);
    // A licence in force that expires soon: every list then has a row, so a cursor of its own to forge from.
    const kit = new LicenseKit(t, writer);
    const holder = await kit.gamePoint();
    await kit.issue(holder.id, { on: addDays(today(), -10), expiresOn: addDays(today(), 30) });
    const given = await t.gql('{ changes(first: 0) { checkpoint } }', {}, admin);
    changeFeed.id = (
      JSON.parse(Buffer.from((given.data as { changes: { checkpoint: string } }).changes.checkpoint, 'base64url').toString()) as unknown[]
    )[1];
  });

  test(
    'over GraphQL, as PUBLIC and as ADMIN',
    async () => {
      const args = cursorArguments();
      expect(args.map((a) => a.at)).toEqual(
        expect.arrayContaining([
          'Query.entities',
          'Query.licenses',
          'Query.auditLog',
          'Query.changes',
          'Query.publicGameServicePoints',
          'Query.publicRevokedRadioLicenses',
          'Statistics.expiringLicenses',
          'RegulatedEntity.licenses',
        ]),
      );
      const forged = new Set<string>();
      for (const { at, arg, query } of args) {
        for (const secret of [null, admin]) {
          // The list's own first cursor (or checkpoint), when it answers this viewer with one.
          const plain = await t.http
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('x-legal-basis', TEST_LEGAL_BASIS)
            .set(secret ? { authorization: `Bearer ${secret}` } : {})
            .send({ query, variables: { c: null } });
          const own = /"(?:cursor|endCursor|checkpoint)":"([A-Za-z0-9_-]+)"/.exec(plain.text)?.[1];
          if (own) forged.add(at);
          // First each part of its own cursor made wrong in turn (fast-check counts examples among the runs), then RUNS
          // random forgeries.
          const examples = own ? sharpForgeries(own) : [];
          await fc.assert(
            fc.asyncProperty(own ? fc.oneof({ weight: 3, arbitrary: forgedFrom(own) }, forgedCursor) : forgedCursor, (c) =>
              send(query, { c }, secret, false, `${at}(${arg})`),
            ),
            { numRuns: RUNS + examples.length, examples },
          );
        }
      }
      // The lists with rows were forged from cursors of their own (their answers carry one).
      expect([...forged]).toEqual(
        expect.arrayContaining(['Query.entities', 'Query.licenses', 'Query.auditLog', 'Query.changes', 'Query.publicGameServicePoints']),
      );
    },
    TIMEOUT,
  );

  test(
    'on the subgraph’s references and the public page',
    async () => {
      const [{ code }] = await t.sql<{ code: string }>(`SELECT registry_code AS code FROM regulated_entity LIMIT 1`);
      const references = `query($r: [_Any!]!, $c: String) { _entities(representations: $r) { ... on NationalEntity {
        inProvince75(first: 2, after: $c) { totalCount edges { cursor } } } } }`;
      const r = [{ __typename: 'NationalEntity', nationalId: code }];
      const ownOf = (text: string) => /"cursor":"([A-Za-z0-9_-]+)"/.exec(text)?.[1];
      const refs = await t.http
        .post('/subgraph')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${writer}`)
        .send({ query: references, variables: { r, c: null } });
      const ownRef = ownOf(refs.text);
      expect(ownRef).toBeDefined();
      const refExamples = sharpForgeries(ownRef!);
      await fc.assert(
        fc.asyncProperty(fc.oneof(forgedFrom(ownRef!), forgedCursor), (c) =>
          send(references, { r, c }, writer, false, '_entities', '/subgraph'),
        ),
        { numRuns: RUNS + refExamples.length, examples: refExamples },
      );
      // The page reads the cursors of publicGameServicePoints.
      const listed = await t.gql('{ publicGameServicePoints(list: LICENSED, first: 1) { edges { cursor } } }');
      const ownPage = ownOf(JSON.stringify(listed.data));
      expect(ownPage).toBeDefined();
      const pageExamples = sharpForgeries(ownPage!).map(([c]): [string, string] => [c, 'LICENSED']);
      await fc.assert(
        fc.asyncProperty(fc.oneof(forgedFrom(ownPage!), forgedCursor), fc.constantFrom('LICENSED', 'REVOKED'), async (c, list) => {
          const page = await t.http.get('/public/game-service-points').query({ list, after: c });
          tally.set(`page ${page.status}`, (tally.get(`page ${page.status}`) ?? 0) + 1);
          if (page.status >= 500) throw new Error(`page ${list} after=${c} -> ${page.status}`);
        }),
        { numRuns: RUNS + pageExamples.length, examples: pageExamples },
      );
    },
    TIMEOUT,
  );
});
