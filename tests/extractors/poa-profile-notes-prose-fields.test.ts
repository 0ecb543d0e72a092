import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

const ctx = { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page' } as const;
const fromText = (lines: string[]) => poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), ctx);
const fromHtml = (body: string, lang = 'en') =>
  poaProfileExtractor.extract(decodeHtmlText(`<!DOCTYPE html><html lang="${lang}"><body><main>${body}</main></body></html>`, 'utf-8', load), ctx);
const sections = (out: ReturnType<typeof fromText>) => out.sections.map((s) => [s.topic, s.heading_raw, s.question, s.answer, s.source_report_year]);

describe('PoA page: explanatory notes are no section', () => {
  it('reads an <ol class="notes"> after attributed paragraphs as notes, said and not loaded (English, French)', () => {
    for (const [lang, heading, para, notes] of [
      ['en', 'Collection and destruction', 'In 2019 the police destroyed 900<sup>1</sup> weapons. (National Report, 2020)', ['Provisional figure.', 'Includes weapons held as evidence.']],
      ['fr', 'Collecte et destruction', 'En 2019, la police a détruit 900<sup>1</sup> armes. (Rapport national, 2020)', ['Chiffre provisoire.', 'Y compris les armes saisies.']],
    ] as const) {
      const out = fromHtml(`<h2>${heading}</h2><p>${para}</p><ol class="notes">${notes.map((n, k) => `<li id="n${k + 1}">${n}</li>`).join('')}</ol>`, lang);
      expect(out.sections.map((s) => [s.topic, s.source_report_year])).toEqual([['collection_destruction', 2020]]);
      expect(out.sections[0]?.answer).not.toContain(notes[0]);
      expect(out.citations).toEqual([]);
      expect(out.issues.filter((i) => i.rule === 'explanatory-note').map((i) => i.line_start)).toHaveLength(notes.length);
      expect(out.issues.filter((i) => i.rule === 'unattributed-text')).toEqual([]);
    }
  });

  it('ends a bullet section at its notes: the bullets keep their attribution, the notes are no bullet', () => {
    const out = fromHtml('<h2>Border control</h2><ul><li>Customs seized 40 pistols in 2021.<sup>1</sup> (National Report, 2022)</li></ul><ol class="footnotes"><li>Figure of eleven months.</li></ol><h2>Public awareness</h2><ul><li>A campaign was held. (National Report, 2022)</li></ul>');
    expect(sections(out).map((s) => s.slice(0, 2))).toEqual([['border_control', 'Border control'], ['public_awareness', 'Public awareness']]);
    expect(out.sections.map((s) => s.answer).join('\n')).not.toContain('eleven months');
  });
});

describe('PoA page: template fields written `question: answer` under the heading that introduces them', () => {
  it('reads <div class="field"> label/value pairs, the first one too, and no section row for the heading', () => {
    const out = fromHtml(
      '<h2>Stockpile management</h2>' +
        '<div class="field"><span class="label">Measures to ensure the security of stockpiles:</span> <span class="value">Armouries are inspected twice a year.</span></div>' +
        '<div class="field"><span class="label">Disposal of surplus stocks:</span> <span class="value"></span></div>' +
        '<p>Source : National Report on the implementation of the PoA, 2024<br>Date : 18.03.2024</p>',
    );
    expect(sections(out)).toEqual([
      ['stockpile_management', 'Stockpile management', 'Measures to ensure the security of stockpiles', 'Armouries are inspected twice a year.', 2024],
      ['stockpile_management', 'Stockpile management', 'Disposal of surplus stocks', null, 2024],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unread-text')).toEqual([]);
  });

  it('reads the same fields in a text page, and a long label under no heading stays unread (said)', () => {
    const out = fromText(['Stockpile management', 'Measures to ensure the security of stockpiles: Armouries are inspected twice a year.', '', 'Source : National Report, 2024', 'Date : 18/03/2024']);
    expect(sections(out)).toEqual([['stockpile_management', 'Stockpile management', 'Measures to ensure the security of stockpiles', 'Armouries are inspected twice a year.', 2024]]);
  });
});

describe('PoA page: a known heading over prose with no attribution', () => {
  it('is a section of its topic, one answer line a paragraph, its report unknown and said (English, French, Spanish)', () => {
    for (const [heading, sentence] of [
      ['Regional seminars', 'Peru hosted a UNLIREC workshop on firearms destruction in Lima in 2019.'],
      ['Séminaires régionaux', 'Le Niger a accueilli à Niamey en 2019 un atelier régional de la CEDEAO.'],
      ['Seminarios regionales', 'Bolivia participó en un taller regional sobre marcaje en Lima en 2018.'],
    ] as const) {
      const out = fromText(['National reports', '2014 : English', '', heading, sentence, '', 'Border control', '- Customs seized 12 rifles. (National Report, 2014)']);
      expect(sections(out)).toEqual([
        ['regional_events', heading, null, sentence, null],
        ['border_control', 'Border control', null, 'Customs seized 12 rifles.', 2014],
      ]);
      expect(out.issues.filter((i) => i.rule === 'unattributed-text').map((i) => i.line_start)).toEqual([5]);
    }
  });

  it('reads an introduction sentence and the bullets below it as one section, attributed by the bullets', () => {
    const out = fromText(['National reports', '2016 : English', '', 'Collection and destruction', 'The country runs a yearly weapons collection campaign.', '', '- In 2015 the police destroyed 300 weapons. (National Report, 2016)']);
    expect(sections(out)).toEqual([['collection_destruction', 'Collection and destruction', null, 'The country runs a yearly weapons collection campaign.\nIn 2015 the police destroyed 300 weapons.', 2016]]);
    expect(out.count_statements.map((c) => [c.year, c.action, c.total])).toEqual([[2015, 'destroyed', 300]]);
  });

  it('does not take a heading outside the topic vocabulary, or a label over its answer, for such a section', () => {
    const unknown = fromText(['National reports', '2014 : English', '', 'Weather and climate', 'The country had a very dry year with little rain in 2019.']);
    expect(unknown.sections).toEqual([]);
    expect(unknown.issues.some((i) => i.rule === 'unread-text' && i.line_start === 5)).toBe(true);
    const question = fromText(['Marking', 'National marking practices:', 'All weapons are marked with a serial number.', '', 'Source : National Report, 2014', 'Date : 27/05/2014']);
    expect(sections(question)).toEqual([['marking', 'Marking', 'National marking practices', 'All weapons are marked with a serial number.', 2014]]);
  });
});
