import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const page = (heading: string, intro: string, items: string[], after: string[] = []): string =>
  ['Country X', 'Ammunition management country profile', heading, intro, ...items, ...after, 'Needs', 'No needs have been reported.'].join('\n');
const read = (text: string) => extractAmapProfile(decodePlainText(text, 'utf-8'));
const rows = (text: string) => read(text).diversions.map((d) => [d.year, d.location, d.quantity, d.quantity_qualifier, d.description, d.row_number, d.line_start]);

describe('amap-profile: diversions written as a list, one case an item', () => {
  it('reads `year, place: description` bullets; the quantity from the description, unknown when it says none', () => {
    const text = page('Cases of diversion', 'Three cases of diversion have been documented since 2015.', [
      '  • 2016, Maiduguri: about 200 rifles were taken from a military base.',
      '  • 2019, Port Harcourt: a police inspector sold 1,450 rounds of 9 mm ammunition.',
      '  • 2021, Jos: several boxes of ammunition went missing; the quantity is not known.',
    ]);
    expect(rows(text)).toEqual([
      [2016, 'Maiduguri', 200, 'about', 'about 200 rifles were taken from a military base.', 1, 5],
      [2019, 'Port Harcourt', 1450, null, 'a police inspector sold 1,450 rounds of 9 mm ammunition.', 2, 6],
      [2021, 'Jos', null, null, 'several boxes of ammunition went missing; the quantity is not known.', 3, 7],
    ]);
    expect(read(text).issues.filter((i) => i.rule === 'tally-mismatch')).toEqual([]);
  });

  it('reads numbered French items with a dash and Spanish dated items; a long head before the colon is no place (NULL)', () => {
    const french = page('Cas de détournement', 'Deux cas de détournement ont été signalés.', [
      '1. Mars 2018 – Bouaké – 1 200 cartouches ont disparu d’un dépôt de la gendarmerie.',
      '2. 2020 : des militaires ont vendu 15 fusils à un groupe armé.',
    ]);
    expect(rows(french).map((r) => r.slice(0, 4))).toEqual([
      [2018, 'Bouaké', 1200, null],
      [2020, null, 15, null],
    ]);
    const spanish = page('Casos de desvío', 'Se documentó un caso de desvío.', [
      '• 12 de mayo de 2017, un grupo de soldados del batallón vendió lo siguiente: 40 fusiles',
    ]);
    expect(rows(spanish).map((r) => r.slice(0, 3))).toEqual([[2017, null, 40]]);
  });

  it('leaves a bullet that opens with no date as prose', () => {
    const text = page('Cases of diversion', 'Diversion is a concern.', ['• Weak record keeping at police armouries: stocks are not counted.']);
    expect(read(text).diversions).toEqual([]);
  });
});
