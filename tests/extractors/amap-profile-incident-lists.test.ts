import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const page = (heading: string, intro: string, items: string[], after: string[] = []): string =>
  ['Country X', 'Ammunition management country profile', heading, intro, ...items, ...after, 'Needs', 'No needs have been reported.'].join('\n');

const read = (text: string) => extractAmapProfile(decodePlainText(text, 'utf-8'));
const rows = (text: string) => read(text).explosions.map((e) => [e.year, e.location, e.owner_raw, e.deaths, e.injuries, e.row_number, e.line_start, e.source_text]);
const notInfo = (text: string) =>
  read(text)
    .issues.filter((i) => i.severity !== 'info')
    .map((i) => [i.severity, i.rule, i.line_start]);

describe('amap-profile: explosions written as a list, one incident an item', () => {
  it('reads numbered English items with the place before a colon; a qualified count is NULL with a warning; an item without a date is a warning naming its line', () => {
    const text = page('Accidental explosions', 'Three unplanned explosions at munitions sites were recorded in Afghanistan.', [
      '1. 12 March 2019, Arsenal Kalai near Herat: 3 killed, 14 injured',
      '2. 2 June 2011, Bagram depot, Parwan province: at least 4 killed and 20 injured',
      '3. Shindand air base: 1 killed, 2 injured',
    ]);
    expect(rows(text)).toEqual([
      [2019, 'Arsenal Kalai near Herat', null, 3, 14, 1, 5, '1. 12 March 2019, Arsenal Kalai near Herat: 3 killed, 14 injured'],
      [2011, 'Bagram depot, Parwan province', null, null, 20, 2, 6, '2. 2 June 2011, Bagram depot, Parwan province: at least 4 killed and 20 injured'],
    ]);
    expect(notInfo(text)).toEqual([
      ['warning', 'quantity-not-exact', 6],
      ['warning', 'list-item-not-read', 7],
    ]);
    // Three items for 'Three': the list counts as the tally's rows, the unread item included.
    expect(read(text).issues.filter((i) => i.rule === 'tally-mismatch')).toEqual([]);
  });

  it('reads French bullets with an owner clause, and Spanish ones whose injuries are unknown', () => {
    const french = page('Explosions accidentelles', 'Deux explosions accidentelles ont été recensées au Congo.', [
      '- 4 mars 2012 – Dépôt de Mpila, Brazzaville. Propriétaire : État (militaire). 3 tués, 12 blessés.',
      '- 9 août 2009 – Camp de Loandjili, Pointe-Noire. Propriétaire : État (militaire). 0 tué, 2 blessés.',
    ]);
    expect(rows(french).map((r) => r.slice(0, 7))).toEqual([
      [2012, 'Dépôt de Mpila, Brazzaville', 'État (militaire)', 3, 12, 1, 5],
      [2009, 'Camp de Loandjili, Pointe-Noire', 'État (militaire)', 0, 2, 2, 6],
    ]);
    const spanish = page('Explosiones accidentales', 'Se registraron dos explosiones accidentales en Chile.', [
      '• 15 de abril de 2016 – Base naval de Talcahuano, Biobío: 2 muertos, heridos: desconocido',
      '• 2008 – Regimiento Tucapel, Temuco: 1 muerto, 4 heridos',
    ]);
    expect(rows(spanish).map((r) => r.slice(0, 7))).toEqual([
      [2016, 'Base naval de Talcahuano, Biobío', null, 2, null, 1, 5],
      [2008, 'Regimiento Tucapel, Temuco', null, 1, 4, 2, 6],
    ]);
    expect(read(spanish).issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([5]);
  });

  it('reads bare dated lines in a run (Russian words), but not a prose sentence under the list, and names an item without casualty numbers', () => {
    const text = page(
      'Accidental explosions',
      'Two accidental explosions were recorded.',
      ['23.03.2017 – арсенал Балаклея, Харьковская область: 1 погиб, 5 ранены', '09.10.2018 – арсенал Ичня, Черниговская область: погибших нет данных, 0 ранены'],
      ['In 2020 the depots were moved away from towns.'],
    );
    expect(rows(text).map((r) => r.slice(0, 7))).toEqual([
      [2017, 'арсенал Балаклея, Харьковская область', null, 1, 5, 1, 5],
      [2018, 'арсенал Ичня, Черниговская область', null, null, 0, 2, 6],
    ]);
    const extraction = read(text);
    expect(extraction.issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([6]);
    expect(extraction.sections.find((s) => s.topic === 'accidental_explosions')?.answer).toBe('Two accidental explosions were recorded.\nIn 2020 the depots were moved away from towns.');
  });

  it('leaves a single sentence that opens with a date as prose; deaths said vaguely are unknown, deaths not said at all a warning', () => {
    const text = page(
      'Accidental explosions',
      'Two accidental explosions were recorded.',
      ['• 2015 – Gori depot: several killed, 3 injured', '• 2009 – Senaki base: 4 injured'],
      ['12 May 2015: the depot at Gori exploded and 2 people were killed.'],
    );
    expect(rows(text).map((r) => r.slice(0, 7))).toEqual([
      [2015, 'Gori depot', null, null, 3, 1, 5],
      [2009, 'Senaki base', null, null, 4, 2, 6],
    ]);
    expect(read(text).issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([5]);
    expect(notInfo(text)).toEqual([['warning', 'missing-value', 6]]);
  });

  it('reads a casualty word inside a place name (the Dead Sea, Lake Dead) as part of the place: a casualty word with no number that would leave the item no place', () => {
    const text = page('Accidental explosions', 'Three explosions were recorded.', [
      '• 5 May 2019 – Depot near the Dead Sea, 12 killed, 3 injured.',
      '• 3 June 2020 – Arsenal by Lake Dead, two dead and 4 wounded.',
      '• 9 July 2021 – Camp Hurt, 1 killed.',
    ]);
    expect(rows(text).map((r) => r.slice(0, 6))).toEqual([
      [2019, 'Depot near the Dead Sea', null, 12, 3, 1],
      [2020, 'Arsenal by Lake Dead', null, 2, 4, 2],
      [2021, 'Camp Hurt', null, 1, null, 3],
    ]);
    expect(notInfo(text)).toEqual([['warning', 'missing-value', 7]]);
  });
});
