import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { findMarkers, readFootnoteLine, stripMarkers } from '../../src/extractors/amap-profile/lines.ts';

describe('amap-profile: footnotes numbered in Roman numerals [i], [ii]', () => {
  it('reads Roman markers and entries, the numbering restarting per section, in French too', () => {
    const text = [
      'Burkina Faso',
      'Profil de pays sur la gestion des munitions',
      'Situation sécuritaire',
      'Les attaques de groupes armés ont augmenté depuis 2016.[i] Les dépôts de l’armée ont été renforcés.[ii] Trois sites ont été évacués.[iii]',
      '[i] Ouédraogo, Awa. « Le Sahel en armes. » Revue sahélienne, 2021. https://revue-sahel.example/armes.',
      '[ii] Ministère de la Défense. Rapport annuel 2020. https://defense.example/rapport-2020.',
      '[iii] « Évacuation des dépôts. » Le Pays, 3 mars 2022. Consulté le 4 avril 2024. https://lepays.example/depots.',
      'Besoins',
      'Le Burkina Faso a besoin de 4 conteneurs de stockage.[i]',
      '[i] Rapport PoA 2022, Burkina Faso. https://smallarms.un-arm.org/country-profiles/BFA.',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.citations.map((c) => [c.ref, c.line_start, c.url, c.section_index === null ? null : out.sections[c.section_index]?.topic])).toEqual([
      ['i', 5, 'https://revue-sahel.example/armes', 'security_situation'],
      ['ii', 6, 'https://defense.example/rapport-2020', 'security_situation'],
      ['iii', 7, 'https://lepays.example/depots', 'security_situation'],
      ['i', 10, 'https://smallarms.un-arm.org/country-profiles/BFA', 'needs'],
    ]);
    expect(out.issues.filter((i) => i.rule.startsWith('footnote'))).toEqual([]);
  });

  it('knows i to xxxix, never a ticked box [x], another letter or a malformed numeral, and no marker is read as a number', () => {
    expect(findMarkers('stable.[iv] Then [ix] and [xiv], [xxxix]').map((m) => m.ref)).toEqual(['iv', 'ix', 'xiv', 'xxxix']);
    expect(findMarkers('[x] Yes [a] [iiii] [vx] [I] [ic]').map((m) => m.ref)).toEqual([]);
    expect(readFootnoteLine('[vii] OSCE. Annual report 2021. https://osce.example/2021.')).toMatchObject({ ref: 'vii', bracketed: true });
    expect(readFootnoteLine('[x] Yes')).toBeNull();
    expect(stripMarkers('destroyed 412 tonnes.[ii] In 2022')).toBe('destroyed 412 tonnes. In 2022');
  });

  it('makes a `[ii] ...` line of a text a footnote block with its ref', () => {
    const model = decodePlainText('Stocks were reduced.[ii] More followed.\n[ii] Smith, John. “A title.” 2020.', 'utf-8');
    expect(model.blocks.map((b) => [b.kind, b.kind === 'footnote' ? b.ref : null])).toEqual([
      ['paragraph', null],
      ['footnote', 'ii'],
    ]);
  });
});
