import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { printedSchema } from '../api/schema';

/** `npm run schema`: writes schema/schema.graphql from the code. */
printedSchema()
  .then((sdl) => {
    const file = path.join(projectRoot, 'schema', 'schema.graphql');
    fs.writeFileSync(file, sdl);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)} (${sdl.length} bytes)\n`);
  })
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
