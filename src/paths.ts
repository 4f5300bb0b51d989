import path from 'node:path';

/** The repository's root, from src/ under ts-node/jest or from dist/src/ when built. */
export const projectRoot = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');
