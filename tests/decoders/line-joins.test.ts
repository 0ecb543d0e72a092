import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInsideUrl, hyphenEvidenceFrom, joinWrappedLines, trailingUrl } from '../../src/decoders/line-joins.ts';
import { joinHyphenatedWords } from '../../src/decoders/page-furniture.ts';

describe('a URL cut by a line break is joined back exactly', () => {
  it.each([
    // [line, next line, joined]
    ['Crisis Group, 2022. https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan/behind-', 'unrest-kazakhstan.', 'Crisis Group, 2022. https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan/behind-unrest-kazakhstan.'],
    ['Crisis Group, 2022. https://www.crisisgroup.org/europe-', 'central-asia/central-asia/kazakhstan.', 'Crisis Group, 2022. https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan.'],
    ['[1] “Behind the Unrest.” Crisis Group, January 14, 2022. https://', 'www.crisisgroup.org/europe-central-asia.', '[1] “Behind the Unrest.” Crisis Group, January 14, 2022. https://www.crisisgroup.org/europe-central-asia.'],
    ['Accessed 2022. https://www.hrw.org/world-report/2022/', 'country-chapters/kazakhstan.', 'Accessed 2022. https://www.hrw.org/world-report/2022/country-chapters/kazakhstan.'],
    ['Accessed 2022. http://the-', 'monitor.org/en-gb/reports/2020/kazakhstan/view-all.aspx.', 'Accessed 2022. http://the-monitor.org/en-gb/reports/2020/kazakhstan/view-all.aspx.'],
    // Chicago style breaks before a slash: the slash opens the next line.
    ['See https://www.gunpolicy.org/firearms', '/region/kazakhstan.', 'See https://www.gunpolicy.org/firearms/region/kazakhstan.'],
    // The scheme left on the line above the host: a host and a path are still a URL.
    ['astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-', 'weapons/. Benevento, Chris.', 'astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/. Benevento, Chris.'],
  ])('%s + %s', (a, b, joined) => {
    expect(joinWrappedLines(a, b)).toBe(joined);
  });

  it('a URL that ended its sentence is followed by a space', () => {
    expect(joinWrappedLines('Accessed 2022. https://www.hrw.org/world-report.', 'Human Rights Watch.')).toBe('Accessed 2022. https://www.hrw.org/world-report. Human Rights Watch.');
    expect(endsInsideUrl('https://www.hrw.org/world-report.', 'Human')).toBe(false);
  });

  it('reads the URL a line ends inside', () => {
    expect(trailingUrl('Crisis Group. https://www.crisisgroup.org/europe-')).toBe('https://www.crisisgroup.org/europe-');
    expect(trailingUrl('astanatimes.com/2022/08/')).toBe('astanatimes.com/2022/08/');
    expect(trailingUrl('a well-known')).toBeNull();
    expect(trailingUrl('e.g. and/or')).toBeNull();
  });
});

describe('words and notes cut by a line break', () => {
  const none = hyphenEvidenceFrom('');
  it('drops the hyphen of a word hyphenated at the line end', () => {
    expect(joinWrappedLines('the national plan for the implemen-', 'tation of the marking programme', none)).toBe('the national plan for the implementation of the marking programme');
  });
  it('keeps the hyphen when the document writes the word with it', () => {
    expect(joinWrappedLines('310 home-', 'made pistols', hyphenEvidenceFrom('several home-made guns'))).toBe('310 home-made pistols');
  });
  it('keeps the hyphen before a capital (a compound, never a hyphenation)', () => {
    expect(joinWrappedLines('Police Discovers Only One-', 'Third of Stolen Weapons', none)).toBe('Police Discovers Only One-Third of Stolen Weapons');
  });
  it('keeps a dash between words and the space after it', () => {
    expect(joinWrappedLines('two sites -', 'both military', none)).toBe('two sites - both military');
  });
  it('glues a note marker the break moved down to the sentence it follows', () => {
    expect(joinWrappedLines('low levels of trafficking.', '[3] The exact levels', none)).toBe('low levels of trafficking.[3] The exact levels');
  });
  it('joins prose with one space', () => {
    expect(joinWrappedLines('numerous accidental  ', '  explosions were reported', none)).toBe('numerous accidental explosions were reported');
  });
});

describe('text files of PDF text: a URL cut by the break moves up whole', () => {
  it('keeps the real hyphen and the rest of the line in place', () => {
    const lines = joinHyphenatedWords([
      { text: '[1] Crisis Group. https://www.crisisgroup.org/europe-central-asia/behind-', page: 1 },
      { text: 'unrest-kazakhstan. Accessed May 2, 2022.', page: 1 },
    ]);
    expect(lines).toEqual([
      { text: '[1] Crisis Group. https://www.crisisgroup.org/europe-central-asia/behind-unrest-kazakhstan.', page: 1 },
      { text: 'Accessed May 2, 2022.', page: 1 },
    ]);
  });
});

// Property tests: any URL, broken at any place a writer breaks URLs, is joined back to itself.
const segment = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const hyphenated = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const url = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', 'https://www.'),
    host: fc.array(hyphenated, { minLength: 2, maxLength: 3 }).map((parts) => parts.join('.')),
    path: fc.array(hyphenated, { minLength: 0, maxLength: 5 }),
    slash: fc.boolean(),
  })
  .map(({ scheme, host, path, slash }) => `${scheme}${host}${path.map((p) => `/${p}`).join('')}${slash ? '/' : ''}`);

/** Offsets where writers break a URL: after `://`, after a `/` or a `-`, before a `/` (Chicago); never inside `://`. */
function breakPoints(u: string): number[] {
  const points: number[] = [];
  const schemeEnd = u.indexOf('://') + 3;
  for (let i = schemeEnd; i < u.length; i++) {
    const before = u[i - 1];
    const at = u[i];
    if (before === '/' || before === '-' || (at === '/' && before !== '/')) points.push(i);
  }
  return points;
}

describe('URL rejoin (property)', () => {
  it('joins any URL broken at any writer break point back to the same URL, whatever comes before and after', () => {
    fc.assert(
      fc.property(url, fc.nat(), fc.constantFrom('', 'Crisis Group, 2022. ', '[4] See '), fc.constantFrom('', '.', '. Accessed May 2, 2022.'), (u, pick, before, after) => {
        const points = breakPoints(u);
        fc.pre(points.length > 0);
        const at = points[pick % points.length] ?? 1;
        const whole = `${before}${u}${after}`;
        const cut = before.length + at;
        expect(joinWrappedLines(whole.slice(0, cut), whole.slice(cut))).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('never drops or adds a character inside a URL broken at a hyphen, even when the halves are written elsewhere without it', () => {
    fc.assert(
      fc.property(segment, segment, (first, second) => {
        const u = `https://example.org/${first}-${second}`;
        const evidence = hyphenEvidenceFrom(`${first}${second} appears here unhyphenated`);
        expect(joinWrappedLines(`See ${u.slice(0, u.length - second.length)}`, `${second}.`, evidence)).toBe(`See ${u}.`);
      }),
    );
  });

  it('puts one space between two prose lines that end and start with words', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(word, { minLength: 1, maxLength: 5 }), (a, b) => {
        expect(joinWrappedLines(a.join(' '), b.join(' '))).toBe(`${a.join(' ')} ${b.join(' ')}`);
      }),
    );
  });
});

describe('hyphen evidence from the document', () => {
  it('keeps the hyphen the document writes, drops the one it never writes', () => {
    const evidence = hyphenEvidenceFrom('The implementation plan. Several home-made guns.');
    expect(evidence('home', 'made')).toBe(true);
    expect(evidence('implemen', 'tation')).toBe(false);
  });
  it('keeps the hyphen of a compound whose half stands alone elsewhere, drops it when the joined word is written', () => {
    const evidence = hyphenEvidenceFrom('dans l’ouest du pays; the postelectoral period');
    expect(evidence('ouest', 'africain')).toBe(true);
    expect(evidence('post', 'electoral')).toBe(false);
  });
  it('drops a hyphen no part of the document explains (short halves are no evidence)', () => {
    const evidence = hyphenEvidenceFrom('de la demande');
    expect(evidence('de', 'mand')).toBe(false);
    expect(evidence('north', 'western')).toBe(false);
  });
});
