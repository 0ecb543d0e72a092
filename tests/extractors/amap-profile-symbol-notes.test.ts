import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { findMarkers, readFootnoteLine, stripMarkers } from '../../src/extractors/amap-profile/lines.ts';

const topics = (out: ReturnType<typeof extractAmapProfile>) =>
  out.citations.map((c) => [c.ref, c.line_start, c.section_index === null ? null : out.sections[c.section_index]?.topic]);

describe('amap-profile: symbol note markers (*, †, ‡) and UN-style a/', () => {
  it('finds symbols glued to words, sentence ends and numbers; never Markdown emphasis or a word before a slash', () => {
    expect(findMarkers('stocks remain high.* Depots sit close.†').map((m) => m.ref)).toEqual(['*', '†']);
    expect(findMarkers('| 3* | 47‡ | 12** |').map((m) => m.ref)).toEqual(['*', '‡', '**']);
    expect(stripMarkers('| 3* | 47† |')).toBe('| 3 | 47 |');
    expect(findMarkers('**Total** and *2019*').map((m) => m.ref)).toEqual([]);
    expect(findMarkers('3 * 4 rounds')).toEqual([]);
    expect(findMarkers('depots were looted.a/ Others were not, b/ and owner/manager and/or').map((m) => m.ref)).toEqual(['a', 'b']);
    expect(findMarkers('Owner/ | manager').map((m) => m.ref)).toEqual([]);
  });

  it('reads symbol and a/ entries; `* text` alone is no entry without a waiting marker', () => {
    expect(readFootnoteLine('† Daily Mirror Online. 9 June 2016.')).toMatchObject({ ref: '†', bracketed: true, symbol: true });
    expect(readFootnoteLine('b/ Ministère de la Défense. Rapport 2019.')).toMatchObject({ ref: 'b', body: 'Ministère de la Défense. Rapport 2019.' });
    expect(readFootnoteLine('* Includes one firefighter.')).toMatchObject({ ref: '*', bracketed: false, symbol: true });
    const text = ['Niger', 'Ammunition country profile', 'Needs', 'Two needs were listed:', '* training of storekeepers', '* new fencing'].join('\n');
    expect(extractAmapProfile(decodePlainText(text, 'utf-8')).citations).toEqual([]);
  });

  it('loads symbol notes per section (numbering restarts), table notes answering markers glued to cells', () => {
    const text = [
      'Bénin',
      'Profil de pays sur les munitions',
      'Situation sécuritaire',
      'Les dépôts du nord restent exposés aux attaques.‡',
      '‡ Koffi, A. « Le nord sous pression ». Cotonou Review, 2021. https://cotonou.example/nord',
      '',
      'Explosions accidentelles',
      'Depuis 1979, deux explosions ont été recensées au Bénin (Tableau 1).',
      'Tableau 1. Explosions accidentelles au Bénin',
      'Année | Lieu | Propriétaire/gestionnaire | Décès | Blessés |',
      '2019 | Parakou | État (militaire) | 2** | 11 |',
      '2015 | Kandi | État (police) | 0 | 5‡ |',
      '** Dont un pompier.',
      '‡ Admissions à l’hôpital.',
      'Source : Small Arms Survey, base de données UEMS, 2023.',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([
      [2019, 'Parakou', 2, 11],
      [2015, 'Kandi', 0, 5],
    ]);
    expect(topics(out)).toEqual([
      ['‡', 5, 'security_situation'],
      ['**', 13, 'accidental_explosions'],
      ['‡', 14, 'accidental_explosions'],
      [null, 15, 'accidental_explosions'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote') || i.rule === 'malformed-row')).toEqual([]);
  });

  it('joins a note cut mid-sentence by a PDF line break to its entry', () => {
    const text = [
      'Mali',
      'Ammunition country profile',
      'Security situation',
      'Armed groups took several depots in 2012.a/',
      'a/ Traoré, B. Depots in the north. Bamako: Sahel Policy',
      'Centre, 2020. https://sahel.example/depots',
      '',
      'Needs',
      'Mali asked for training.a/',
      'a/ PoA Report 2020, Mali. https://smallarms.un-arm.org/country-profiles/MLI',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.citations.map((c) => [c.ref, c.line_start, c.line_end, c.url])).toEqual([
      ['a', 5, 6, 'https://sahel.example/depots'],
      ['a', 10, 10, 'https://smallarms.un-arm.org/country-profiles/MLI'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote'))).toEqual([]);
  });
});
