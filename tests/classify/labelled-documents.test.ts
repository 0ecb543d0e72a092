import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classificationSet, fixturePositives, judge, type Scores, scores } from '../helpers/labelled-documents.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * The document-kind classifier on labelled documents: profiles and reports must get their kind, and pages
 * of other genres that share their words (news articles, meeting documents, fact sheets, blank forms,
 * listings) none, so no fact is loaded from them. Two parts, reported separately: the development part
 * (the golden fixtures and tests/fixtures/classification/development, development-2 to -9, which
 * the classifier was tuned on; each was written unseen and measured once before, see their READMEs)
 * and the unseen part (tests/fixtures/classification/unseen, written after the classifier was frozen by
 * someone who had not read it). Each part must have precision 1.0 and recall at least 0.95.
 */

const format = (name: string, s: Scores): string =>
  `${name}: ${s.documents} documents (${s.positives} profiles or reports, ${s.negatives} other), precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}` +
  s.wrong.map((w) => `\n  ${w.path}: labelled ${w.labelled}, given ${w.given}: ${w.reason}`).join('');

/**
 * What the classifier got wrong on the unseen part (round 10) when it was first run on it, in the commit that
 * brought the set in: nothing. 30 documents, precision 1.000, recall 1.000. Kept as measured: a change that
 * makes it miss one fails here, and a change tuned on this set makes it a development set, with a new unseen
 * one written after it.
 */
const UNSEEN_MISSES_WHEN_MEASURED: string[] = [];

const UNSEEN = join(REPO_ROOT, 'tests', 'fixtures', 'classification', 'unseen', 'labels.json');

describe('document kinds on labelled documents', () => {
  let development: Scores;
  let unseen: Scores | null = null;

  beforeAll(async () => {
    development = scores(await judge([...fixturePositives(), ...classificationSet('development'), ...classificationSet('development-2'), ...classificationSet('development-3'), ...classificationSet('development-4'), ...classificationSet('development-5'), ...classificationSet('development-6'), ...classificationSet('development-7'), ...classificationSet('development-8'), ...classificationSet('development-9')]));
    if (existsSync(UNSEEN)) unseen = scores(await judge(classificationSet('unseen')));
    console.log(format('development', development));
    if (unseen) console.log(format('unseen', unseen));
  }, 120_000);

  it('development part: at least 180 documents, at least 60 of them no profile or report', () => {
    expect(development.documents).toBeGreaterThanOrEqual(180);
    expect(development.negatives).toBeGreaterThanOrEqual(60);
  });

  it('development part: precision 1.0 and recall 1.0 (every document as labelled)', () => {
    expect(development.wrong).toEqual([]);
  });

  it('unseen part: at least 20 documents, at least 10 of them no profile or report; misses exactly as first measured', () => {
    expect(unseen, 'tests/fixtures/classification/unseen is missing').not.toBeNull();
    if (!unseen) return;
    expect(unseen.documents).toBeGreaterThanOrEqual(20);
    expect(unseen.negatives).toBeGreaterThanOrEqual(10);
    expect(unseen.wrong.map((w) => w.path)).toEqual(UNSEEN_MISSES_WHEN_MEASURED);
    expect({ precision: unseen.precision.toFixed(3), recall: unseen.recall.toFixed(3) }).toEqual({ precision: '1.000', recall: '1.000' });
  });
});
