import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { findMarkers, readFootnoteLine } from '../../src/extractors/amap-profile/lines.ts';

describe('amap-profile: footnotes lettered (a), (b)', () => {
  it('reads lettered markers and entries, lettering restarting per section', () => {
    const text = [
      'Niger',
      'Ammunition management country profile',
      'Security situation',
      'Armed groups operate in the Tillabéri region (a) and along the border with Mali.(b)',
      '(a) Issoufou, Mariama. “Tillabéri under pressure.” Sahel Review, 4 May 2022. https://sahel-review.example/tillaberi.',
      '(b) “The Mali–Niger border in 2021.” Border Watch. Accessed 9 March 2024. https://border-watch.example/mali-niger.',
      'Needs',
      'No needs have been reported for Niger.(a)',
      '(a) PoA Report 2020, Niger. https://smallarms.un-arm.org/country-profiles/NER.',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.citations.map((c) => [c.ref, c.line_start, c.url, c.section_index === null ? null : out.sections[c.section_index]?.topic])).toEqual([
      ['a', 5, 'https://sahel-review.example/tillaberi', 'security_situation'],
      ['b', 6, 'https://border-watch.example/mali-niger', 'security_situation'],
      ['a', 9, 'https://smallarms.un-arm.org/country-profiles/NER', 'needs'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote'))).toEqual([]);
  });

  it('takes a lettered line for an entry only when it reads as a citation, and a marker only after a word', () => {
    expect(readFootnoteLine('(a) Ngono, Paul. “Boko Haram in the Far North.” Lake Chad Studies, 2021.')).toMatchObject({ ref: 'a', bracketed: true });
    expect(readFootnoteLine('(a) the police reported two thefts in 2019')).toBeNull();
    expect(findMarkers('attacks in the Far North region (a) and in 2017.(b)').map((m) => m.ref)).toEqual(['a', 'b']);
    expect(findMarkers('(a) the first item; a (b) c').map((m) => m.ref)).toEqual(['b']);
    expect(findMarkers('Deaths/Injuries (total)').map((m) => m.ref)).toEqual([]);
  });
});
