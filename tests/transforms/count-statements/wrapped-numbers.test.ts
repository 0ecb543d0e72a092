import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../../src/decoders/text.ts';
import { poaReportExtractor } from '../../../src/extractors/poa-report/index.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A number whose group of thousands a PDF's line break carried onto the next line (`collected 2` / `418 firearms`)
 * was loaded as 418, flagged only as unbalanced against its parts 1,604 + 814: it is read as the one-line text
 * (`2 418`), with a step saying so, and only where the break cannot stand between two numbers.
 */
const read = (text: string, language: string | null = 'en') => {
  const out = extractCountStatements([{ text, span: { lineStart: 11, lineEnd: 12 } }], { reportedIn: 2024, language });
  return out.statements.map((s) => ({
    total: s.total,
    rec: s.reconciliation,
    source: s.source_text,
    counts: s.counts.map((c) => [c.quantity, c.is_total]),
    wrapped: s.counts.flatMap((c) => (c.steps ?? []).filter((step) => step.rule === 'quantity.line-wrapped-group').map((step) => [step.source_words, step.value])),
  }));
};

describe('a number cut by a line break after a group of thousands', () => {
  it('is read whole, with its parts balanced, the source text verbatim and a step citing the break', () => {
    expect(read('In 2023 the police collected 2\n418 firearms from rural communities, comprising 1 604 shotguns and 814 rifles.')).toEqual([
      {
        total: 2418,
        rec: 'balanced',
        source: 'In 2023 the police collected 2\n418 firearms from rural communities, comprising 1 604 shotguns and 814 rifles.',
        counts: [[2418, true], [1604, false], [814, false]],
        wrapped: [['2\n418', '2418']],
      },
    ]);
  });

  it.each([
    ['fr', 'En 2021, les douanes ont saisi 12\n250 armes à feu aux frontières.', 12250],
    ['es', 'En 2022 la Policía Nacional destruyó 3\n105 armas de fuego en Asunción.', 3105],
    ['pt', 'Em 2020, a Polícia destruiu 1\n420 armas de fogo apreendidas.', 1420],
    ['ru', 'В 2019 году органами внутренних дел изъято 2\n310 единиц огнестрельного оружия.', 2310],
    ['en', 'During 2022 the army destroyed a total of 104\n500 weapons.', 104500],
  ] as const)('%s: %s', (language, text, value) => {
    expect(read(text, language).map((s) => [s.total, s.wrapped.map(([, v]) => v)])).toEqual([[value, [String(value)]]]);
  });

  it('a glued word on the line (split for reading) keeps the break in its place', () => {
    expect(read('In 2023 the police seized weaponsand 2\n418 rifles.').map((s) => [s.total, s.wrapped])).toEqual([[2418, [['2\n418', '2418']]]]);
  });

  it.each([
    // A table row's count (its label a weapon category, a total or a few capitalised words), then a sentence.
    ['Machine guns 4\n418 firearms were destroyed in 2022.', [[4, false], [418, false]]],
    ['Pump-action guns 95\n418 firearms were destroyed in 2022.', [[418, true]]],
    // A grouped number ending the line is whole already; a year is no group; four digits after the break are no group.
    ['The police seized 1 604\n418 rifles in 2022.', [[418, true]]],
    ['The police seized 300 rifles in 2022 and 2\n4180 pistols.', [[300, false], [4180, false]]],
    // A decimal or a further group after the three digits: not a thousands group of this number.
    ['In 2022 the police seized 2\n418.5 tonnes and 40 rifles.', [[40, true]]],
  ] as const)('not where it may be two numbers: %s', (text, counts) => {
    expect(read(text).flatMap((s) => s.counts)).toEqual(counts);
    expect(read(text).flatMap((s) => s.wrapped)).toEqual([]);
  });

  it('any number cut before its last group reads whole, whatever the words around it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999 }), fc.constantFrom('destroyed', 'collected', 'seized a total of'), fc.constantFrom('firearms', 'rifles', 'weapons'), (n, verb, noun) => {
        const head = String(Math.floor(n / 1000));
        const tail = String(n % 1000).padStart(3, '0');
        const [s] = read(`In 2021 the police ${verb} ${head}\n${tail} ${noun} at the border.`);
        expect(s?.total).toBe(n);
        expect(s?.wrapped).toEqual([[`${head}\n${tail}`, String(n)]]);
      }),
      { numRuns: 60 },
    );
  });

  it('in a report as text: the statement spans both lines', () => {
    const text = ['NATIONAL REPORT OF LESOTHO', 'Maseru, 4 April 2024', '', '2. Collection and disposal', 'In 2023 the Lesotho Mounted Police Service destroyed 1', '205 firearms seized in border operations.', '', '3. Marking', 'All firearms are marked.'].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
    expect(out.count_statements.map((s) => [s.line_start, s.line_end, s.year, s.action, s.total])).toEqual([[5, 6, 2023, 'destroyed', 1205]]);
  });
});
