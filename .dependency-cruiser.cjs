/**
 * The import rules of the house, checked by `npm run deps` (part of `npm test`). See architecture.md for the layers:
 * graphql/ (ground floor) <- features <- api/ (composition) <- app.ts, main.ts, cli/; seeds/ and bench/ sit on top of src/.
 * Type-only imports count too: a circle through types is still a circle to the reader.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a circle; move what both need one floor down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-above-seeds',
      severity: 'error',
      comment:
        'The server (src/) never imports the demo data, the benchmark, the tests or the entry points composed outside src/ (start.ts).',
      from: { path: '^src/' },
      to: { path: '^(seeds|bench|test)/|^start\\.ts$' },
    },
    {
      name: 'graphql-is-the-ground-floor',
      severity: 'error',
      comment:
        'src/graphql/ (errors, ids, connections, dates, SQL helpers, the request context) is the ground floor: of src/ it imports only itself, src/config.ts and src/auth/viewer.ts (the request context names both types). An allow-list, so a feature folder added later is covered without editing this rule.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/', pathNot: '^src/(graphql/|config\\.ts$|auth/viewer\\.ts$)' },
    },
    {
      name: 'graphql-names-config-and-viewer-as-types',
      severity: 'error',
      comment:
        'src/config.ts and src/auth/viewer.ts import features at run time (the province list, the roles); src/graphql/ takes only their types (`import type`), so it runs nothing above it.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(config|auth/viewer)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'features-below-the-composition',
      severity: 'error',
      comment: 'src/api/ composes the features (schema, loaders, node); the features never import it.',
      from: { path: '^src/', pathNot: '^src/(api/|app\\.ts$|main\\.ts$|cli/)' },
      to: { path: '^src/api/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
