import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the test suite's GraphQL documents, from the committed schema (`npm run codegen`).
 * A test writes its operation as `graphql(`query Name … `)` (imported from test/gql); codegen validates it
 * against schema/schema.graphql and generates its result and variables types into test/gql/, so `t.gql(doc, vars)`
 * is typed end to end and a schema change that breaks a client breaks `npm run typecheck`.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are strings (TypedDocumentString): sent as they are, no DocumentNode to print per request.
        documentMode: 'string',
        useTypeImports: true,
        // A new scalar must be mapped here before codegen succeeds.
        strictScalars: true,
        scalars: {
          // YYYY-MM-DD, a date of legal effect in Asia/Ho_Chi_Minh.
          LocalDate: 'string',
          // An ISO 8601 instant in UTC, as the API serialises it.
          DateTime: 'string',
          // Any JSON value whose shape the schema does not describe (audit before/after): a test states the shape it reads.
          JSON: 'unknown',
          // A JSON object (licence conditions, an event's changes).
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
