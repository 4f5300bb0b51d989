import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { BadInput } from './errors';
import { stringProblem } from './input-guard';
import { SqlParams } from './sql';

@ObjectType({ description: 'Relay page information of a cursor connection.' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last edge of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede the first edge of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, null on an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionValue<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A lazy thenable: the COUNT query runs only when the client asks for `totalCount`. */
  totalCount: PromiseLike<number>;
}

/** Builds `XEdge` and `XConnection` object types for a node type (class or interface). */
export function connectionTypes<T extends object>(nodeType: ClassType<T> | Function, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${what} connection.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge, for `after` / `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (Relay cursor connection, keyset pagination).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The edges of this page, in the requested order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter in all pages (the viewer’s jurisdiction applied).' })
    totalCount!: number;
  }
  return { EdgeType, ConnectionType };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The paging arguments of every connection field. */
@ArgsType()
export class PageArgsType implements PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size from the start (default 20, at most 100).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end (with `before`), at most 100.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor before which the page ends.' })
  before?: string | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One sort order of a keyset-paginated list: a NOT NULL SQL expression, then `id` breaks ties. */
export interface SortKey {
  name: string;
  expression: string;
  cast: string;
  direction: 'ASC' | 'DESC';
}

export interface Cursor {
  sort: string;
  value: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.value, c.id]), 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BIGINT_MAX = 9223372036854775807n;
/** A calendar date as PostgreSQL prints one (ISO DateStyle): 2025-02-30 is not one. */
const isDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
/** A timestamptz as PostgreSQL prints one: `2025-11-29 16:52:25.123456+07` (an offset may have minutes and seconds). */
const TIMESTAMPTZ = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:[0-5]\d){0,2}$/;

/**
 * True when a part of a decoded cursor is a value PostgreSQL reads as `cast` without a data exception: what the list's
 * own cursors hold (PostgreSQL's text of the sort value, the row's id). A forged cursor ("zz" as a uuid, a NUL in a
 * name, 2025-02-30, a 20-digit number) is then the client's mistake, told as such, instead of an SQL error.
 */
export function isCursorValue(v: unknown, cast: string): v is string {
  if (typeof v !== 'string') return false;
  switch (cast) {
    case 'uuid':
      return UUID.test(v);
    case 'bigint':
    case 'int8':
      return /^-?\d{1,19}$/.test(v) && BigInt(v) <= BIGINT_MAX && BigInt(v) >= -BIGINT_MAX - 1n;
    case 'int':
    case 'integer':
      return /^-?\d{1,10}$/.test(v) && Number(v) >= -(2 ** 31) && Number(v) < 2 ** 31;
    case 'date':
      return v === 'infinity' || v === '-infinity' || isDate(v);
    case 'timestamptz': {
      const m = TIMESTAMPTZ.exec(v);
      return v === 'infinity' || v === '-infinity' || (!!m && isDate(m[1]));
    }
    case 'text':
      return stringProblem(v) === null;
    default:
      // A sort of a type not listed here: refuse rather than let the database find out.
      return false;
  }
}

/** The cursor's parts, each checked against the SQL type it is compared as (the sort value's, the id's: uuid by default). */
export function decodeCursor(raw: string, field: string, sort: SortKey, idCast = 'uuid'): Cursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    /* refused below */
  }
  if (Array.isArray(parts) && parts.length === 3) {
    const [s, value, id] = parts as unknown[];
    if (s === sort.name && isCursorValue(value, sort.cast) && isCursorValue(id, idCast)) return { sort: s, value, id };
  }
  throw BadInput.field(field, 'is not a cursor of this list in this order');
}

/**
 * Runs a keyset (seek) page over `from` + `where`: no OFFSET, so a page neither skips nor repeats rows
 * when rows are inserted between requests. `where` must already carry the viewer's jurisdiction.
 */
export async function keysetPage<Row extends { id: string | number }>(
  manager: EntityManager,
  opts: {
    select: string;
    from: string;
    where: string[];
    params: SqlParams;
    sort: SortKey;
    idColumn: string;
    /** SQL type of the id column (uuid unless said otherwise). */
    idCast?: string;
    page: PageArgs;
    /** The operation asks for totalCount: the count starts beside the page (on another connection), not after it. */
    countAsked?: boolean;
    /**
     * Disjoint conditions, one of which each row meets (their OR is a condition of the list, not in `where`). The page is
     * the first rows of each branch merged (UNION ALL), the count the sum of the branches' counts: each branch can then
     * walk its own index in the page's order, or count index-only, where their OR would read and sort every row (see
     * licenseStatusBranches).
     */
    branches?: string[];
    /** How to count the list when the caller knows a cheaper exact way than counting its rows (e.g. a rollup). */
    count?: () => Promise<number>;
  },
): Promise<ConnectionValue<Row>> {
  const { page, sort } = opts;
  if (page.first != null && page.last != null) throw BadInput.field('last', 'cannot be combined with first');
  for (const f of ['first', 'last'] as const) {
    const n = page[f];
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) throw BadInput.field(f, `must be from 0 to ${MAX_PAGE_SIZE}`);
  }
  const backward = page.last != null || (page.before != null && page.first == null);
  const limit = (backward ? page.last : page.first) ?? DEFAULT_PAGE_SIZE;

  const countParams = [...opts.params.values];
  const baseWhere = [...opts.where];
  let counted: Promise<number> | undefined;
  const countWhere = (extra: string[]) => {
    const all = [...baseWhere, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  };
  const branches = opts.branches?.length ? opts.branches : null;
  const countSql = branches
    ? `SELECT count(*)::int AS n FROM (${branches.map((b) => `SELECT 1 FROM ${opts.from} ${countWhere([b])}`).join(' UNION ALL ')}) x`
    : `SELECT count(*)::int AS n FROM ${opts.from} ${countWhere([])}`;
  const count = () =>
    (counted ??= (opts.count ? opts.count() : manager.query(countSql, countParams).then((r: { n: number }[]) => r[0].n)).catch(
      (e: unknown) => {
        counted = undefined;
        throw e;
      },
    ));
  // Asked: it runs while the page is read (a failure is reported when totalCount is resolved).
  if (opts.countAsked) count().catch(() => undefined);
  const params = opts.params;
  const where = [...baseWhere];
  const seek = (raw: string, field: string, forward: boolean) => {
    const c = decodeCursor(raw, field, sort, opts.idCast ?? 'uuid');
    const op = (sort.direction === 'ASC') === forward ? '>' : '<';
    where.push(
      `(${sort.expression}, ${opts.idColumn}) ${op} (${params.add(c.value, sort.cast)}, ${params.add(c.id, opts.idCast ?? 'uuid')})`,
    );
  };
  if (page.after) seek(page.after, 'after', true);
  if (page.before) seek(page.before, 'before', false);

  const dir = (sort.direction === 'ASC') !== backward ? 'ASC' : 'DESC';
  const limitParam = params.add(limit + 1, 'int');
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const plain = `SELECT ${opts.select}, (${sort.expression})::text AS "_sortValue"
         FROM ${opts.from} ${whereSql}
        ORDER BY ${sort.expression} ${dir}, ${opts.idColumn} ${dir}
        LIMIT ${limitParam}`;
  // A branch's page: its ids first, from the index alone when it holds every column the branch reads (a row failing
  // the branch's conditions is then skipped without reading the table), then their rows.
  const branchPage = (b: string) => {
    const all = [...where, b];
    const ids = `SELECT ${opts.idColumn} FROM ${opts.from} WHERE ${all.join(' AND ')}
        ORDER BY ${sort.expression} ${dir}, ${opts.idColumn} ${dir} LIMIT ${limitParam}`;
    return `SELECT ${opts.select}, (${sort.expression})::text AS "_sortValue", ${sort.expression} AS "_sortKey", ${opts.idColumn} AS "_id"
         FROM ${opts.from} WHERE ${opts.idColumn} IN (${ids})`;
  };
  const sql = branches
    ? `SELECT * FROM (${branches.map((b) => `(${branchPage(b)})`).join(' UNION ALL ')}) x
        ORDER BY "_sortKey" ${dir}, "_id" ${dir} LIMIT ${limitParam}`
    : plain;
  const rows = (await manager.query(sql, params.values).catch((e: { code?: string }) => {
    // A forged or damaged cursor whose value or id the database cannot read (class 22, data exception).
    const cursorField = page.after ? 'after' : page.before ? 'before' : null;
    if (cursorField && typeof e.code === 'string' && e.code.startsWith('22')) {
      throw BadInput.field(cursorField, 'is not a cursor of this list in this order');
    }
    throw e;
  })) as (Row & { _sortValue: string })[];

  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((r) => {
    const { _sortValue, _sortKey, _id, ...node } = r as typeof r & { _sortKey?: unknown; _id?: unknown };
    return { cursor: encodeCursor({ sort: sort.name, value: _sortValue, id: String(r.id) }), node: node as unknown as Row };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? page.before != null : more,
      hasPreviousPage: backward ? more : page.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: { then: (onFulfilled, onRejected) => count().then(onFulfilled, onRejected) },
  };
}

/** A connection over a short list already in memory (e.g. one holder's licences), same cursor rules. */
export function connectionFromArray<T extends { id: string }>(items: T[], page: PageArgs): ConnectionValue<T> {
  for (const f of ['first', 'last'] as const) {
    const n = page[f];
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) throw BadInput.field(f, `must be from 0 to ${MAX_PAGE_SIZE}`);
  }
  const cursorOf = (id: string) => Buffer.from(JSON.stringify(['list', id]), 'utf8').toString('base64url');
  const indexOf = (raw: string, field: string) => {
    const i = items.findIndex((it) => cursorOf(it.id) === raw);
    if (i < 0) throw BadInput.field(field, 'is not a cursor of this list');
    return i;
  };
  let start = page.after ? indexOf(page.after, 'after') + 1 : 0;
  let end = page.before ? indexOf(page.before, 'before') : items.length;
  if (page.first != null) end = Math.min(end, start + page.first);
  else if (page.last != null) start = Math.max(start, end - page.last);
  else end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const edges = items.slice(start, end).map((node) => ({ cursor: cursorOf(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: Promise.resolve(items.length),
  };
}
