import { readFile } from 'node:fs/promises';
import { classify } from '../classify/document.ts';
import { decoderFor, detectFormat } from '../decoders/sniff.ts';
import type { DocumentKind } from '../model/kinds.ts';
import { retrievedAt, sidecarChanged } from '../model/raw-file.ts';
import { codeVersionsFor } from '../pipeline/code-version.ts';
import { knownHashes } from '../pipeline/known-hashes.ts';
import { extractorFor } from '../pipeline/definition.ts';
import { expectedExtractor, processingOrder, type RunOptions } from '../pipeline/run.ts';
import { discoverRawFolder, type FolderEntry } from '../sources/discover.ts';
import { logicalKey } from '../warehouse/loader.ts';
import { removalRefusal as removalRefusalFor } from '../warehouse/removal.ts';
import { DEFAULT_REMOVAL_LIMITS } from '../warehouse/removal-limits.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';
import { openWarehouseToRead } from './open-warehouse.ts';

/**
 * `run --dry-run`: what a run would do, decided the way the run decides, and nothing written. The
 * warehouse, SQLite or PostgreSQL, is opened read-only (or not at all when it does not exist yet: no file, an
 * empty schema), and read through kysely, so the plan is the same on both. Only files whose bytes the
 * warehouse does not know are decoded and classified (their kind and country decide which pipeline takes
 * them and which current document they would supersede); nothing is extracted.
 */

export type PlannedAction = 'load' | 'reextract' | 'unchanged' | 'skip' | 'quarantine' | 'other_pipeline';

export interface PlannedDocument {
  path: string;
  action: PlannedAction;
  /** 'new' or 'changed' for loads; the extractor change for re-extractions; why for the rest. */
  reason: string;
  kind: DocumentKind | null;
  countryIso3: string | null;
  /** Documents this load would mark superseded. */
  supersedes: { documentId: number; path: string }[];
}

export interface RunPlan {
  documents: PlannedDocument[];
  /** Documents whose file left the raw folder: they would be marked removed. */
  removed: { documentId: number; path: string }[];
  /** Whether a warehouse existed to compare with. */
  warehouseExists: boolean;
  /** Entries of the raw folder that would not become documents (hidden, refused, unreadable), with the reason. */
  entries: FolderEntry[];
  /** Why the run would refuse the removals (the removal guard), or null. */
  removalRefusal: string | null;
}

export type PlanOptions = Pick<RunOptions, 'rawDir' | 'warehousePath' | 'pipelines' | 'allPipelines' | 'fullRefresh' | 'rehash' | 'only' | 'codeVersions' | 'removalLimits'>;

interface CurrentDoc {
  document_id: number;
  source_path: string;
  logical_key: string | null;
  status: string;
  retrieved_at: string | null;
  file_mtime: string | null;
  kind: DocumentKind | null;
}

export async function planRun(options: PlanOptions): Promise<RunPlan> {
  const warehouse = await openWarehouseToRead(options.warehousePath);
  try {
    return await plan(options, warehouse);
  } finally {
    await warehouse?.close();
  }
}

async function plan(options: PlanOptions, warehouse: RunWarehouse | null): Promise<RunPlan> {
  const knownHash = warehouse ? await knownHashes(warehouse, { rehash: options.rehash === true || options.fullRefresh === true }) : undefined;
  const discovered = await discoverRawFolder(options.rawDir, { only: options.only ?? [], ...(knownHash ? { knownHash } : {}) });
  const files = processingOrder(discovered.files);
  const runsAll = options.pipelines.length === options.allPipelines.length;
  const db = warehouse?.db ?? null;
  // The documents a load could supersede, updated as the plan goes so two new versions in one run interact.
  const live: CurrentDoc[] = db
    ? await db.selectFrom('documents').select(['document_id', 'source_path', 'logical_key', 'status', 'retrieved_at', 'file_mtime', 'kind'])
      .where('status', 'in', ['loaded', 'quarantined', 'skipped']).orderBy('document_id').execute()
    : [];
  let planned = -1;
  const documents: PlannedDocument[] = [];

  for (const file of files) {
    const base = { path: file.path, kind: null, countryIso3: null, supersedes: [] };
    const known = db
      ? await db.selectFrom('documents').select(['document_id', 'kind', 'country_iso3', 'extractor', 'meta_json']).where('source_path', '=', file.path)
        .where('sha256', '=', file.sha256).where('status', '!=', 'removed').orderBy('document_id', 'desc').executeTakeFirst()
      : undefined;
    if (known) {
      const selected = known.kind === null || options.pipelines.some((p) => p.kinds.includes(known.kind as DocumentKind));
      const docBase = { ...base, kind: known.kind, countryIso3: known.country_iso3 };
      const expected = expectedExtractor(options.allPipelines, known.kind, codeVersionsFor(options));
      if (!selected) documents.push({ ...docBase, action: 'other_pipeline', reason: 'not a document of the selected pipelines' });
      else if (options.fullRefresh) documents.push({ ...docBase, action: 'reextract', reason: 'full refresh' });
      else if (sidecarChanged(file, known.meta_json)) documents.push({ ...docBase, action: 'reextract', reason: 'its sidecar changed' });
      else if (known.extractor !== expected) documents.push({ ...docBase, action: 'reextract', reason: `re-extracted: ${known.extractor ?? 'unknown'} -> ${expected}` });
      else documents.push({ ...docBase, action: 'unchanged', reason: 'unchanged since the last run' });
      continue;
    }

    const changed = live.some((d) => d.source_path === file.path);
    let classified: ReturnType<typeof classify>;
    try {
      const bytes = new Uint8Array(await readFile(file.absPath));
      if (bytes.length === 0) throw new Error('the file is empty (0 bytes)');
      const model = await decoderFor(detectFormat(bytes)).decode(bytes, { sourcePath: file.path });
      if (model.lines.every((line) => line.trim() === '')) throw new Error('the document holds no text (only whitespace)');
      classified = classify(file, model);
    } catch (error) {
      documents.push({ ...base, action: 'quarantine', reason: `could not read ${file.path}: ${(error as Error).message}` });
      continue;
    }
    const { kind, countryIso3 } = classified;
    if (!kind) {
      documents.push({ ...base, countryIso3, action: 'skip', reason: classified.kindReason });
      continue;
    }
    const chosen = extractorFor(options.allPipelines, kind);
    if (!chosen) {
      documents.push({ ...base, kind, countryIso3, action: 'skip', reason: `no pipeline extracts ${kind} documents` });
      continue;
    }
    if (!options.pipelines.includes(chosen.pipeline)) {
      documents.push({ ...base, kind, countryIso3, action: 'other_pipeline', reason: `a ${chosen.pipeline.name} document; that pipeline is not part of this run` });
      continue;
    }

    // As the loader decides: the current version of the same logical document (and whatever sits at this
    // path) is superseded, unless the current one was retrieved later, in which case this one is stored superseded.
    const key = logicalKey(kind, countryIso3, file);
    const mine = retrievedAt(file);
    const current = live.filter((d) => d.logical_key === key && d.status === 'loaded');
    const newer = current.find((d) => d.source_path !== file.path && (d.retrieved_at ?? d.file_mtime ?? '') > mine);
    const supersedes = newer
      ? []
      : live.filter((d) => (d.logical_key === key && d.status === 'loaded') || d.source_path === file.path).map((d) => ({ documentId: d.document_id, path: d.source_path }));
    const reason = newer ? `${changed ? 'changed' : 'new'}; stored superseded: a later retrieval (${newer.source_path}) is current` : changed ? 'changed' : 'new';
    documents.push({ ...base, kind, countryIso3, action: 'load', reason, supersedes });
    const gone = new Set(supersedes.map((s) => s.documentId));
    for (let i = live.length - 1; i >= 0; i--) if (gone.has(live[i]?.document_id ?? 0)) live.splice(i, 1);
    if (!newer) live.push({ document_id: planned--, source_path: file.path, logical_key: key, status: 'loaded', retrieved_at: file.meta?.retrieved_at ?? null, file_mtime: file.mtime, kind });
  }

  const removed: RunPlan['removed'] = [];
  let current = 0;
  if (db && (options.only ?? []).length === 0) {
    const present = new Set(files.map((f) => f.path));
    const kinds = runsAll ? null : options.pipelines.flatMap((p) => p.kinds);
    const candidates = (await db.selectFrom('documents').select(['document_id', 'source_path', 'kind'])
      .where('status', 'in', ['loaded', 'quarantined', 'skipped']).orderBy('document_id').execute()).filter((d) => kinds === null || kinds.includes(d.kind as DocumentKind));
    current = candidates.length;
    for (const d of candidates) if (!present.has(d.source_path)) removed.push({ documentId: d.document_id, path: d.source_path });
  }
  const removalRefusal = removalRefusalFor(removed.length, current, discovered.files.length, false, { ...DEFAULT_REMOVAL_LIMITS, ...options.removalLimits });
  return { documents, removed, warehouseExists: warehouse !== null, entries: discovered.entries, removalRefusal };
}

/** What `run --dry-run` prints: one line per document that would change, then the counts. */
export function formatPlan(plan: RunPlan): string {
  const count = (action: PlannedAction) => plan.documents.filter((d) => d.action === action).length;
  const lines = ['dry run: nothing was written'];
  for (const d of plan.documents) {
    if (d.action === 'unchanged') continue;
    const what = { load: 'would load', reextract: 'would re-extract', skip: 'would skip', quarantine: 'would quarantine', other_pipeline: 'not this run', unchanged: '' }[d.action];
    lines.push(`  ${what}: ${d.path}${d.kind ? ` (${d.kind}${d.countryIso3 ? `, ${d.countryIso3}` : ''})` : ''}: ${d.reason}`);
    for (const s of d.supersedes) lines.push(`    would supersede document ${s.documentId} (${s.path})`);
  }
  for (const e of plan.entries) lines.push(`  would not take ${e.path} (${e.outcome}): ${e.reason}`);
  if (plan.removalRefusal) lines.push(`  would refuse to remove ${plan.removed.length} document(s): ${plan.removalRefusal}`);
  else for (const r of plan.removed) lines.push(`  would mark removed: document ${r.documentId} (${r.path}): its file left the raw folder`);
  const superseded = plan.documents.reduce((n, d) => n + d.supersedes.length, 0);
  lines.push(
    `documents: ${plan.documents.length} seen, ${count('load')} to load, ${count('reextract')} to re-extract, ${superseded} to supersede, ` +
      `${count('unchanged')} skipped (unchanged), ${count('skip')} skipped (unknown kind), ${count('quarantine')} to quarantine, ${plan.removalRefusal ? 0 : plan.removed.length} to remove`,
  );
  return lines.join('\n');
}
