import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/classify/kind.ts';
import { isMarkdown, withoutMarkdown } from '../../src/decoders/markdown.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A report exported as Markdown (`## 1. Marking`, `**Date:** ...`, `| a | b |` over `|---|---:|`): its marks are
 * formatting, not words. And a report title the classifier must know when it is numbered in a series
 * (`Second National Report`) or wraps over two lines.
 */

const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
const decide = (text: string) => classifyKind(decodePlainText(text, 'utf-8'));

describe('Markdown marks are formatting', () => {
  it('takes out heading marks, strong and plain emphasis, and leaves footnote stars, bullets and underscores in words', () => {
    expect(withoutMarkdown('## 1. National Coordination')).toBe('1. National Coordination');
    expect(withoutMarkdown('### Marquage ###')).toBe('Marquage');
    expect(withoutMarkdown('**Submitted by:** Ministry of Interior')).toBe('Submitted by: Ministry of Interior');
    expect(withoutMarkdown('| **Total** | **1 344** | __5 562__ |')).toBe('| Total | 1 344 | 5 562 |');
    expect(withoutMarkdown('*Nota: «–» significa sin cifra.*')).toBe('Nota: «–» significa sin cifra.');
    expect(withoutMarkdown('Rifles* were seized; see note *')).toBe('Rifles* were seized; see note *');
    expect(withoutMarkdown('* Marking machines for the police')).toBe('* Marking machines for the police');
    expect(withoutMarkdown('file_name_2019 and 2 * 3')).toBe('file_name_2019 and 2 * 3');
    expect(withoutMarkdown('|---|---:|:--:|')).toBe('|---|---:|:--:|');
  });

  it('reads a text as Markdown only when it shows two kinds of marks, or several headings', () => {
    expect(isMarkdown(['# Title', '**Date:** 3 May 2020'])).toBe(true);
    expect(isMarkdown(['| a | b |', '|---|---|', '| **Total** | 3 |'])).toBe(true);
    expect(isMarkdown(['# One', 'text', '## Two', '## Three'])).toBe(true);
    // A press note's bold lines alone, or a lone `#` line, leave the text as written.
    expect(isMarkdown(['**Small arms meeting**', 'The meeting opened.', '**Sudan**'])).toBe(false);
    expect(isMarkdown(['#1 priority: marking', 'All rifles are marked.'])).toBe(false);
  });

  it('keeps a plain text with stars and hashes as written', () => {
    const text = '**Small arms meeting**\nThe meeting opened on 3 May.\n#2 on the agenda: marking';
    expect(decodePlainText(text, 'utf-8').lines).toEqual(text.split('\n'));
  });

  it('classifies a Markdown report and reads its headings without marks, each on its line', () => {
    const text = [
      '# République du Bénin',
      '',
      '## Rapport national sur la mise en œuvre du Programme d’action sur les armes légères (2022)',
      '',
      '**Date :** 4 mai 2022',
      '',
      '## 1. Coordination nationale',
      '',
      'La **Commission nationale** réunit 12 ministères.',
      '',
      '## 2. Collecte et destruction',
      '',
      'En 2021, la Police républicaine a saisi 312 armes à feu.',
    ].join('\n');
    const model = decodePlainText(text, 'utf-8');
    expect(model.lines).toHaveLength(13);
    expect(model.lines[6]).toBe('1. Coordination nationale');
    // The `#` headings, with the level their marks give (a plain line may still be guessed a heading, without a level).
    expect(model.blocks.flatMap((b) => (b.kind === 'heading' && b.level !== undefined ? [[b.text, b.level, b.span.lineStart]] : []))).toEqual([
      ['République du Bénin', 1, 1],
      ['Rapport national sur la mise en œuvre du Programme d’action sur les armes légères (2022)', 2, 3],
      ['1. Coordination nationale', 2, 7],
      ['2. Collecte et destruction', 2, 11],
    ]);
    expect(decide(text).kind).toBe('poa_report');
    const out = poaReportExtractor.extract(model, ctx);
    expect(out.sections.map((s) => [s.heading_raw, s.line_start])).toContainEqual(['1. Coordination nationale', 7]);
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.line_start])).toEqual([[2021, 'seized', 312, 13]]);
  });
});

describe('report titles numbered in a series or wrapped', () => {
  const body = ['', '1. Introduction', 'This report updates the first one.', '', '2. Marking', 'All firearms are marked.'];
  it.each([
    ['English, an ordinal word', 'Republic of Botswana\nTHIRD NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION\nPeriod covered: 2016-2017'],
    ['English, an ordinal in digits', 'Republic of Zambia\nThe 2nd National Report on the Programme of Action on small arms\nDate of submission: 2 May 2018'],
    ['French', 'République du Togo\nDeuxième rapport national sur le Programme d’action\nPériode couverte : 2017-2018'],
    ['Spanish', 'República de Chile\nSegundo informe nacional sobre la ejecución del Programa de Acción\nPeríodo cubierto: 2018-2019'],
    ['Russian', 'Республика Казахстан\nВторой национальный доклад об осуществлении Программы действий\nОтчётный период: 2014-2015'],
    // The title wraps mid-phrase: `Programme of` / `Action` are one phrase all the same.
    ['a wrapped title', 'Republic of Malawi\nNATIONAL REPORT ON THE IMPLEMENTATION OF THE UNITED NATIONS PROGRAMME OF\nACTION ON SMALL ARMS AND LIGHT WEAPONS'],
  ])('%s', (_, head) => {
    expect(decide(head + body.join('\n')).kind).toBe('poa_report');
  });

  it('still skips a blog post and a call for proposals that name a report in a series', () => {
    const blog = [
      'What the second national report tells us',
      'Posted by Ruth Mensah on 12 September 2023 · 6 min read',
      'Second National Report on the Programme of Action: Ghana filed it last month.',
      'Period covered: 2020-2021, and the figures are better.',
      '3 comments',
    ].join('\n');
    expect(decide(blog).kind).toBeNull();
    const call = [
      'Call for proposals',
      'Support to the preparation of the second national report on the Programme of Action',
      'Deadline for applications: 30 June 2024',
      'Eligible applicants: civil society organisations of the region.',
      'How to apply: send a concept note of 3 pages.',
    ].join('\n');
    expect(decide(call).kind).toBeNull();
  });
});
