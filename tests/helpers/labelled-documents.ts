import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classifyKind, type KindDecision } from '../../src/classify/kind.ts';
import { decoderFor, detectFormat } from '../../src/decoders/sniff.ts';
import type { DocumentKind } from '../../src/model/kinds.ts';
import { REPO_ROOT } from './tmp.ts';

/**
 * Documents labelled with the kind the classifier must give them (null: no profile or report, nothing may
 * be loaded from it), and the classifier's precision and recall on them. Positives come from the golden
 * sets (their expected document kind) and the per-kind fixture folders; the classification sets
 * (tests/fixtures/classification/<set>/labels.json) add negatives and hard positives.
 */

export interface Labelled {
  path: string;
  kind: DocumentKind | null;
}

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');
const DOCUMENT = /\.(?:txt|html?|pdf)$/iu;

/** A classification set's documents and labels (tests/fixtures/classification/<set>/). */
export function classificationSet(set: string): Labelled[] {
  const dir = join(FIXTURES, 'classification', set);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { file: string; kind: DocumentKind | null }[];
  return labels.map((l) => ({ path: join(dir, 'docs', l.file), kind: l.kind }));
}

/** The golden sets' documents with their expected kind, and the per-kind fixture folders' documents. */
export function fixturePositives(): Labelled[] {
  const out: Labelled[] = [];
  for (const set of ['devset', 'devset-local', 'portuguese']) {
    for (const file of readdirSync(join(FIXTURES, set, 'docs')).filter((f) => DOCUMENT.test(f))) {
      const expected = join(FIXTURES, set, 'expected', `${file.replace(DOCUMENT, '')}.json`);
      if (!existsSync(expected)) continue;
      const kind = (JSON.parse(readFileSync(expected, 'utf8')) as { document: { kind: DocumentKind | null } }).document.kind;
      out.push({ path: join(FIXTURES, set, 'docs', file), kind });
    }
  }
  for (const kind of ['amap_profile', 'poa_profile', 'poa_report'] as const) {
    for (const file of readdirSync(join(FIXTURES, kind)).filter((f) => DOCUMENT.test(f))) out.push({ path: join(FIXTURES, kind, file), kind });
  }
  return out;
}

export interface Judged extends Labelled {
  decision: KindDecision;
}

export async function judge(documents: readonly Labelled[]): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const doc of documents) {
    const bytes = new Uint8Array(readFileSync(doc.path));
    const model = await decoderFor(detectFormat(bytes)).decode(bytes, { sourcePath: basename(doc.path) });
    out.push({ ...doc, decision: classifyKind(model) });
  }
  return out;
}

export interface Scores {
  documents: number;
  positives: number;
  negatives: number;
  /** Of the kinds given, the share that are right. */
  precision: number;
  /** Of the documents that have a kind, the share given it. */
  recall: number;
  wrong: { path: string; labelled: DocumentKind | null; given: DocumentKind | null; reason: string }[];
}

export function scores(judged: readonly Judged[]): Scores {
  const given = judged.filter((j) => j.decision.kind !== null);
  const right = given.filter((j) => j.decision.kind === j.kind);
  const positives = judged.filter((j) => j.kind !== null);
  return {
    documents: judged.length,
    positives: positives.length,
    negatives: judged.length - positives.length,
    precision: given.length === 0 ? 1 : right.length / given.length,
    recall: positives.length === 0 ? 1 : positives.filter((j) => j.decision.kind === j.kind).length / positives.length,
    wrong: judged.filter((j) => j.decision.kind !== j.kind).map((j) => ({ path: j.path.slice(FIXTURES.length + 1), labelled: j.kind, given: j.decision.kind, reason: j.decision.reason })),
  };
}
