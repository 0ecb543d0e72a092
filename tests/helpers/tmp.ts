import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP_ROOT = join(REPO_ROOT, 'tests', '.tmp');

/** A fresh folder under tests/.tmp (git-ignored) with raw/ inside; removed by `cleanup()`. */
export function makeWorkspace(prefix = 'ws'): { dir: string; raw: string; warehouse: string; cleanup: () => void } {
  mkdirSync(TMP_ROOT, { recursive: true });
  const dir = mkdtempSync(join(TMP_ROOT, `${prefix}-`));
  const raw = join(dir, 'raw');
  mkdirSync(raw);
  return { dir, raw, warehouse: join(dir, 'warehouse', 'salw.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a file (creating folders), optionally with a fixed modification time. */
export function writeFile(path: string, content: string | Uint8Array, mtime?: Date): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  if (mtime) utimesSync(path, mtime, mtime);
}
