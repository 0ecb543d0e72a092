// Whether dist/ was built from the sources as they stand: the CLI refuses to run a stale build, and
// `npm start`, `npm test` and `npm install` rebuild one. Cheap enough for every start (a stat of each
// source file, no hashing): like git's index, a file whose size or mtime changed is taken as changed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the CLI bundle is built from. docs/ and lexicon data read at run time are not bundled. */
const BUILD_INPUTS = ['src', 'pipelines', join('scripts', 'code-versions.ts'), join('bin', 'build-cli.js'), 'package.json'];

export const BUILD_STATE = join('dist', 'build.json');

function walk(root, path, out) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) walk(root, join(path, entry), out);
    return;
  }
  out[relative(root, path).split(sep).join('/')] = [stat.size, Math.trunc(stat.mtimeMs)];
}

/** Every build input with its size and mtime: `{ "src/cli/main.ts": [2301, 1764284400000], ... }`. */
export function sourceFiles(root) {
  const out = {};
  for (const input of BUILD_INPUTS) walk(root, join(root, input), out);
  return out;
}

/**
 * Null when dist/ holds a build of the sources as they stand, else why not, naming a file. An installed
 * package without its sources (nothing to compare) counts as built.
 */
export function staleReason(root) {
  if (!existsSync(join(root, 'src'))) return null;
  const statePath = join(root, BUILD_STATE);
  if (!existsSync(statePath)) return 'dist/ has not been built';
  let built;
  try {
    built = JSON.parse(readFileSync(statePath, 'utf8')).sources;
  } catch {
    return `${BUILD_STATE} cannot be read`;
  }
  const now = sourceFiles(root);
  for (const [file, [size, mtime]] of Object.entries(now)) {
    const then = built?.[file];
    if (!then) return `${file} is new since dist/ was built`;
    if (then[0] !== size || then[1] !== mtime) return `${file} changed since dist/ was built`;
  }
  for (const file of Object.keys(built ?? {})) if (!(file in now)) return `${file} was removed since dist/ was built`;
  return null;
}
