import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { diversionQuantity } from '../../src/extractors/amap-profile/diversion-quantity.ts';

const extract = (lines: string[]) => extractAmapProfile(decodePlainText(lines.join('\n'), 'utf-8'));

describe('a footnote entry wrapped onto a capitalised line', () => {
  it('joins the line to entry n when the next entry is n+1 (no number is left for it)', () => {
    const out = extract([
      'Belize has high rates of gun violence in Belize City.[1] Most guns are smuggled across land borders.[2]',
      '[1] Usher, Dean. “Gangs and guns in Belize City.”',
      'Caribbean Policy Notes, 9 May 2021. https://cpn.example/belize-gangs.',
      '[2] “Belize.” Border Arms Monitor. Accessed 1 June 2023. https://bam.example/belize.',
    ]);
    expect(out.citations.map((c) => [c.ref, c.line_start, c.line_end, c.url])).toEqual([
      ['1', 2, 3, 'https://cpn.example/belize-gangs'],
      ['2', 4, 4, 'https://bam.example/belize'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote-number'))).toEqual([]);
  });

  it('still reads a line between entries 2 and 4 as entry 3 by position', () => {
    const out = extract([
      'Security situation',
      'Crime rose.1 Homicides rose.2 Firms leak guns.3',
      '1 Doe, Ann. “Crime.” Review, 2021. https://r.example/1.',
      '2 Roe, Bo. “Homicides.” Accessed 2 March 2023. https://r.example/2.',
      'Poe, Cy. “Leaks from private firms.” Working Paper 3, 2020. https://r.example/3.',
      '4 See A-MAP Database.',
    ]);
    expect(out.citations.map((c) => [c.ref, c.ref_inferred, c.line_start])).toEqual([
      ['1', false, 3],
      ['2', false, 4],
      ['3', true, 5],
      ['4', false, 6],
    ]);
  });
});

describe('diversion quantity qualifier', () => {
  it("keeps the hedging word without the article of 'an estimated'", () => {
    expect(diversionQuantity('An estimated 1,000 rounds of ammunition were sold.')).toEqual({ quantity: 1000, qualifier: 'estimated' });
    expect(diversionQuantity('An estimated ten rifles went missing.')).toEqual({ quantity: 10, qualifier: 'estimated' });
  });
});
