import { start } from './src/main';
import { seedDemoIfEmpty } from './seeds/demo-start';

/**
 * `npm start`: the registry server (src/main.ts) composed with the demo registry of seeds/, which it loads on the
 * first start of an empty embedded database. The server itself (src/) never imports seeds/: the demo comes in here.
 */
start({ seedDemo: seedDemoIfEmpty });
