#!/usr/bin/env node
// Runs the CLI built into dist/ (bin/build-cli.js; `npm run build`, and `npm install`, `npm start` and
// `npm test` build it when the sources changed). It never builds and never writes into the package, so a
// read-only install runs; a dist/ older than src/ is refused, never run stale.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staleReason } from './dist-state.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stale = staleReason(root);
if (stale !== null) {
  console.error(`salw-etl: ${stale}; run \`npm run build\` (in ${root}) to build the CLI from src/`);
  process.exit(2);
}
const { main } = await import(pathToFileURL(join(root, 'dist', 'bundle', 'cli.mjs')).href);
process.exitCode = await main(process.argv.slice(2));
