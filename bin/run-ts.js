#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, fixture generators) through tsx: node bin/run-ts.js <file.ts> [args]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node bin/run-ts.js <script.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0] ?? 'node', script, ...rest];
await import(pathToFileURL(resolve(script)).href);
