// Builds the CLI bundle from src/ (esbuild, about 0.1 s) with the code versions of the classifier and the
// extractors computed from the same sources and injected as __SALW_CODE_VERSIONS__: the versions a run
// records are those of the code it runs. The bundle's name is its content hash, so concurrent starts
// never see a half-written file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const COMMON = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'error' };
// NOTE: esbuild writes paths relative to its working folder into the bundle; building from the package
// root (absWorkingDir) makes the bundle, and so its hashed name, the same from wherever the CLI starts.

/**
 * Writes `code` as `<outDir>/<prefix>.<hash>.mjs` unless that file exists; returns its path. Where the
 * package folder may not be written (a read-only install, another user's checkout), the bundle goes to
 * the system's temporary folder instead.
 */
function writeBundle(outDir, prefix, code) {
  try {
    return writeBundleIn(outDir, prefix, code);
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(error.code)) throw error;
    return writeBundleIn(join(tmpdir(), `salw-etl-bundle-${process.getuid?.() ?? 'user'}`), prefix, code);
  }
}

function writeBundleIn(outDir, prefix, code) {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const bundle = join(outDir, `${prefix}.${hash}.mjs`);
  if (!existsSync(bundle)) {
    mkdirSync(outDir, { recursive: true });
    const partial = `${bundle}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, bundle);
    // Old bundles go once no process can still be starting from them.
    for (const old of readdirSync(outDir)) {
      const path = join(outDir, old);
      if (old.startsWith(`${prefix}.`) && old !== `${prefix}.${hash}.mjs` && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
    }
  }
  return bundle;
}

/**
 * Bundles src/cli/main.ts into <root>/dist/bundle (two levels below the root, like src/<stage>/<file>.ts,
 * so paths relative to import.meta.url still hold). Returns the bundle's path and the versions it carries.
 */
export async function buildCli(root) {
  const outDir = join(root, 'dist', 'bundle');
  const digests = await build({ ...COMMON, absWorkingDir: root, entryPoints: [join(root, 'scripts', 'code-versions.ts')] });
  const digestBundle = writeBundle(outDir, 'code-versions', digests.outputFiles[0].contents);
  const { codeVersionsNow } = await import(pathToFileURL(digestBundle).href);
  const versions = codeVersionsNow();
  // The worker thread that reads documents under a deadline (src/pipeline/worker-reader.ts) runs its own bundle.
  const worker = await build({ ...COMMON, absWorkingDir: root, entryPoints: [join(root, 'src', 'cli', 'document-worker.ts')], sourcemap: 'inline' });
  const workerBundle = writeBundle(outDir, 'document-worker', worker.outputFiles[0].contents);
  const cli = await build({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    sourcemap: 'inline',
    define: { __SALW_CODE_VERSIONS__: JSON.stringify(versions), __SALW_DOCUMENT_WORKER__: JSON.stringify(workerBundle) },
  });
  return { bundle: writeBundle(outDir, 'cli', cli.outputFiles[0].contents), versions };
}
