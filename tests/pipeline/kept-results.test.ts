import { describe, expect, it } from 'vitest';
import { KeptResults } from '../../src/pipeline/kept-results.ts';
import type { DocumentResult } from '../../src/pipeline/process-document.ts';

const loaded: DocumentResult = {
  path: 'kaz/profile.txt', sha256: 'a'.repeat(64), outcome: 'loaded', documentId: 7, kind: 'amap_profile', countryIso3: 'KAZ', records: 41, reextracted: false, reason: null,
};

describe('the results a run keeps', () => {
  it('keeps each document as it was given, in order, whatever happens to the result afterwards', () => {
    const kept = new KeptResults();
    const quarantined: DocumentResult = { ...loaded, path: 'bad.txt', outcome: 'quarantined', documentId: 8, kind: null, countryIso3: null, records: 0, reason: 'could not read bad.txt: the file is empty' };
    const reextracted: DocumentResult = { ...loaded, path: 'uzb/report.txt', kind: 'poa_report', countryIso3: 'UZB', documentId: 9, reextracted: true, reason: 're-extracted: poa-report@1 -> poa-report@2' };
    for (const result of [loaded, quarantined, reextracted]) kept.add({ ...result });
    expect(kept.documents).toEqual([loaded, quarantined, reextracted]);
  });

  it('holds copies: a result changed after it was added is kept as it was added', () => {
    const kept = new KeptResults();
    const result = { ...loaded };
    kept.add(result);
    result.outcome = 'quarantined';
    result.countryIso3 = 'UZB';
    expect(kept.documents[0]?.outcome).toBe('loaded');
    expect(kept.documents[0]?.countryIso3).toBe('KAZ');
  });
});
