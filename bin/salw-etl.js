#!/usr/bin/env node
// Runs the CLI from the TypeScript sources, bundled on the fly by esbuild into dist/ (see build-cli.js):
// the code a user runs is always the code in src/, and startup stays fast (loading kysely and friends
// through a TypeScript loader hook costs seconds).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { bundle } = await buildCli(root);
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
