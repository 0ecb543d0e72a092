import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { findMarkers, readFootnoteLine } from '../../src/extractors/amap-profile/lines.ts';

describe('amap-profile: footnotes numbered in parentheses (1), (2)', () => {
  it('reads the markers after a sentence end and the entries that read as citations, numbering restarting per section', () => {
    const text = [
      'Gabon',
      'Profil de pays sur la gestion des munitions',
      'Situation sécuritaire',
      'Le pays est stable depuis 2016.(1) Des armes circulent près des frontières. (2)',
      '(1) Ndong, Claire. « Le Gabon après 2016 ». Revue d’Afrique centrale, 4 mai 2021. https://rac.example/gabon-2016.',
      '(2) « Frontières poreuses ». Observatoire des armes. Consulté le 9 mars 2024. https://oda.example/frontieres.',
      'Besoins',
      'Le Gabon a exprimé des besoins en formation.(1)',
      '(1) Rapport PoA 2020, Gabon. https://smallarms.un-arm.org/country-profiles/GAB.',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.citations.map((c) => [c.ref, c.line_start, c.url, c.accessed_on, c.section_index === null ? null : out.sections[c.section_index]?.topic])).toEqual([
      ['1', 5, 'https://rac.example/gabon-2016', null, 'security_situation'],
      ['2', 6, 'https://oda.example/frontieres', '2024-03-09', 'security_situation'],
      ['1', 9, 'https://smallarms.un-arm.org/country-profiles/GAB', null, 'needs'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote'))).toEqual([]);
  });

  it('takes (1) for a marker only after a sentence end, and a (1) line for an entry only when it reads as a citation', () => {
    expect(findMarkers('stable depuis 2016.(1) Des armes').map((m) => m.ref)).toEqual(['1']);
    expect(findMarkers('the requirements (1) marking and (2) record-keeping')).toEqual([]);
    expect(findMarkers('rifles (12) and pistols (4).')).toEqual([]);
    expect(readFootnoteLine('(1) marking of all weapons held by the police')).toBeNull();
    expect(readFootnoteLine('(1) Ndong, Claire. « Le Gabon après 2016 ». https://rac.example/gabon-2016.')).toMatchObject({ ref: '1', bracketed: true });
  });
});
