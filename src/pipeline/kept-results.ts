import type { DocumentResult } from './process-document.ts';

/**
 * What a run keeps of each document until its summary (RunSummary.documents, the lineage event's inputs):
 * one record of a fixed shape whose strings are shared. A result as `finish` builds it (spread from a base,
 * its kind and country fresh strings from the worker's message) cost about 600 bytes a document, most of
 * it a hidden class of its own (a heap snapshot: one per result); this copy costs about 100, so a run keeps
 * a few megabytes at 20,000 documents, not tens.
 */
export class KeptResults {
  readonly documents: DocumentResult[] = [];
  /** Kinds, countries and re-extraction reasons repeat from document to document: one string each. */
  private readonly shared = new Map<string, string>();

  add(result: DocumentResult): void {
    this.documents.push({
      path: result.path,
      sha256: result.sha256,
      outcome: result.outcome,
      documentId: result.documentId,
      kind: this.share(result.kind) as DocumentResult['kind'],
      countryIso3: this.share(result.countryIso3),
      records: result.records,
      reextracted: result.reextracted,
      // A quarantine's reason names its file (one string a document either way); a re-extraction's repeats.
      reason: result.reextracted ? this.share(result.reason) : result.reason,
    });
  }

  private share(value: string | null): string | null {
    if (value === null) return null;
    const known = this.shared.get(value);
    if (known !== undefined) return known;
    this.shared.set(value, value);
    return value;
  }
}
