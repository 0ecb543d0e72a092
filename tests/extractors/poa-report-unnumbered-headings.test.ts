import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { readUnnumberedHeading } from '../../src/extractors/poa-report/structure.ts';
import { documentLines } from '../../src/extractors/poa-shared/lines.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

const sections = (out: ReturnType<typeof extract>) => out.sections.map((s) => [s.heading_raw, s.topic, s.line_start]);
const totals = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.action, s.year, s.total]);

// Headings without numbers, some outside the vocabulary, the first of them right under the header's facts:
// the text under each is a section (topic NULL when its words name none) and its counts are read, never dropped.
describe('unnumbered headings above the first known one', () => {
  it('reads an unknown first heading under the header and the text under it (English, sentence case)', () => {
    const out = extract(
      [
        'Republic of Ruritania',
        'NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION',
        'Date of submission: 12 March 2024',
        '',
        'Background',
        'This report covers the years 2022 and 2023 and was prepared by the national commission.',
        '',
        'Operations of the year',
        'In 2023 the police seized 412 firearms at the borders.',
        '',
        'Marking',
        'All state-owned weapons are marked at import.',
        '',
        'Stockpile management',
        'Armouries are inspected twice a year.',
      ].join('\n'),
    );
    expect(sections(out)).toEqual([
      ['Background', null, 5],
      ['Operations of the year', null, 8],
      ['Marking', 'marking', 11],
      ['Stockpile management', 'stockpile_management', 14],
    ]);
    expect(totals(out)).toEqual([['seized', 2023, 412]]);
    expect(out.issues.filter((i) => i.rule === 'unknown-topic').map((i) => i.line_start)).toEqual([5, 8]);
    expect(out.issues.filter((i) => i.rule === 'unread-text')).toEqual([]);
  });

  it('takes a topic from the keywords of an unnumbered heading (Title Case), in French', () => {
    const out = extract(
      [
        'RAPPORT NATIONAL DU BURKINA FASO',
        'Date : 3 mai 2023',
        '',
        'Vue d’ensemble',
        'Le présent rapport couvre les années 2021 et 2022.',
        '',
        'Collecte Et Destruction Des Armes',
        'En 2022, la police a détruit 1 250 armes à feu.',
        '',
        'Marquage',
        'Les armes de l’État sont marquées.',
        '',
        'Coopération internationale',
        'Le Burkina Faso coopère avec ses voisins.',
      ].join('\n'),
    );
    expect(sections(out)).toEqual([
      ['Vue d’ensemble', null, 4],
      ['Collecte Et Destruction Des Armes', 'collection_destruction', 7],
      ['Marquage', 'marking', 10],
      ['Coopération internationale', 'international_cooperation', 13],
    ]);
    expect(totals(out)).toEqual([['destroyed', 2022, 1250]]);
  });

  it('reads a heading that is a question (Spanish), whose text is prose', () => {
    const out = extract(
      [
        'INFORME NACIONAL DE LA REPÚBLICA DE PANAMÁ',
        'Fecha: 5 de junio de 2023',
        '',
        '¿Qué ha cambiado desde el último informe?',
        'En 2022 la Policía Nacional incautó 318 armas de fuego.',
        '',
        'Marcado',
        'Las armas del Estado están marcadas.',
        '',
        'Registro',
        'El registro es electrónico.',
      ].join('\n'),
    );
    expect(sections(out)[0]).toEqual(['¿Qué ha cambiado desde el último informe?', null, 4]);
    expect(totals(out)).toEqual([['seized', 2022, 318]]);
  });

  it('a question line above another question, or a long line, heads nothing', () => {
    const lines = documentLines(decodePlainText('Done.\nWhat has changed?\nWho reported it?\n', 'utf-8'));
    expect(readUnnumberedHeading(lines, 1, () => false)).toBeNull();
    const long = documentLines(decodePlainText('Done.\nThe police and the army and the customs and the courts together\nThey acted.\n', 'utf-8'));
    expect(readUnnumberedHeading(long, 1, () => false)).toBeNull();
  });
});

describe('prose above the first heading', () => {
  it('is reported as unread text, naming its lines, when no heading covers it', () => {
    const out = extract(
      [
        'NATIONAL REPORT OF BELIZE',
        'Date of submission: 04/06/2015',
        '',
        'In 2014 the police seized 120 firearms, and the army destroyed',
        'them all at the end of the year.',
        '',
        '1. Legislation',
        'The Firearms Act of 2003 regulates the possession of firearms.',
      ].join('\n'),
    );
    expect(out.issues.filter((i) => i.rule === 'unread-text').map((i) => [i.severity, i.line_start, i.message.slice(0, 11)])).toEqual([['warning', 4, 'Lines 4-5: ']]);
  });

  it('a letterhead (names and titles, no sentence) is no unread text', () => {
    const out = extract(
      ['Republic of Kenya', 'Kenya National Focal Point on Small Arms and Light Weapons (KNFP)', 'NATIONAL REPORT OF KENYA', 'Date of submission: 3 May 2024', '1. Legislation', 'The Firearms Act applies.'].join('\n'),
    );
    expect(out.issues.filter((i) => i.rule === 'unread-text')).toEqual([]);
  });
});
