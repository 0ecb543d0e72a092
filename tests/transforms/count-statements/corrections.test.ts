import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const read = (text: string, language: string | null = null) => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language });
  return {
    statements: out.statements.map((s) => [s.year, s.action, s.total, s.counts.map((c) => [c.category, c.quantity, c.source_text])]),
    corrected: out.issues.filter((i) => i.rule === 'count-corrected').map((i) => i.severity),
  };
};

describe('a figure the text corrects: the corrected figure is loaded, the one declared wrong never', () => {
  it('English, the correction after the figure and a report year between them', () => {
    const r = read("The figure of 1,200 firearms destroyed in 2017, given in paragraph 14 of Zambia's national report\nof 2018, should read 1,020.", 'en');
    expect(r.statements).toEqual([[2017, 'destroyed', 1020, [['firearms', 1020, "1,200 firearms destroyed in 2017, given in paragraph 14 of Zambia's national report\nof 2018, should read 1,020"]]]]);
    expect(r.corrected).toEqual(['warning']);
  });

  it.each([
    ['en', 'In 2017 the police destroyed 1,200 firearms (corrected to 1,020).', [2017, 'destroyed', 1020]],
    ['en', 'In 2016 the customs seized 540 pistols; this figure has been corrected to 450.', null],
    ['es', 'La cifra de 1.200 armas incautadas en 2016 debe leerse 1.020.', [2016, 'seized', 1020]],
    ['fr', 'Le chiffre de 1 200 armes détruites en 2017 doit se lire 1 020.', [2017, 'destroyed', 1020]],
    ['pt', 'O número de 1.200 armas destruídas em 2017 deve ler-se 1.020.', [2017, 'destroyed', 1020]],
  ] as const)('%s: %s', (language, text, expected) => {
    const r = read(text, language);
    const loaded = r.statements.flatMap((s) => (s[3] as Array<[string, number, string]>).map((c) => c[1]));
    // The figure declared wrong is never loaded, whatever else is read.
    expect(loaded).not.toContain(1200);
    expect(loaded).not.toContain(540);
    if (expected !== null) expect(r.statements.map((s) => s.slice(0, 3))).toEqual([expected]);
  });
});

describe('a figure the text revises: the revised figure is loaded, the superseded one never', () => {
  it.each([
    ['en', 'The figure of 1,450 firearms destroyed in 2019, given in the previous report, was revised to 1,405 after an audit.'],
    ['en', 'In 2019 the police destroyed 1,450 firearms, revised downwards to 1,405.'],
    ['fr', 'Le chiffre de 1 450 armes détruites en 2019, donné dans le rapport précédent, a été revu à la baisse à 1 405.'],
    ['es', 'La cifra de 1.450 armas destruidas en 2019, indicada en el informe anterior, fue revisada a 1.405.'],
    ['pt', 'O total de 1 450 armas destruídas em 2019, indicado no relatório anterior, foi revisto para 1 405.'],
    ['ru', 'В 2019 году уничтожено 1 450 единиц оружия (пересмотрено до 1 405).'],
  ] as const)('%s: %s', (language, text) => {
    const r = read(text, language);
    expect(r.statements.map((s) => [...s.slice(0, 3), (s[3] as Array<[string, number, string]>).map((c) => c[1])])).toEqual([[2019, 'destroyed', 1405, [1405]]]);
    expect(r.corrected).toEqual(['warning']);
  });
});

describe('the year of a report is no year of the counts', () => {
  it('"as stated in the report of 2016" leaves the year the counts name', () => {
    expect(read('In 2015 the police seized 300 weapons, as stated in the national report of 2016.', 'en').statements.map((s) => s.slice(0, 3))).toEqual([[2015, 'seized', 300]]);
  });
});

describe('weapons described by their state before the noun (English)', () => {
  it.each([
    ['In 2019, 2,870 of the surplus weapons were destroyed by smelting.', [2019, 'destroyed', 2870, [['firearms', 2870, '2,870 of the surplus weapons']]]],
    ['In 2020 the army destroyed 1,126 obsolete weapons from its own stocks.', [2020, 'destroyed', 1126, [['firearms', 1126, '1,126 obsolete weapons']]]],
    ['In 2018 the police destroyed 400 unserviceable rifles.', [2018, 'destroyed', 400, [['rifles', 400, '400 unserviceable rifles']]]],
  ] as const)('%s', (text, expected) => {
    expect(read(text, 'en').statements).toEqual([expected]);
  });
});
