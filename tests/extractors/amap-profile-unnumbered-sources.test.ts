import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { splitCitedWorks } from '../../src/transforms/citations.ts';

const extract = (lines: string[]) => extractAmapProfile(decodePlainText(lines.join('\n'), 'utf-8'));

describe('footnote lists with no numbers at all', () => {
  const page = [
    'Security situation',
    'Zambia is stable, but cross-border smuggling of firearms affects the Copperbelt.1 Poachers use military rifles.2',
    'Banda, Chipo. “Guns on the Copperbelt.” Lusaka Review, 4 May 2022. https://lusaka-review.example/guns.',
    '“Rifles in Kafue National Park.” Wildlife Crime Notes. Accessed 3 March 2023. https://wcn.example/kafue.',
    'Disposal',
    'In 2020, the army destroyed 12 tonnes of old ammunition.1',
    'See A-MAP Database.',
    'Needs',
    'Zambia has reported needs for storage equipment, as “urgent” in its report.',
  ];
  const out = extract(page);

  it('numbers each entry by its position under the waiting markers and marks it inferred', () => {
    expect(out.citations.map((c) => [c.ref, c.ref_inferred, c.line_start, c.url])).toEqual([
      ['1', true, 3, 'https://lusaka-review.example/guns'],
      ['2', true, 4, 'https://wcn.example/kafue'],
      ['1', true, 7, null],
    ]);
    expect(out.issues.filter((i) => i.rule === 'footnote-number-inferred').map((i) => i.line_start)).toEqual([3, 4, 7]);
  });

  it('leaves a prose paragraph that merely quotes a word in its section', () => {
    expect(out.citations.some((c) => c.text.includes('urgent'))).toBe(false);
  });
});

describe('Source lines citing a work without a URL before one with a URL', () => {
  it('splits at the author of the second work', () => {
    const works = splitCitedWorks(
      'Source: Zambia Police Service. Annual Report 2021. Mwale, Peter. “Police rifles missing.” Times of Lusaka, 2 June 2021. https://tol.example/rifles.',
    );
    expect(works.map((w) => [w.text, w.url])).toEqual([
      ['Zambia Police Service. Annual Report 2021.', null],
      ['Mwale, Peter. “Police rifles missing.” Times of Lusaka, 2 June 2021. https://tol.example/rifles.', 'https://tol.example/rifles'],
    ]);
  });

  it('does not take a place written "City, Country." inside a work for an author', () => {
    const works = splitCitedWorks('Source: “Depot audit 2019.” Ministry of Defence. Lusaka, Zambia. 2020. https://mod.example/audit.');
    expect(works.map((w) => w.url)).toEqual(['https://mod.example/audit']);
  });
});
