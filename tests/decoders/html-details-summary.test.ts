import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

/** A `<details>` disclosure is a collapsible section: its `<summary>` is the section's heading, open or closed. */
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Ghana</title></head><body><main>${body}</main></body></html>`;

describe('<details>/<summary> sections', () => {
  it('decodes a summary as a heading one level below the heading above it', () => {
    const doc = decodeHtmlText(page('<h1>Ghana</h1><h2>Themes</h2><details open><summary>Marking</summary><p>All arms are marked.</p></details><details><summary><b>Stockpile</b> management</summary><p>Depots are audited.</p></details>'), 'utf-8', load);
    expect(doc.blocks.map((b) => [b.kind, b.kind === 'heading' ? (b.level ?? null) : null, b.text])).toEqual([
      ['heading', 1, 'Ghana'],
      ['heading', 2, 'Themes'],
      ['heading', 3, 'Marking'],
      ['paragraph', null, 'All arms are marked.'],
      ['heading', 3, 'Stockpile management'],
      ['paragraph', null, 'Depots are audited.'],
    ]);
  });

  it('a summary with no heading above it is level 2', () => {
    const doc = decodeHtmlText(page('<details><summary>Marking</summary><p>x</p></details>'), 'utf-8', load);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 2, text: 'Marking' });
  });

  it('a PoA page whose thematic sections are disclosures of attributed paragraphs loads one section per paragraph group', () => {
    const html = page([
      '<h1>Ghana</h1><h2>National Reports</h2><ul><li><a href="/r/2020.pdf">2020</a> <span class="lang">English</span></li></ul>',
      '<details open><summary>Collection and destruction</summary>',
      '<p>In 2019, the police seized 310 firearms in Accra. (National Report, 2020)</p>',
      '<p>In 2016, the Ghana Armed Forces destroyed 1,200 weapons. (National Report, 2016)</p></details>',
      '<details><summary>Public awareness</summary><p>Radio spots ran in 2019. (National Report, 2020)</p></details>',
      '<details><summary>Latest news</summary><p>A new website. (National Report, 2020)</p></details>',
    ].join('\n'));
    const out = poaProfileExtractor.extract(decodeHtmlText(html, 'utf-8', load), { kind: 'poa_profile', countryIso3: 'GHA', reportYear: null, language: null, sourcePath: 'x.html' });
    expect(out.report_submissions.map((r) => [r.report_year, r.language])).toEqual([[2020, 'en']]);
    expect(out.sections.map((s) => [s.topic, s.heading_raw, s.source_report_year])).toEqual([
      ['collection_destruction', 'Collection and destruction', 2020],
      ['collection_destruction', 'Collection and destruction', 2016],
      ['public_awareness', 'Public awareness', 2020],
    ]);
    expect(out.count_statements.map((c) => [c.year, c.action, c.total, c.agency])).toEqual([
      [2019, 'seized', 310, 'police'],
      [2016, 'destroyed', 1200, 'defence'],
    ]);
  });
});
