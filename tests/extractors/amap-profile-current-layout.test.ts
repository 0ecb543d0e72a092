import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { isChrome } from '../../src/extractors/amap-profile/lines.ts';
import { allLexicons } from '../../src/language/registry.ts';
import { splitFootnoteWorks } from '../../src/transforms/citations.ts';
import { captionNumber } from '../../src/transforms/table-captions.ts';

/** The A-MAP web layout of 2023 onwards: site chrome, lost tables, unlabelled sources, inconsistent footnote numbering. */
const extract = (lines: string[]) => extractAmapProfile(decodePlainText(lines.join('\n'), 'utf-8'));
const issues = (x: ReturnType<typeof extract>) => x.issues.map((i) => [i.severity, i.rule, i.line_start]);

describe('site chrome', () => {
  it.each([
    'Skip to content',
    'Skip to main content',
    'Country profiles',
    'About',
    'Resources',
    'Map of Nepal',
    'Map of Côte d’Ivoire',
    'Interactive map of Bosnia and Herzegovina',
    'Aller au contenu principal',
    'Carte du Burkina Faso',
    'Carte de la Côte d’Ivoire',
    'Saltar al contenido',
    'Mapa del Perú',
    'Volver arriba',
    '© 2024 A-MAP',
  ])('%s is chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it.each([
    'Nepal',
    'Ammunition management country profile',
    'Security situation',
    'The map of Nepal shows twelve depots.',
    'About 3,000 rounds went missing.',
    'Contact between armed groups increased in 2021.',
  ])('%s is content', (line) => {
    expect(isChrome(line)).toBe(false);
  });

  it('a map label above the country name does not become the title', () => {
    const x = extract(['Skip to content', 'Menu', 'Map of Nepal', 'Nepal', 'Ammunition management country profile', 'Security situation', 'Nepal is calm.']);
    expect(x.document.title).toBe('Nepal: Ammunition management country profile');
  });
});

describe('a table whose cells were lost from the text', () => {
  it('warns naming the caption, reads the tally, and keeps the fragment out of the prose', () => {
    const x = extract([
      'Accidental explosions',
      'Since 1979, four accidental explosions were reported in Nepal (Table 1).',
      'Table 1: Accidental explosions in Nepal (1979–2022)',
      '',
      '',
      'Owner/manager',
      'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
    ]);
    expect(x.explosions).toEqual([]);
    expect(x.tallies.map((t) => [t.reported_count, t.reported_raw, t.line_start])).toEqual([[4, 'four', 2]]);
    expect(issues(x)).toEqual([['warning', 'table-not-read', 3]]);
    expect(x.issues[0]?.message).toBe(
      "table 'Table 1: Accidental explosions in Nepal (1979–2022)' (line 3) has no rows in the document's text (only 'Owner/manager' follows its caption); nothing is loaded from it.",
    );
    expect(x.sections[0]?.answer).toBe('Since 1979, four accidental explosions were reported in Nepal (Table 1).');
    expect(x.citations.map((c) => [c.ref, c.line_start])).toEqual([[null, 7]]);
  });

  it('warns when only the header of a space-separated table follows its caption', () => {
    const x = extract([
      'Explosions accidentelles',
      'Depuis 1979, dix-sept explosions accidentelles ont été signalées au Mali (Tableau 1).',
      'Tableau 1 : Explosions accidentelles au Mali (1979–2023)',
      '',
      'Année Lieu Décès Blessés',
      'Cas de détournement',
    ]);
    expect(x.tallies.map((t) => [t.reported_count, t.reported_raw])).toEqual([[17, 'dix-sept']]);
    expect(issues(x)).toEqual([['warning', 'table-not-read', 3]]);
    expect(x.issues[0]?.message).toContain('only its header follows its caption');
  });

  it('does not take a caption wrapped onto a second line, its table right under it, for a lost table', () => {
    const x = extract([
      'Cases of diversion',
      'Table 2: Cases of diversion of arms, ammunition, and explosives in Kazakhstan',
      'since 2000',
      'Year | Location | Description',
      '2022 | Almaty | About 1,300 weapons were stolen.',
    ]);
    expect(x.issues.filter((i) => i.rule === 'table-not-read')).toEqual([]);
    expect(x.diversions.map((d) => [d.year, d.location, d.quantity])).toEqual([[2022, 'Almaty', 1300]]);
  });

  it('does not take a prose sentence that names a table for a lost one', () => {
    const x = extract(['Accidental explosions', 'Table 1 lists the accidental explosions reported since 1979.', 'Disposal', 'No information.']);
    expect(x.issues.filter((i) => i.rule === 'table-not-read')).toEqual([]);
  });
});

describe('space-separated rows wrapped over a blank line', () => {
  it('puts an explosions row back together from its year line and the line after the blank', () => {
    const x = extract([
      'Accidental explosions',
      'Since 1979, two accidental explosions were reported in Kenya (Table 1).',
      'Table 1. Accidental explosions in Kenya (1979–2022)',
      'Year Location Owner/manager Deaths Injuries',
      '2019 Nairobi',
      '',
      'State (military) 3 77',
      '2010 N/A',
      '',
      'State (police) 0 N/A',
      'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
    ]);
    expect(x.explosions.map((e) => [e.row_number, e.year, e.location, e.owner_type, e.owner_sector, e.deaths, e.injuries, e.line_start, e.line_end])).toEqual([
      [1, 2019, 'Nairobi', 'state', 'military', 3, 77, 5, 7],
      [2, 2010, null, 'state', 'police', 0, null, 8, 10],
    ]);
    expect(issues(x)).toEqual([
      ['info', 'unknown-value', 8],
      ['info', 'unknown-value', 8],
    ]);
    expect(x.tallies.map((t) => t.reported_count)).toEqual([2]);
  });
});

describe('a source written without a label under a table', () => {
  it.each([['See A-MAP Database.'], ['See AMAP Dataset.'], ['Véase la base de datos A-MAP.'], ['Voir la base de données A-MAP.']])('%s', (line) => {
    const x = extract(['Cases of diversion', 'Table 2: Cases of diversion in Nepal since 2010', 'Year | Location | Description', '2017 | Butwal | A constable sold 1,200 rounds.', line, 'Disposal', 'No information.']);
    expect(x.diversions.map((d) => [d.description, d.line_end])).toEqual([['A constable sold 1,200 rounds.', 4]]);
    expect(x.citations.map((c) => [c.ref, c.text, c.line_start, c.section_index])).toEqual([[null, line, 5, 0]]);
    expect(x.sections[0]?.answer).toBeNull();
  });
});

describe('inconsistent footnote numbering', () => {
  it('a marker used twice in one section before its entry is a warning, not a marker without entry', () => {
    const x = extract(['Security situation', 'Stocks are old.1 Depots are unguarded.1', '1 See A-MAP Database.']);
    expect(issues(x)).toEqual([['warning', 'footnote-marker-repeated', 2]]);
    expect(x.citations.map((c) => [c.ref, c.section_index])).toEqual([['1', 0]]);
  });

  it('a number used in two sections waiting for one list is a warning; the entry goes with the later marker, said so', () => {
    const x = extract(['Security situation', 'Crime rose.1 Guns leak.2', 'International support', 'Donors helped.2', '1 Doe, Ann. “Crime.” 2021.', '2 Roe, Bo. “Aid.” 2022.']);
    expect(issues(x)).toEqual([['warning', 'footnote-marker-repeated', 2]]);
    expect(x.issues[0]?.message).toBe(
      'footnote marker 2 is used on line 2 and again on line 4 in two sections before any entry; entry 2 is loaded with the section of line 4, and the source of the claim on line 2 is unknown.',
    );
    expect(x.citations.map((c) => [c.ref, x.sections[c.section_index ?? -1]?.topic])).toEqual([
      ['1', 'security_situation'],
      ['2', 'international_support'],
    ]);
  });

  it('numbering that restarts in a section after the last one had its list is no repeat', () => {
    const x = extract(['Disposal', 'Stocks were destroyed.1', '1 Doe, Ann. “Destruction.” 2021.', 'Needs', 'No needs were reported.1', '1 PoA Report 2022.']);
    expect(issues(x)).toEqual([]);
    expect(x.citations.map((c) => [c.ref, x.sections[c.section_index ?? -1]?.topic])).toEqual([
      ['1', 'disposal'],
      ['1', 'needs'],
    ]);
  });

  it('a number the list skips is a warning naming the marker; a list that never came is info', () => {
    const skipped = extract(['Security situation', 'Crime rose.1 Homicides rose.2 Firms leak guns.3', '1 Doe, Ann. “Crime.” 2021.', '3 Roe, Bo. “Leaks.” 2020.']);
    expect(issues(skipped)).toEqual([['warning', 'footnote-entry-missing', 2]]);
    expect(skipped.issues[0]?.message).toBe(
      'footnote marker 2 on line 2 is cited, but the footnote list has no entry 2 (it goes on to entry 3); the source of that claim is unknown.',
    );
    const none = extract(['Security situation', 'Crime rose.1 Homicides rose.2']);
    expect(issues(none)).toEqual([
      ['info', 'footnote-without-entry', 2],
      ['info', 'footnote-without-entry', 2],
    ]);
  });

  it('an entry whose marker was lost takes the section of the markers on both sides of it', () => {
    const x = extract([
      'Security situation',
      'Crime rose.1 Groups trade across the border.Firms leak guns.3',
      'International support',
      'Donors funded training.4',
      '1 Doe, Ann. “Crime.” 2021.',
      '2 Poe, Cy. “Border trade.” 2022.',
      '3 Roe, Bo. “Leaks.” 2020.',
      '4 See A-MAP Database.',
    ]);
    expect(x.citations.map((c) => [c.ref, x.sections[c.section_index ?? -1]?.topic])).toEqual([
      ['1', 'security_situation'],
      ['2', 'security_situation'],
      ['3', 'security_situation'],
      ['4', 'international_support'],
    ]);
    expect(issues(x)).toEqual([['info', 'footnote-marker-lost', 6]]);
  });
});

describe('several works in one footnote', () => {
  it('splits a Chicago-style note at "; " before a new author or quoted title, each with its URL', () => {
    const x = extract([
      'Security situation',
      'Guns are seized.1',
      '1 “Craft Guns Seized.” Evening Post, 2022. https://kep.example/craft; Sharma, Rita. “Policing the Terai.” Notes 12, 2021. https://sasn.example/12.',
    ]);
    expect(x.citations.map((c) => [c.ref, c.text, c.url, c.source_text])).toEqual([
      ['1', '“Craft Guns Seized.” Evening Post, 2022. https://kep.example/craft', 'https://kep.example/craft', '“Craft Guns Seized.” Evening Post, 2022. https://kep.example/craft'],
      ['1', 'Sharma, Rita. “Policing the Terai.” Notes 12, 2021. https://sasn.example/12.', 'https://sasn.example/12', 'Sharma, Rita. “Policing the Terai.” Notes 12, 2021. https://sasn.example/12.'],
    ]);
  });

  it('does not split at a semicolon inside a title', () => {
    expect(splitFootnoteWorks('Doe, Ann. “Guns; their uses and abuses.” Review, 2021.').map((w) => w.text)).toEqual(['Doe, Ann. “Guns; their uses and abuses.” Review, 2021.']);
  });

  it('any number of works joined by "; " comes back as those works, each with its own URL (fast-check)', () => {
    const surname = fc.constantFrom('Doe', 'Roe', 'Okello', 'Traoré', 'Quispe', 'Sharma');
    const given = fc.constantFrom('Ann', 'Bo', 'James', 'Awa', 'Rosa', 'Rita');
    const title = fc.constantFrom('Guns in the North', 'Depot Blasts', 'Border Trade', 'Stolen Rounds');
    const work = fc.tuple(fc.boolean(), surname, given, title, fc.integer({ min: 1, max: 99 })).map(([quoted, s, g, t, k]) =>
      quoted ? `“${t}.” Daily News, 2021. https://news.example/${k}` : `${s}, ${g}. “${t}.” Review ${k}, 2020. https://review.example/${k}`,
    );
    fc.assert(
      fc.property(fc.array(work, { minLength: 1, maxLength: 4 }), (works) => {
        const read = splitFootnoteWorks(works.join('; '));
        expect(read.map((w) => w.text)).toEqual(works);
        expect(read.map((w) => w.url)).toEqual(works.map((w) => w.slice(w.indexOf('https://'))));
      }),
      { numRuns: 150 },
    );
  });
});

describe('table captions of the current layout', () => {
  it('reads the number of "Table. 1", "Table 1.", "Table 1:" and "Table 1 –" in every language\'s table word (fast-check)', () => {
    const words = allLexicons().flatMap((lexicon) => lexicon.tableWords);
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.integer({ min: 1, max: 999 }), fc.constantFrom('. {n}', ' {n}.', ' {n}:', ' {n} :', ' {n} –', '.{n}'), (word, n, shape) => {
        const caption = `${word}${shape.replace('{n}', String(n))} Accidental explosions (1979–2021)`;
        expect(captionNumber(caption)).toBe(String(n));
      }),
      { numRuns: 200 },
    );
  });
});
