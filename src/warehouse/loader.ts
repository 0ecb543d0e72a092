import { faultPoint } from '../model/fault-points.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DocumentFormat } from '../model/document.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { Extraction, FactTable, IssueDraft, Lineage, ReportYearBasis, Severity } from '../model/records.ts';
import { type RawFile, retrievedAt, sidecarAsStored } from '../model/raw-file.ts';
import type { FactStore, IssueRow } from './fact-store.ts';
import { deleteDocumentFacts, FactWriter } from './fact-writer.ts';
import type { RunWarehouse } from './run-warehouse.ts';
import type { DocumentStatus, WarehouseDatabase } from './schema.ts';

/**
 * Writes one document (its version row, its facts with lineage, its quality issues) in one transaction:
 * a document loads all or nothing, and a killed run leaves the warehouse as it was before it.
 */

type Db = Kysely<WarehouseDatabase> | Transaction<WarehouseDatabase>;

/** What the pipeline knows about a document version, whatever became of it. */
export interface DocumentVersion {
  file: RawFile;
  format: DocumentFormat | null;
  encoding: string | null;
  pageCount: number | null;
  kind: DocumentKind | null;
  /** How sure the classification from the content is (0-1), and the signs it used (classify/kind.ts). */
  kindConfidence: number | null;
  kindSigns: string | null;
  countryIso3: string | null;
  title: string | null;
  reportYear: number | null;
  /** Where the report year was read (records.ts ReportYearBasis); NULL without a year. */
  reportYearBasis: ReportYearBasis | null;
  language: string | null;
  dateRaw: string | null;
  dateIso: string | null;
  documentCode: string | null;
  /** `name@<digest>` of the extractor (or `classifier@<digest>` for documents no extractor took): see pipeline/code-digest.ts. */
  extractor: string;
  /**
   * True when the file's bytes were not those its stat stood for (it changed while the run read it): no
   * modification time is stored, so the next run hashes the file instead of trusting its stat (known-hashes.ts).
   */
  fileStatUntrusted?: boolean;
}

export interface LoadOutcome {
  documentId: number;
  /** 'loaded' normally; 'superseded' when a newer retrieval of the same logical document is already current. */
  status: DocumentStatus;
  recordsLoaded: number;
  /** Document ids this version superseded. */
  superseded: number[];
  /** True when the same bytes were extracted again (new extractor version or --full-refresh). */
  reextracted: boolean;
}

/** The logical document a file is a version of: same kind, country and source (URL, else path). */
export function logicalKey(kind: DocumentKind | null, countryIso3: string | null, file: RawFile): string {
  return `${kind ?? 'unknown'}|${countryIso3 ?? '?'}|${file.meta?.source_url ?? file.path}`;
}

function now(): string {
  return new Date().toISOString();
}

function documentColumns(version: DocumentVersion, runId: number) {
  return {
    source_path: version.file.path,
    sha256: version.file.sha256,
    size_bytes: version.file.sizeBytes,
    format: version.format,
    encoding: version.encoding,
    page_count: version.pageCount,
    kind: version.kind,
    kind_confidence: version.kindConfidence,
    kind_signs: version.kindSigns,
    country_iso3: version.countryIso3,
    title: version.title,
    report_year: version.reportYear,
    report_year_basis: version.reportYearBasis,
    language: version.language,
    date_raw: version.dateRaw,
    date_iso: version.dateIso,
    document_code: version.documentCode,
    source_url: version.file.meta?.source_url ?? null,
    retrieved_at: version.file.meta?.retrieved_at ?? null,
    file_mtime: version.fileStatUntrusted ? null : version.file.mtime,
    meta_json: sidecarAsStored(version.file),
    sidecar_size: version.file.sidecar?.sizeBytes ?? null,
    sidecar_mtime: version.file.sidecar?.mtime ?? null,
    extractor: version.extractor,
    last_run_id: runId,
    loaded_at: now(),
  };
}

/** The row of these exact bytes at this path, if the warehouse has it (removed versions aside). */
export async function findSameVersion(db: Db, file: RawFile) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('source_path', '=', file.path)
    .where('sha256', '=', file.sha256)
    .where('status', '!=', 'removed')
    .orderBy('document_id', 'desc')
    .executeTakeFirst();
}

function lineage(record: Lineage, documentId: number, runId: number, extractor: string) {
  return {
    document_id: documentId,
    run_id: runId,
    extractor,
    line_start: record.line_start,
    line_end: record.line_end,
    page: record.page,
    source_text: record.source_text,
  };
}

const bit = (value: boolean): number => (value ? 1 : 0);

/**
 * Writes every fact of `extraction` through `writer` (which keeps the ids of facts already known for the
 * logical document); returns the ids per table (index-aligned with the records) and the count.
 */
async function insertFacts(
  writer: FactWriter,
  extraction: Extraction,
  documentId: number,
  runId: number,
  extractor: string,
  country: string | null,
): Promise<{ ids: Record<FactTable, number[]>; count: number }> {
  const ids: Record<FactTable, number[]> = {
    explosions: [], diversions: [], tallies: [], sections: [], citations: [], count_statements: [], weapon_counts: [],
    report_submissions: [], meeting_statements: [],
  };
  const at = (record: Lineage) => lineage(record, documentId, runId, extractor);
  const write = async (table: FactTable, record: Lineage, values: Record<string, string | number | null>) => {
    const id = await writer.write(table, { ...at(record), ...values }, record.steps);
    ids[table].push(id);
    return id;
  };

  for (const s of extraction.sections) {
    await write('sections', s, {
      country_iso3: country, topic: s.topic, heading_raw: s.heading_raw, question: s.question, source_tag: s.source_tag,
      answer: s.answer, source_report_year: s.source_report_year, source_date_raw: s.source_date_raw, source_date_iso: s.source_date_iso,
    });
  }
  for (const c of extraction.citations) {
    await write('citations', c, {
      section_id: c.section_index === null ? null : (ids.sections[c.section_index] ?? null), ref: c.ref,
      ref_inferred: bit(c.ref_inferred), text: c.text, url: c.url, accessed_on: c.accessed_on,
    });
  }
  for (const e of extraction.explosions) {
    await write('explosions', e, {
      country_iso3: country, year: e.year, location: e.location, owner_raw: e.owner_raw, owner_type: e.owner_type,
      owner_sector: e.owner_sector, deaths: e.deaths, injuries: e.injuries, row_number: e.row_number, table_caption: e.table_caption,
    });
  }
  for (const d of extraction.diversions) {
    await write('diversions', d, {
      country_iso3: country, year: d.year, location: d.location, description: d.description, quantity: d.quantity,
      quantity_approx: d.quantity_approx, quantity_qualifier: d.quantity_qualifier,
      row_number: d.row_number, table_caption: d.table_caption,
    });
  }
  for (const t of extraction.tallies) {
    await write('tallies', t, {
      country_iso3: country, topic: t.topic, period_start: t.period_start, period_end: t.period_end,
      reported_count: t.reported_count, reported_raw: t.reported_raw,
    });
  }
  for (const s of extraction.count_statements) {
    const statementId = await write('count_statements', s, {
      country_iso3: country, year: s.year, year_basis: s.year_basis, action: s.action, action_raw: s.action_raw,
      agency: s.agency, agency_raw: s.agency_raw, total: s.total, components_sum: s.components_sum,
      reconciliation: s.reconciliation, reported_in: s.reported_in,
    });
    for (const c of s.counts) {
      await write('weapon_counts', c, {
        statement_id: statementId, country_iso3: country, year: s.year, year_basis: s.year_basis,
        action: s.action, agency: s.agency, category: c.category, category_raw: c.category_raw,
        parent_category: c.parent_category, quantity: c.quantity, is_total: bit(c.is_total), approx: bit(c.approx),
        approx_qualifier: c.approx_qualifier, reported_in: s.reported_in,
      });
    }
  }
  for (const r of extraction.report_submissions) {
    await write('report_submissions', r, {
      country_iso3: country, report_year: r.report_year, language: r.language, language_raw: r.language_raw,
    });
  }
  for (const m of extraction.meeting_statements) {
    await write('meeting_statements', m, {
      country_iso3: country, year: m.year, meeting: m.meeting, has_text: bit(m.has_text), text: m.text,
    });
  }
  await writer.finish();
  await faultPoint('in-transaction');
  const count = Object.values(ids).reduce((sum, list) => sum + list.length, 0);
  return { ids, count };
}

export async function insertIssues(
  store: FactStore,
  runId: number,
  documentId: number | null,
  issues: readonly IssueDraft[],
  ids?: Record<FactTable, number[]>,
): Promise<void> {
  await store.insertIssues(issues.map((issue): IssueRow => ({
    run_id: runId,
    document_id: documentId,
    severity: issue.severity,
    rule: issue.rule,
    message: issue.message,
    table_name: issue.record?.table ?? null,
    record_id: issue.record && ids ? (ids[issue.record.table][issue.record.index] ?? null) : null,
    line_start: issue.line_start ?? null,
  })));
}

/**
 * Loads an extracted document version. Handles the three cases of re-running:
 * - the same bytes at the same path again (new extractor version, or --full-refresh): facts replaced in place;
 * - a new version of a logical document: the current version is superseded (facts kept, for history),
 *   unless this file was retrieved earlier than the current one, in which case this one is stored superseded;
 * - a new logical document: inserted as loaded.
 */
export async function loadDocument(
  warehouse: Pick<RunWarehouse, 'statements'>,
  runId: number,
  version: DocumentVersion,
  extraction: Extraction,
): Promise<LoadOutcome> {
  const key = logicalKey(version.kind, version.countryIso3, version.file);
  // The store's statements run inside the transaction: a rollback takes them back too.
  return warehouse.statements.documentTransaction(key, async (trx, store) => {
    const same = await findSameVersion(trx, version.file);
    let documentId: number;
    let status: DocumentStatus = 'loaded';
    const superseded: number[] = [];
    let reextracted = false;

    if (same) {
      reextracted = true;
      documentId = same.document_id;
      status = same.status === 'superseded' ? 'superseded' : 'loaded';
      // Facts are reconciled by fact_key below (kept ids); the issues are the new extraction's.
      await store.deleteIssuesOf(documentId);
      await trx.updateTable('documents').set({
        ...documentColumns(version, runId), logical_key: key, status, status_reason: null,
      }).where('document_id', '=', documentId).execute();
    } else {
      const current = await trx.selectFrom('documents').selectAll().where('logical_key', '=', key).where('status', '=', 'loaded').execute();
      const atSamePath = await trx.selectFrom('documents').select(['document_id']).where('source_path', '=', version.file.path)
        .where('status', 'in', ['loaded', 'quarantined', 'skipped']).execute();
      const previousVersion = await trx.selectFrom('documents').select((eb) => eb.fn.max('version').as('v')).where('logical_key', '=', key).executeTakeFirst();
      const mine = retrievedAt(version.file);
      const newer = current.find((doc) => doc.source_path !== version.file.path && (doc.retrieved_at ?? doc.file_mtime ?? '') > mine);
      if (newer) status = 'superseded';
      const inserted = await trx.insertInto('documents').values({
        ...documentColumns(version, runId), logical_key: key, version: Number(previousVersion?.v ?? 0) + 1, status,
        status_reason: newer ? `a later retrieval of the same document (${newer.source_path}) is current` : null,
        superseded_by: newer?.document_id ?? null, first_run_id: runId,
      }).returning('document_id').executeTakeFirstOrThrow();
      documentId = inserted.document_id;
      if (!newer) {
        const toSupersede = [...new Set([...current.map((d) => d.document_id), ...atSamePath.map((d) => d.document_id)])];
        for (const id of toSupersede) {
          await trx.updateTable('documents').set({ status: 'superseded', superseded_by: documentId, last_run_id: runId })
            .where('document_id', '=', id).execute();
          superseded.push(id);
        }
      }
    }

    const writer = new FactWriter(store, documentId, key, runId, status === 'loaded');
    await writer.prepare();
    const { ids, count } = await insertFacts(writer, extraction, documentId, runId, version.extractor, version.countryIso3);
    await insertIssues(store, runId, documentId, extraction.issues, ids);
    return { documentId, status, recordsLoaded: count, superseded, reextracted };
  });
}

/**
 * Records a document that was not loaded: quarantined (unreadable, with the reason) or skipped
 * (unknown kind). The issue says what a person can do about it.
 */
export async function recordUnloaded(
  warehouse: Pick<RunWarehouse, 'statements'>,
  runId: number,
  version: DocumentVersion,
  status: 'quarantined' | 'skipped',
  reason: string,
  issue: { severity: Severity; rule: string; line_start?: number | null },
): Promise<number> {
  return warehouse.statements.documentTransaction(null, async (trx, store) => {
    const same = await findSameVersion(trx, version.file);
    let documentId: number;
    if (same) {
      documentId = same.document_id;
      await deleteDocumentFacts(store, documentId);
      await store.deleteIssuesOf(documentId);
      await trx.updateTable('documents').set({ ...documentColumns(version, runId), status, status_reason: reason })
        .where('document_id', '=', documentId).execute();
    } else {
      // A new unreadable version of a path does not supersede a readable older one: analysts keep the old facts,
      // and the quarantine issue says the file changed and could not be read.
      const inserted = await trx.insertInto('documents').values({
        ...documentColumns(version, runId), logical_key: null, version: 1, status, status_reason: reason,
        superseded_by: null, first_run_id: runId,
      }).returning('document_id').executeTakeFirstOrThrow();
      documentId = inserted.document_id;
    }
    await insertIssues(store, runId, documentId, [{ severity: issue.severity, rule: issue.rule, message: reason, line_start: issue.line_start ?? null }]);
    return documentId;
  });
}

/** Marks documents whose files are gone from raw/ as removed (facts kept for history, out of current views). */
export async function markRemoved(db: Kysely<WarehouseDatabase>, runId: number, gone: readonly { document_id: number; source_path: string }[]): Promise<number[]> {
  if (gone.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const doc of gone) {
      await trx.updateTable('documents').set({ status: 'removed', status_reason: `file ${doc.source_path} is no longer in the raw folder`, last_run_id: runId })
        .where('document_id', '=', doc.document_id).execute();
    }
  });
  return gone.map((d) => d.document_id);
}
