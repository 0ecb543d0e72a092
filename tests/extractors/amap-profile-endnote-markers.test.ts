import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const read = (lines: string[]) => extractAmapProfile(decodePlainText(lines.join('\n'), 'utf-8'));
/** Each numbered citation's ref and the topic of the section it is linked to. */
const links = (lines: string[]) => {
  const extraction = read(lines);
  return extraction.citations.filter((c) => c.ref !== null).map((c) => [c.ref, c.section_index === null ? null : (extraction.sections[c.section_index]?.topic ?? null)]);
};

describe('amap-profile: endnote markers on a Source line or in a table cell', () => {
  it('links an endnote whose marker ends a Source line, and one whose marker is in a diversion cell, to those sections', () => {
    const lines = [
      'Sierra Leone',
      'Ammunition management country profile',
      'Security situation',
      'The civil war ended in 2002.[1]',
      'Accidental explosions',
      'Since the beginning of data collection in 1979 by the Small Arms Survey, one accidental explosion was reported in Sierra Leone (Table 1).',
      'Table 1. Accidental explosions in Sierra Leone (1979–2023)',
      '| Year | Location | Owner/manager | Deaths | Injuries |',
      '| 2016 | Wilberforce | State (military) | 1 | 4 |',
      'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.[2]',
      'Cases of diversion',
      'One case of diversion was reported in Sierra Leone (Table 2).',
      'Table 2. Cases of diversion in Sierra Leone',
      '| Year | Location | Description |',
      '| 2018 | Kenema | 30 pistols were stolen from a police armoury.[3] |',
      'Needs',
      'Sierra Leone has asked for help with storage.[4]',
      'Notes',
      '1. Kamara, Fatmata. "After the war." Freetown Review, 2020. https://fr.example/after.',
      '2. The casualty figures come from a hospital register.',
      '3. Sierra Leone Police. "Armoury audit 2018." https://slp.example/audit.',
      '4. PoA Report 2022, Sierra Leone. https://smallarms.example/SLE.',
    ];
    expect(links(lines)).toEqual([
      ['1', 'security_situation'],
      ['2', 'accidental_explosions'],
      ['3', 'diversion'],
      ['4', 'needs'],
    ]);
    // The description is kept verbatim, the marker with it; the quantity is read as before.
    expect(read(lines).diversions.map((d) => [d.description, d.quantity])).toEqual([['30 pistols were stolen from a police armoury.[3]', 30]]);
  });

  it('keeps section-scoped numbering: a [1] on a Source line answers the [1] entry under it, not the first section', () => {
    const lines = [
      'Guinea',
      'Ammunition management country profile',
      'Security situation',
      'Unrest followed the 2021 coup.[1]',
      '[1] "Guinea after the coup." Conakry Monitor, 2022. https://cm.example/coup.',
      'Accidental explosions',
      'Since the beginning of data collection in 1979 by the Small Arms Survey, one accidental explosion was reported in Guinea (Table 1).',
      'Table 1. Accidental explosions in Guinea (1979–2023)',
      '| Year | Location | Owner/manager | Deaths | Injuries |',
      '| 2012 | Conakry | State (military) | 0 | 2[1] |',
      'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
      '[1] The injuries are those reported by the army.',
    ];
    expect(links(lines)).toEqual([
      ['1', 'security_situation'],
      ['1', 'accidental_explosions'],
    ]);
    expect(read(lines).explosions.map((e) => [e.location, e.injuries])).toEqual([['Conakry', 2]]);
  });
});
