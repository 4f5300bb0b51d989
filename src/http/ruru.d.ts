// ruru publishes its entry points through package.json "exports", which this project's `moduleResolution: node` does not
// read for types; Node resolves them at run time. These declarations point the type checker at the same files.
declare module 'ruru/server' {
  export * from 'ruru/dist/server';
}
