import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
} from 'graphql';
import { getSchema, printedSchema } from '../src/api/schema';

const COMMITTED = path.join(__dirname, '..', 'schema', 'schema.graphql');

test('schema/schema.graphql is exactly the schema the code builds', async () => {
  const printed = await printedSchema();
  const committed = fs.readFileSync(COMMITTED, 'utf8');
  if (printed !== committed) {
    const a = printed.split('\n');
    const b = committed.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    throw new Error(
      `schema/schema.graphql differs from the code (first at line ${line + 1}: code has ${JSON.stringify(a[line])}, ` +
        `file has ${JSON.stringify(b[line])}). Run \`npm run schema\` and commit the result.`,
    );
  }
  expect(printed).toBe(committed);
});

/** Every place of the schema that needs a description and has none, e.g. "Query.entities(first)". */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    need(`@${directive.name}`, directive.description);
    for (const arg of directive.args) need(`@${directive.name}(${arg.name})`, arg.description);
  }
  return missing;
}

test('every type, field, argument, enum value and input field has a description', async () => {
  const schema = await getSchema();
  expect(undescribed(schema)).toEqual([]);
  // The check itself looks where it should.
  expect(Object.keys(schema.getTypeMap()).length).toBeGreaterThan(50);
});
