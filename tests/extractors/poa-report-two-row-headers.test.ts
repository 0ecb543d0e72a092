import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import type { Extraction } from '../../src/model/records.ts';

/** Tables by year whose header takes two rows: the actions (spanning) over the weapon categories under each. */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x' };
const fromHtml = (html: string) => poaReportExtractor.extract(decodeHtmlText(html, 'utf-8', load), ctx);
const fromText = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const statementsOf = (out: Extraction) => out.count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation]);
const notRead = (out: Extraction) => out.issues.filter((i) => i.rule === 'table-not-read');

const page = (caption: string, thead: string, rows: string[]) => `<!DOCTYPE html><html lang="es"><body><main>
<h1>Informe nacional de la República de Honduras sobre el Programa de Acción</h1>
<p>Tegucigalpa, 3 de mayo de 2019</p>
<h2>2. Recolección y destrucción</h2>
<table><caption>${caption}</caption><thead>${thead}</thead><tbody>${rows.join('')}</tbody></table>
<h2>3. Marcaje</h2><p>Todas las armas llevan marca.</p>
</main></body></html>`;

describe('poa-report: a <thead> of two rows, actions over categories, years as rows', () => {
  it('reads one statement per (year, action), in row then column order, in Spanish, with a group that has no Total column', () => {
    const out = fromHtml(
      page(
        'Cuadro 2. Armas de fuego incautadas y destruidas por la Policía Nacional, 2017-2018',
        '<tr><th rowspan="2">Año</th><th colspan="2">Incautadas</th><th colspan="3">Destruidas</th></tr><tr><th>Pistolas</th><th>Escopetas</th><th>Pistolas</th><th>Escopetas</th><th>Total</th></tr>',
        ['<tr><td>2017</td><td>40</td><td>12</td><td>30</td><td>10</td><td>40</td></tr>', '<tr><td>2018</td><td>55</td><td>-</td><td>n/d</td><td>n/d</td><td>n/d</td></tr>'],
      ),
    );
    expect(statementsOf(out)).toEqual([
      [2017, 'seized', 'police', null, 52, 'no_total'],
      [2017, 'destroyed', 'police', 40, 40, 'balanced'],
      // A part not known: the row is read without it; a group all unknown is no statement (never 0).
      [2018, 'seized', 'police', null, 55, 'no_total'],
    ]);
    expect(out.count_statements[1]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([
      ['firearms', 40, true],
      ['pistols', 30, false],
      ['shotguns', 10, false],
    ]);
    expect(notRead(out)).toEqual([]);
  });

  it('reads years written in Eastern Arabic digits as the one-header tables by year do (the one digit reader)', () => {
    const out = fromHtml(
      page(
        'Cuadro 2. Armas de fuego incautadas y destruidas por la Policía Nacional',
        '<tr><th rowspan="2">Año</th><th colspan="2">Incautadas</th><th colspan="3">Destruidas</th></tr><tr><th>Pistolas</th><th>Escopetas</th><th>Pistolas</th><th>Escopetas</th><th>Total</th></tr>',
        ['<tr><td>٢٠١٧</td><td>40</td><td>12</td><td>30</td><td>10</td><td>40</td></tr>'],
      ),
    );
    expect(statementsOf(out)).toEqual([
      [2017, 'seized', 'police', null, 52, 'no_total'],
      [2017, 'destroyed', 'police', 40, 40, 'balanced'],
    ]);
  });

  it('reads the same header as a text export lays it out, the year cell of the second row left empty', () => {
    const out = fromText(
      [
        'NATIONAL REPORT OF THE REPUBLIC OF ZAMBIA',
        'Date of submission: 2 April 2021',
        '2. Collection and destruction',
        'Table 3. Weapons collected and destroyed by the Zambia Police Service',
        '| Year | Collected | Collected | Destroyed | Destroyed |',
        '|      | Rifles    | Total     | Rifles    | Total     |',
        '| 2019 | 80        | 80        | 70        | 75        |',
        '| 2020 | 90        | 90        | 60        | 60        |',
        '',
        '3. Marking',
        'Firearms are marked ZM.',
      ].join('\n'),
    );
    expect(statementsOf(out)).toEqual([
      [2019, 'collected', 'police', 80, 80, 'balanced'],
      [2019, 'destroyed', 'police', 75, 70, 'unbalanced'],
      [2020, 'collected', 'police', 90, 90, 'balanced'],
      [2020, 'destroyed', 'police', 60, 60, 'balanced'],
    ]);
    // The years of the rows are never counts.
    expect(out.count_statements.flatMap((s) => s.counts.map((c) => c.quantity))).not.toContain(2019);
  });

  it('reads one action spanning categories and their total as one statement per year, never the total beside its parts', () => {
    const out = fromText(
      [
        'RAPPORT NATIONAL DU BURKINA FASO',
        'Date : 12 mars 2020',
        '2. Collecte et destruction',
        'Tableau 1. Armes détruites par la Gendarmerie nationale',
        '| Année | Détruites  | Détruites | Détruites |',
        '|       | Pistolets  | Fusils    | Total     |',
        '| 2018  | 100        | 50        | 150       |',
        '',
        '3. Marquage',
        'Toutes les armes sont marquées.',
      ].join('\n'),
    );
    expect(statementsOf(out)).toEqual([[2018, 'destroyed', 'police', 150, 150, 'balanced']]);
  });

  it('reads a top row that spans the categories with a label naming no action (`Tipo de arma`): the row under it is the header', () => {
    const out = fromHtml(
      page(
        'Cuadro 2. Armas de fuego destruidas por la Policía Nacional',
        '<tr><th rowspan="2">Año</th><th colspan="2">Tipo de arma</th><th rowspan="2">Total</th></tr><tr><th>Pistolas</th><th>Escopetas</th></tr>',
        ['<tr><td>2017</td><td>30</td><td>10</td><td>40</td></tr>', '<tr><td>2018</td><td>25</td><td>5</td><td>30</td></tr>'],
      ),
    );
    expect(statementsOf(out)).toEqual([
      [2017, 'destroyed', 'police', 40, 40, 'balanced'],
      [2018, 'destroyed', 'police', 30, 30, 'balanced'],
    ]);
    expect(notRead(out)).toEqual([]);
  });

  it('leaves a table alone when a top cell names no action: nothing is loaded from it, and it is said', () => {
    const out = fromHtml(
      page(
        'Cuadro 2. Armas registradas por la Policía Nacional',
        '<tr><th rowspan="2">Año</th><th colspan="2">Registradas</th><th colspan="2">Destruidas</th></tr><tr><th>Pistolas</th><th>Total</th><th>Pistolas</th><th>Total</th></tr>',
        ['<tr><td>2017</td><td>40</td><td>40</td><td>30</td><td>30</td></tr>'],
      ),
    );
    expect(out.count_statements).toEqual([]);
    expect(notRead(out).length).toBe(1);
  });
});
