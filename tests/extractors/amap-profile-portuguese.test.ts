import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const text = [
  'Moçambique',
  'Perfil de país sobre a gestão de munições',
  'Situação de segurança',
  'A insurgência em Cabo Delgado dura desde 2017.',
  'Explosões acidentais',
  'Desde o início da recolha de dados pelo Small Arms Survey, em 1979, foram registadas duas explosões acidentais em Moçambique (Tabela 1).',
  'Tabela 1. Explosões acidentais em Moçambique (1979–2023)',
  'Ano | Local | Proprietário/gestor | Mortos | Feridos',
  '2007 | Malhazine | Estado (militar) | 103 | N/D',
  '2015 | Nampula | Não estatal (empresa) | 0 | 12',
  'Fonte: Small Arms Survey. s.d. Unplanned Explosions at Munitions Sites (UEMS). Base de dados. Consultado em 5 de fevereiro de 2024.',
  'Casos de desvio',
  'Não foram registados casos de desvio.',
  'Necessidades',
  'Não foram comunicadas necessidades por Moçambique.',
].join('\n');

describe('amap-profile in Portuguese (pt lexicon: profile headings, column labels, tally nouns)', () => {
  const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));

  it('reads the sections by their Portuguese headings', () => {
    expect(extraction.sections.map((s) => [s.topic, s.heading_raw])).toEqual([
      ['security_situation', 'Situação de segurança'],
      ['accidental_explosions', 'Explosões acidentais'],
      ['diversion', 'Casos de desvio'],
      ['needs', 'Necessidades'],
    ]);
  });

  it('reads the explosions table by its Portuguese columns and owners, and the tally in words', () => {
    expect(extraction.explosions.map((e) => [e.year, e.location, e.owner_type, e.owner_sector, e.deaths, e.injuries])).toEqual([
      [2007, 'Malhazine', 'state', 'military', 103, null],
      [2015, 'Nampula', 'non_state', 'company', 0, 12],
    ]);
    expect(extraction.tallies.filter((t) => t.topic === 'explosions').map((t) => [t.reported_count, t.period_start])).toEqual([[2, 1979]]);
    expect(extraction.citations.map((c) => c.accessed_on)).toEqual(['2024-02-05']);
  });
});
