#!/usr/bin/env node
// Builds the CLI from src/ into dist/bundle/ (esbuild, about a second): cli.mjs, the document worker
// (document-worker.mjs) and dist/build.json, which records the sources it was built from so a stale
// build is never run (bin/dist-state.js). The code versions of the classifier and the extractors are
// computed from the same sources and injected as __SALW_CODE_VERSIONS__: the versions a run records are
// those of the code it runs. `npm run build` runs this; `npm install` (prepare), `npm start` and
// `npm test` run it with --if-stale. The CLI itself never builds, so it never writes into the package.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUILD_STATE, sourceFiles, staleReason } from './dist-state.js';

// Packages stay in node_modules and load from there, but for those bundled in: kysely is 279 ES modules, whose
// resolving and linking cost a quarter of a second on every start (measured: import('kysely') 250 ms), a price
// a night with nothing new would pay for nothing. It is pure ESM without native parts, assets or workers of its
// own, so its code runs the same from the bundle.
const BUNDLED_PACKAGES = new Set(['kysely']);
const PACKAGE_JSON = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const EXTERNAL = Object.keys({ ...PACKAGE_JSON.dependencies, ...PACKAGE_JSON.devDependencies })
  .filter((name) => !BUNDLED_PACKAGES.has(name))
  .flatMap((name) => [name, `${name}/*`]);
const COMMON = { bundle: true, platform: 'node', format: 'esm', target: 'node20', external: EXTERNAL, write: false, logLevel: 'error' };
// What a thread keeps of a bundle it runs: V8 holds each script's source for as long as its functions live,
// and one non-ASCII character (in a comment: lexicons quote their words) makes the whole source a two-byte
// string. An inlined source map and comments were 6 MB of each reading worker's heap (a heap snapshot: a
// 4.4 MB source and a 1.6 MB map URL). So source maps are files beside the bundles (`node
// --enable-source-maps` reads them), and the worker's bundle, which every reading thread loads, has no
// comments and no whitespace (the CLI's keeps its lines: its chunks load once, in one thread).
const LINKED_MAP = { sourcemap: 'linked' };
const LEAN = { ...LINKED_MAP, minifyWhitespace: true };
// NOTE: esbuild writes paths relative to its working folder into the bundle; building from the package
// root (absWorkingDir) makes the bundle the same from wherever the build starts.

/** Writes through a temporary file and a rename: a CLI starting meanwhile sees the old file or the new one. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/**
 * Bundles src/cli/main.ts into <root>/dist/bundle/cli.mjs (two levels below the root, like
 * src/<stage>/<file>.ts, so paths relative to import.meta.url still hold). With `ifStale`, a build of the
 * sources as they stand is kept. Returns the bundle's path, the versions it carries and whether it built.
 */
export async function buildCli(root, { ifStale = false } = {}) {
  const outDir = join(root, 'dist', 'bundle');
  const bundle = join(outDir, 'cli.mjs');
  const versionsPath = join(outDir, 'code-versions.json');
  if (ifStale && staleReason(root) === null) {
    return { bundle, versions: JSON.parse(readFileSync(versionsPath, 'utf8')), built: false };
  }
  // Taken before bundling: a source edited during the build leaves the build stale, never wrongly fresh.
  const sources = sourceFiles(root);
  const digests = await build({ ...COMMON, absWorkingDir: root, entryPoints: [join(root, 'scripts', 'code-versions.ts')] });
  const digestBundle = join(outDir, 'code-versions.mjs');
  writeAtomically(digestBundle, digests.outputFiles[0].contents);
  const { codeVersionsNow } = await import(`${pathToFileURL(digestBundle).href}?build=${Date.now()}`);
  const versions = codeVersionsNow();
  // The worker thread that reads documents under a deadline (src/pipeline/worker-reader.ts) runs its own bundle, beside the CLI's.
  const worker = await build({ ...COMMON, absWorkingDir: root, entryPoints: [join(root, 'src', 'cli', 'document-worker.ts')], outfile: join(outDir, 'document-worker.mjs'), ...LEAN });
  // The map first, then the bundle that names it.
  for (const file of [...worker.outputFiles].sort((a, b) => Number(a.path.endsWith('.mjs')) - Number(b.path.endsWith('.mjs')))) writeAtomically(file.path, file.contents);
  // Split into chunks: a command's code (the pipelines, the warehouse) loads when it runs, so `--help` loads only the CLI's frame.
  const cli = await build({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    ...LINKED_MAP,
    define: { __SALW_CODE_VERSIONS__: JSON.stringify(versions), __SALW_DOCUMENT_WORKER__: JSON.stringify('./document-worker.mjs') },
  });
  // Chunks are named by their content: written first, they never replace what a starting CLI reads; cli.mjs last.
  const chunks = cli.outputFiles.filter((file) => file.path !== bundle);
  for (const chunk of chunks) writeAtomically(chunk.path, chunk.contents);
  writeAtomically(bundle, cli.outputFiles.find((file) => file.path === bundle).contents);
  writeAtomically(versionsPath, `${JSON.stringify(versions, null, 2)}\n`);
  rmSync(digestBundle, { force: true });
  // Files of earlier builds: bundles named by their hash (cli.7ed354160cf07be3.mjs) and chunks this build does not use,
  // once no CLI can still be starting from them.
  const current = new Set(chunks.map((chunk) => basename(chunk.path)));
  for (const old of existsSync(outDir) ? readdirSync(outDir) : []) {
    const path = join(outDir, old);
    const unused = /\.[0-9a-f]{16}\.mjs$/u.test(old) || (old.startsWith('chunk-') && !current.has(old));
    if (unused && Date.now() - statSync(path).mtimeMs > 600_000) rmSync(path, { force: true });
  }
  writeAtomically(join(root, BUILD_STATE), `${JSON.stringify({ sources }, null, 1)}\n`);
  return { bundle, versions, built: true };
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const ifStale = process.argv.includes('--if-stale');
  try {
    const { built } = await buildCli(root, { ifStale });
    if (built) console.error('salw-etl: built dist/ from src/');
  } catch (error) {
    console.error(`salw-etl: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
