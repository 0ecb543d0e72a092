import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: string | null = null;

/** `0.1.0+abc1234` (package version plus git commit when known, `-dirty` with uncommitted changes). */
export function codeVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
  let commit = '';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    commit = `+${head}${dirty ? '-dirty' : ''}`;
  } catch {
    // Not a git checkout (an npm install): the package version alone.
  }
  cached = `${pkg.version}${commit}`;
  return cached;
}
