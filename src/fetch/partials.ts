import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SalwError } from '../model/errors.ts';

/**
 * `raw/.salw-partial/`: where bodies are streamed before they are renamed into place (a dot folder, which
 * discovery skips). A fetch claims it for itself (a pid file created exclusively) and empties it (what
 * a killed fetch left there is never finished); a second fetch on the same raw folder while the first
 * runs is refused, since emptying the folder would throw away the first one's downloads in hand and the two
 * would store the same new versions twice. At the end the folder goes, pid file and all.
 */

export const PARTIAL_FOLDER = '.salw-partial';
const OWNER_FILE = 'fetch.pid';
/** A claim written by a process on another machine (a shared raw folder) counts as left behind after this. */
const FOREIGN_CLAIM_STALE_MS = 6 * 3_600_000;

interface Claim {
  pid: number;
  host: string;
  startedAt: string;
}

/** Raw folders a fetch of this process holds now (a pid file cannot tell two fetches of one process apart). */
const heldHere = new Set<string>();

/** `kill(pid, 0)` sends nothing; it only asks whether the process exists (EPERM: it does, not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The fetch running on this raw folder, if another one is. */
async function liveClaim(folder: string, now: Date): Promise<Claim | null> {
  let claim: Claim;
  try {
    claim = JSON.parse(await readFile(join(folder, OWNER_FILE), 'utf8')) as Claim;
  } catch {
    // Unreadable: being written by a fetch starting this instant (live), or a torn write of one long dead.
    const written = await stat(join(folder, OWNER_FILE)).then((s) => s.mtimeMs, () => null);
    return written !== null && now.getTime() - written < 60_000 ? { pid: 0, host: 'unknown', startedAt: new Date(written).toISOString() } : null;
  }
  if (claim.host === hostname()) return claim.pid !== process.pid && alive(claim.pid) ? claim : null;
  return now.getTime() - Date.parse(claim.startedAt) < FOREIGN_CLAIM_STALE_MS ? claim : null;
}

/**
 * Claims raw/.salw-partial/ for this fetch and empties it; throws (stage lock, retryable) when another
 * fetch holds it. The claim is the pid file, created exclusively ('wx'): of two fetches starting at once
 * one creates it, the other is refused. A claim whose process is gone is replaced.
 */
export async function claimPartials(raw: string, now: Date = new Date()): Promise<string> {
  const folder = join(raw, PARTIAL_FOLDER);
  const busy = (claim: Claim) =>
    new SalwError('lock', `a fetch is already running on ${raw} (pid ${claim.pid} on ${claim.host}, since ${claim.startedAt}); this one fetched nothing`, { retryable: true });
  const mine: Claim = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  if (heldHere.has(folder)) throw busy(mine);
  heldHere.add(folder);
  try {
    await mkdir(folder, { recursive: true });
    if (!(await createClaim(folder, mine))) {
      const other = await liveClaim(folder, now);
      if (other) throw busy(other);
      // Left by a fetch that died: replaced; a fetch replacing it in the same instant wins, this one is refused.
      await rm(join(folder, OWNER_FILE), { force: true });
      if (!(await createClaim(folder, mine))) throw busy((await liveClaim(folder, now)) ?? { pid: 0, host: 'unknown', startedAt: 'just now' });
    }
    // What a killed fetch left here is never finished.
    for (const name of await readdir(folder)) if (name !== OWNER_FILE) await rm(join(folder, name), { recursive: true, force: true });
    return folder;
  } catch (error) {
    heldHere.delete(folder);
    throw error;
  }
}

/** Creates the claim file; false when one is there already. */
async function createClaim(folder: string, claim: Claim): Promise<boolean> {
  try {
    await writeFile(join(folder, OWNER_FILE), JSON.stringify(claim), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes raw/.salw-partial/ at the end of this fetch (only when the claim in it is still this process's). */
export async function releasePartials(raw: string): Promise<void> {
  const folder = join(raw, PARTIAL_FOLDER);
  if (!heldHere.delete(folder)) return;
  try {
    const claim = JSON.parse(await readFile(join(folder, OWNER_FILE), 'utf8')) as Claim;
    if (claim.pid !== process.pid || claim.host !== hostname()) return;
  } catch {
    // No claim left to check (the folder went already): nothing of another fetch to keep either.
  }
  await rm(folder, { recursive: true, force: true });
}
