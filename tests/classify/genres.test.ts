import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/** Pages that share a profile's or a report's words but are of another genre get no kind, and say why. */
const decide = (text: string) => classifyKind(decodePlainText(text, 'utf-8'));

const PROFILE_WORDS = [
  'Accidental explosions',
  'The Small Arms Survey records unplanned explosions at munitions sites (UEMS); two accidental explosions were reported.',
  '| Year | Location | Deaths |',
  '| 2011 | Arsenal | 3 |',
  'Diversion',
  'No case of diversion was reported.',
];

describe('genres that share the family words', () => {
  it('a news article quoting a profile (a byline, a publication date) is no profile', () => {
    const decision = decide(['Depot fire kills three', 'By Jane Ochieng in Nairobi', 'Published 3 August 2025', '', ...PROFILE_WORDS, 'Read more'].join('\n'));
    expect(decision.kind).toBeNull();
    expect(decision.reason).toMatch(/^not a profile or report: it shows the signs of news \(byline, published, subscribe\)/u);
    expect(decision.signs).toMatch(/news 4 \(byline, published, subscribe\)$/u);
  });

  it('a blog post quoting a profile (posted by, reading time, comments) is no profile', () => {
    const post = ['Why the depots keep exploding', 'Posted by Amina Diallo on 4 May 2024 · 5 min read', 'The new ammunition management country profile for Albania counts two accidental explosions:',
      '| Year | Location | Deaths |', '| 2011 | Arsenal | 3 |', 'In my view the lesson is not technical.', '2 comments', 'Great post.'];
    const decision = decide(post.join('\n'));
    expect(decision.kind).toBeNull();
    expect(decision.signs).toMatch(/news 3 \(postedBy, readingTime, comments\)$/u);
    // Without the blog's furniture the same quotation reads as the profile it quotes: the signs decide, not the words quoted.
    expect(decide(post.filter((line) => !/Posted by|comments/u.test(line)).join('\n')).kind).toBe('amap_profile');
  });

  it('the same words without a byline are a profile, with the signs and a confidence', () => {
    const decision = decide(['Albania: ammunition management country profile', '', ...PROFILE_WORDS].join('\n'));
    expect(decision).toMatchObject({ kind: 'amap_profile', confidence: 1 });
    expect(decision.signs).toMatch(/^amap_profile \d+ \(/u);
  });

  it('"by the police" at a line start is no byline', () => {
    expect(decide(['Albania: ammunition management country profile', '', ...PROFILE_WORDS, 'By the police of the district, 40 rifles were seized.'].join('\n')).kind).toBe('amap_profile');
  });

  it('a reporting form nobody filled is no report; one filled in (ticked boxes) is', () => {
    const form = (answer: string) =>
      ['NATIONAL REPORT OF GHANA ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION', 'Date of submission: ______', 'Reporting period: ______',
        `1. National coordination agency ${answer}`, `2. Marking ${answer}`, `3. Record keeping ${answer}`, `4. Stockpile management ${answer}`].join('\n');
    expect(decide(form('☐ Yes ☐ No'))).toMatchObject({ kind: null, reason: expect.stringMatching(/signs of blank form \(6 fill-in fields left blank, 0 filled\)/u) });
    expect(decide(form('☒ Yes ☐ No')).kind).toBe('poa_report');
  });

  it('a page that names no state is no profile or report (a terminology note, a template guide), unless the path or a sidecar names one', () => {
    const text = ['NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION: TERMS', 'Terms that recur in national reports and their equivalents.',
      'national report | rapport national | informe nacional', 'stockpile management | gestion des stocks | gestión de existencias',
      '1. National coordination agency', '2. Marking', '3. Record keeping', '4. Stockpile management'].join('\n');
    const model = decodePlainText(text, 'utf-8');
    expect(classifyKind(model)).toMatchObject({ kind: null, reason: expect.stringMatching(/^not a profile or report: it names no state, and a profile or report is one state's \(poa_report \d+/u) });
    expect(classifyKind(model, [], { countryGiven: true }).kind).toBe('poa_report');
  });

  it("an NGO's fact sheet on one country (key facts, a figures table, donate) is no report, even with a row on national reports", () => {
    const decision = decide(['Fact sheet: Togo - small arms and armed violence', 'Key facts', 'Weapons seized by the police (reported) | 1 870 | 2023',
      'National reports on the UN Programme of Action | 5 | 2003-2022', 'Togo submitted its national report in 2022.', 'What we are asking for', 'Publish seizure data every year.', 'Donate'].join('\n'));
    expect(decision.kind).toBeNull();
    expect(decision.signs).toMatch(/advocacy 4 \(factSheet, donate, asks\)/u);
  });

  it('"National reports on ..." (plural) is no report\'s title; "National report of Togo" is', () => {
    const signs = (title: string) => decide([title, 'Togo'].join('\n')).signs;
    expect(signs('National reports on the implementation of the Programme of Action')).not.toMatch(/reportTitle/u);
    expect(signs('National report of Togo on the implementation of the Programme of Action')).toMatch(/poa_report \d+ \(reportTitle, programmeOfAction\)/u);
  });

  it('a page naming many countries and none in particular is a listing', () => {
    const names = ['Albania', 'Benin', 'Burkina Faso', 'Ghana', 'Kenya', 'Mali', 'Niger', 'Peru', 'Serbia', 'Togo', 'Uganda', 'Zambia'];
    const decision = decide(['Ammunition management country profiles', 'A-MAP', 'Accidental explosions and diversion, country by country:', ...names].join('\n'));
    expect(decision.kind).toBeNull();
    expect(decision.signs).toMatch(/listing 3 \(12 countries, none over 30% of the mentions\)/u);
  });
});

describe('what the documents table keeps of a classification', () => {
  const ws = makeWorkspace('kind-signs');
  afterAll(() => ws.cleanup());

  it('the kind confidence and the signs, for a loaded profile and a skipped article', async () => {
    copyFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(ws.raw, 'profile.txt'));
    writeFileSync(join(ws.raw, 'article.txt'), ['Depot fire kills three', 'By Jane Ochieng in Nairobi', 'Published 3 August 2025', '', ...PROFILE_WORDS].join('\n'));
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    const db = new Database(ws.warehouse, { readonly: true });
    const rows = db.prepare('SELECT source_path, status, kind, kind_confidence, kind_signs FROM documents ORDER BY source_path').all() as Record<string, unknown>[];
    db.close();
    expect(rows.map((r) => [r.source_path, r.status, r.kind, r.kind_confidence])).toEqual([['article.txt', 'skipped', null, null], ['profile.txt', 'loaded', 'amap_profile', 1]]);
    expect(rows[0]?.kind_signs).toMatch(/news 3 \(byline, published\)/u);
    expect(rows[1]?.kind_signs).toMatch(/^amap_profile \d+ \(.*explosionsHeading/u);
  });
});
