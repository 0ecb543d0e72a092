import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { cellCount } from '../../src/extractors/poa-report/category-table.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A report's table cell holding only a word that says none (`néant`, `nil`, `ninguno`, `нет`) is a stated zero, as
 * `No weapons were destroyed in 2018` is; a cell saying not known (`n/a`, `-`, `inconnu`) stays no value.
 */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
const extract = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const rows = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.year, s.action, s.total, s.counts.map((c) => [c.category, c.quantity])]);

describe('a word saying none in a table cell is a stated zero', () => {
  it.each([
    ['néant', 'Néant', 'NÉANT', 'nul', 'aucune', 'zéro'],
    ['nil', 'Nil', 'none', 'None reported', 'zero', 'nothing'],
    ['ninguno', 'Ninguna', 'nada', 'cero'],
    ['nenhum', 'nenhuma', 'nada', 'zero'],
    ['нет', 'Нет', 'отсутствует', 'ноль'],
    ['لا شيء', 'لا يوجد', 'صفر'],
    ['无', '没有', '零'],
  ])('%s ...', (...words) => {
    for (const word of words) expect([word, cellCount(word)]).toEqual([word, 0]);
  });

  it('leaves not-known cells and other words without a count', () => {
    for (const word of ['n/a', '-', '–', 'inconnu', 'desconocido', 'нет данных', 'non disponible', 'voir note', 'no', 'néant?']) {
      expect([word, cellCount(word)]).toEqual([word, null]);
    }
    expect(cellCount('1 718')).toBe(1718);
  });

  it('reads `néant` in a French annex table by year as 0 destroyed, beside the counts', () => {
    const out = extract(
      [
        'RAPPORT NATIONAL DU SÉNÉGAL',
        'Date : 28 mai 2018',
        '3. Collecte et destruction',
        'Annexe 1. Armes saisies et détruites, 2016-2017',
        'Année | Armes saisies | Armes détruites',
        '2016 | 1 390 | 3 050',
        '2017 | 1 718 | néant',
      ].join('\n'),
    );
    expect(rows(out)).toEqual([
      [2016, 'seized', 1390, [['firearms', 1390]]],
      [2016, 'destroyed', 3050, [['firearms', 3050]]],
      [2017, 'seized', 1718, [['firearms', 1718]]],
      [2017, 'destroyed', 0, [['firearms', 0]]],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unreadable-count')).toEqual([]);
  });

  it('reads `Nil` in an English table and keeps `n/a` as not known', () => {
    const out = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nTable 2. Firearms seized and destroyed\n| Year | Seized | Destroyed |\n| 2017 | Nil | 410 |\n| 2018 | 96 | n/a |\n');
    expect(rows(out)).toEqual([
      [2017, 'seized', 0, [['firearms', 0]]],
      [2017, 'destroyed', 410, [['firearms', 410]]],
      [2018, 'seized', 96, [['firearms', 96]]],
    ]);
    expect(out.issues.map((i) => i.rule)).toContain('unknown-value');
  });

  it('reads `ninguna` as a zero part of a Spanish table by category', () => {
    const out = extract(
      'INFORME NACIONAL DE CHILE\nFecha: 3 de mayo de 2019\n2. Armas destruidas\nCuadro 1. Armas destruidas por tipo\nAño | Pistolas | Revólveres | Total\n2018 | 120 | ninguna | 120\n',
    );
    expect(out.count_statements.map((s) => [s.year, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity])])).toEqual([
      [2018, 120, 120, 'balanced', [['firearms', 120], ['pistols', 120], ['revolvers', 0]]],
    ]);
  });
});
