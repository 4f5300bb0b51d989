import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, ValueNode, visit } from 'graphql';
import type { FieldProblem } from './errors';

/** Bounds on what a request's arguments and variables may hold (config.ts holds the numbers). */
export interface InputLimits {
  /** Nesting of objects and lists in one argument or variable (JSON scalars included). */
  maxDepth: number;
  /** Values (strings, numbers, objects, list items, …) in all variables of one request together. */
  maxValues: number;
}

/** A NUL, or half of a UTF-16 surrogate pair: PostgreSQL cannot store the first, and the second is no character. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL could not take `s` as text (a NUL, a lone surrogate), or null: the edge's check, for other edges too. */
export function stringProblem(s: string): string | null {
  const m = UNSTORABLE.exec(s);
  if (!m) return null;
  return m[0] === '\u0000'
    ? 'contains a NUL character (U+0000), which text cannot hold'
    : `contains an unpaired UTF-16 surrogate (U+${m[0].charCodeAt(0).toString(16).toUpperCase()}), which is not a character`;
}

class Refusal {
  readonly problems: FieldProblem[] = [];
  constructor(readonly limits: InputLimits) {}
  add(field: string, message: string): void {
    if (this.problems.length < 20) this.problems.push({ field, message });
  }
}

/** Walks a JSON value without recursion (a hostile value can be nested far deeper than the call stack). */
function checkVariable(name: string, value: unknown, r: Refusal, budget: { values: number }): void {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: name, depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (--budget.values < 0) return;
    if (typeof v === 'string') {
      const p = stringProblem(v);
      if (p) r.add(path, p);
    } else if (v !== null && typeof v === 'object') {
      if (depth >= r.limits.maxDepth) {
        r.add(path, `is nested deeper than ${r.limits.maxDepth} levels`);
        continue;
      }
      for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
        const p = typeof k === 'string' ? stringProblem(k) : null;
        if (p) r.add(`${path}.${k}`, `has a key that ${p}`);
        stack.push({ v: child, path: `${path}.${k}`, depth: depth + 1 });
      }
    }
  }
}

function checkLiteral(node: ValueNode, path: string, depth: number, r: Refusal): void {
  switch (node.kind) {
    case Kind.STRING: {
      const p = stringProblem(node.value);
      if (p) r.add(path, p);
      return;
    }
    case Kind.LIST:
    case Kind.OBJECT:
      if (depth >= r.limits.maxDepth) {
        r.add(path, `is nested deeper than ${r.limits.maxDepth} levels`);
        return;
      }
      if (node.kind === Kind.LIST) node.values.forEach((v, i) => checkLiteral(v, `${path}.${i}`, depth + 1, r));
      else node.fields.forEach((f) => checkLiteral(f.value, `${path}.${f.name.value}`, depth + 1, r));
      return;
    default:
      return;
  }
}

/**
 * Checks every string and nested value a request carries, once, before anything runs: argument literals in the
 * document, variable defaults and the variables. Text that PostgreSQL cannot store (NUL, lone surrogates) and
 * over-deep or over-large values are BAD_USER_INPUT (HTTP 400) naming each field, instead of reaching SQL or
 * class-validator. Operations the schema has no root type for (subscriptions) are BAD_REQUEST.
 */
export function inputGuardPlugin(schema: GraphQLSchema, limits: InputLimits): ApolloServerPlugin {
  // What the document itself holds is checked once per parsed document (Apollo reuses it for the same query text).
  const documentProblems = new WeakMap<DocumentNode, readonly FieldProblem[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation && !schema.getRootType(operation.operation)) {
            throw new GraphQLError(`This API has no ${operation.operation} operations (only queries and mutations)`, {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          let inDocument = documentProblems.get(document);
          if (!inDocument) {
            const d = new Refusal(limits);
            checkDocument(document, d);
            documentProblems.set(document, (inDocument = d.problems));
          }
          const r = new Refusal(limits);
          for (const p of inDocument) r.add(p.field, p.message);
          const budget = { values: limits.maxValues };
          for (const [name, value] of Object.entries(request.variables ?? {})) checkVariable(name, value, r, budget);
          if (budget.values < 0) r.add('variables', `hold more than ${limits.maxValues} values`);
          if (r.problems.length) {
            throw new GraphQLError(`Invalid input: ${r.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
              extensions: { code: 'BAD_USER_INPUT', fields: r.problems, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Every argument literal of the document (fragments included) and every variable default. */
function checkDocument(document: DocumentNode, r: Refusal): void {
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) checkLiteral(node.defaultValue, node.variable.name.value, 0, r);
    },
    Argument(node) {
      checkLiteral(node.value, node.name.value, 0, r);
    },
  });
}
