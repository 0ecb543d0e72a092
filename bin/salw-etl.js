#!/usr/bin/env node
// Runs the CLI from the TypeScript sources, bundled on the fly by esbuild (about 0.1 s) into dist/: the
// code a user runs is always the code in src/, and startup stays fast (loading kysely and friends through
// a TypeScript loader hook costs seconds). The bundle's name is its content hash, so concurrent starts
// never see a half-written file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the root, like src/<stage>/<file>.ts, so paths relative to import.meta.url still hold.
const outDir = join(root, 'dist', 'bundle');

const result = await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  sourcemap: 'inline',
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const bundle = join(outDir, `cli.${hash}.mjs`);
if (!existsSync(bundle)) {
  mkdirSync(outDir, { recursive: true });
  const partial = `${bundle}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, bundle);
  // Old bundles go once no process can still be starting from them.
  for (const old of readdirSync(outDir)) {
    const path = join(outDir, old);
    if (old !== `cli.${hash}.mjs` && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
