import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

/**
 * A block heading of a PoA page with nothing under it before the next heading: the document left that section empty,
 * which WAREHOUSE.md loads as a sections row with answer NULL (an info says so). It had been dropped with no trace.
 */
const extract = (text: string) =>
  poaProfileExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

const PAGE = [
  'Guatemala',
  '',
  'National reports',
  '2022 : Español',
  '',
  'International cooperation',
  '',
  'Marking',
  'National marking practices:',
  'Firearms carry the letters GT and a serial number.',
  '',
  'Source : National Report on the implementation of the PoA, 2022',
  'Date : 14/06/2022',
].join('\n');

describe('a block heading with nothing under it', () => {
  it('is a section of its own with answer NULL, and the block after it keeps its question', () => {
    const out = extract(PAGE);
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.question, s.answer, s.line_start, s.line_end])).toEqual([
      ['International cooperation', 'international_cooperation', null, null, 6, 6],
      ['Marking', 'marking', 'National marking practices', 'Firearms carry the letters GT and a serial number.', 9, 10],
    ]);
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => [i.line_start, i.message])).toEqual([
      [6, "Section 'International cooperation' has nothing under it on the page: answer NULL."],
    ]);
  });

  it('a block heading with its questions under it gives no empty row', () => {
    const out = extract(PAGE.replace('International cooperation\n\n', ''));
    expect(out.sections.map((s) => s.heading_raw)).toEqual(['Marking']);
  });
});

/**
 * An HTML page marks its headings: a heading right before another of the same rank (`<h3>A</h3><h3>B</h3>`) heads
 * nothing, an empty section, with no blank line to say so; a higher-ranked heading before a lower one heads it.
 */
describe('adjacent headings an HTML page marks', () => {
  const html = (headings: string) =>
    [
      '<!DOCTYPE html>',
      '<html lang="es"><head><title>Bolivia – Programa de Acción sobre armas pequeñas</title></head><body><main>',
      '<h1>Bolivia (Estado Plurinacional de)</h1>',
      '<h2>Informes nacionales</h2>',
      '<ul>',
      '<li>2020 : Español</li>',
      '<li>2016 : Español English</li>',
      '</ul>',
      '<h2>Aplicación del Programa de Acción</h2>',
      '<h3>Recolección y destrucción</h3>',
      '<p>- En 2019 se destruyeron 2 100 armas. (Informe Nacional, 2020)</p>',
      headings,
      '<p>- La Aduana Nacional decomisó 11 fusiles en Desaguadero en 2015. (Informe Nacional, 2016)</p>',
      '</main></body></html>',
    ].join('\n');
  const extractHtml = (headings: string) =>
    poaProfileExtractor.extract(decodeHtmlText(html(headings), 'utf-8', load), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.html' });

  it('the first of two headings of one rank is an empty section, the text after the second its own', () => {
    const out = extractHtml('<h3>Cooperación internacional</h3><h3>Control fronterizo</h3>');
    expect(out.sections.slice(1).map((s) => [s.heading_raw, s.topic, s.answer === null, s.source_report_year])).toEqual([
      ['Cooperación internacional', 'international_cooperation', true, null],
      ['Control fronterizo', 'border_control', false, 2016],
    ]);
  });

  it('the same in English, on two lines', () => {
    const out = extractHtml('<h3>International cooperation</h3>\n<h3>Border control</h3>');
    expect(out.sections.slice(1).map((s) => [s.heading_raw, s.answer === null])).toEqual([
      ['International cooperation', true],
      ['Border control', false],
    ]);
  });

  it('a higher-ranked heading right before a lower one heads it: no empty section', () => {
    const out = extractHtml('<h2>Otras medidas</h2><h3>Control fronterizo</h3>');
    expect(out.sections.slice(1).map((s) => s.heading_raw)).toEqual(['Control fronterizo']);
  });
});
