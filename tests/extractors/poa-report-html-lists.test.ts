import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

// Another wording than fresh3's k6: an English report of Ghana whose headings have no numbers and stand
// outside the heading vocabulary, a template as a <dl> with an empty <dd>, counts as bullets under a sentence.
const page = [
  '<!doctype html><html lang="en"><body>',
  '<h1>National Report of Ghana on the Programme of Action</h1>',
  '<p>Date of submission: 2 May 2019</p>',
  '<h2>Our coordinating body</h2>',
  '<p>The Ghana National Commission on Small Arms coordinates the work of 14 agencies.</p>',
  '<h2>Weapons taken out of circulation</h2>',
  '<ul><li>In 2018, the Ghana Police Service seized the following firearms:',
  '<ul><li>Pistols: 210</li><li>Pump-action shotguns: 95</li><li>Rifles: 40</li></ul></li>',
  '<li>Weapons surrendered in 2018: not reported.</li></ul>',
  '<h2>Marking</h2>',
  '<dl><dt>Marking at manufacture:</dt><dd>Local gunsmiths mark each weapon with a serial number.</dd>',
  '<dt>Marking of imported weapons?</dt><dd></dd></dl>',
  '</body></html>',
].join('\n');

describe('poa-report in HTML: headings the format marks, a <dl> template, counts as bullets under their sentence', () => {
  const out = poaReportExtractor.extract(decodeHtmlText(page, 'utf-8', load), { kind: 'poa_report', countryIso3: 'GHA', reportYear: null, language: 'en', sourcePath: 'x.html' });

  it('opens a section at each <h2>, a question at each <dt> whose <dd> answers it (an empty one: NULL)', () => {
    expect(out.sections.map((s) => [s.heading_raw, s.question, s.topic, s.answer])).toEqual([
      ['Our coordinating body', null, null, 'The Ghana National Commission on Small Arms coordinates the work of 14 agencies.'],
      ['Weapons taken out of circulation', null, null, 'In 2018, the Ghana Police Service seized the following firearms:\nPistols: 210\nPump-action shotguns: 95\nRifles: 40\nWeapons surrendered in 2018: not reported.'],
      ['Marking', 'Marking at manufacture:', 'marking', 'Local gunsmiths mark each weapon with a serial number.'],
      ['Marking', 'Marking of imported weapons?', 'marking', null],
    ]);
  });

  it('reads the bullets under the sentence naming year, agency and action as its parts', () => {
    const list = page.replace('Pump-action shotguns: 95', 'Shotguns: 95');
    const read = poaReportExtractor.extract(decodeHtmlText(list, 'utf-8', load), { kind: 'poa_report', countryIso3: 'GHA', reportYear: null, language: 'en', sourcePath: 'x.html' });
    expect(read.count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation])).toEqual([[2018, 'seized', 'police', null, 345, 'no_total']]);
    expect(read.count_statements[0]?.counts.map((c) => [c.category, c.quantity])).toEqual([
      ['pistols', 210],
      ['shotguns', 95],
      ['rifles', 40],
    ]);
  });

  it('reads no statement from bullets one of whose labels is no weapon category: its count could go with the next label', () => {
    expect(out.count_statements).toEqual([]);
  });
});
