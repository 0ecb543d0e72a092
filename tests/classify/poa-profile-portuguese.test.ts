import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/document.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import type { RawFile } from '../../src/model/raw-file.ts';

/** A PoA country page written in Portuguese is a PoA page, not a national report nor a tie between them. */
const file: RawFile = { path: 'x/page.txt', absPath: '/x/page.txt', sha256: '0', sizeBytes: 1, mtime: '2024-01-01T00:00:00Z', meta: null, metaProblem: null };

describe('classify on a Portuguese PoA page', () => {
  it('reads the report list in Portuguese, the meeting lines and the attributions as a PoA page', () => {
    const page = [
      'Moçambique',
      'Programa de Acção sobre Armas Ligeiras - Perfil do país',
      'Relatórios nacionais',
      '2010 : Português',
      '2016 : Português English',
      'Declarações',
      '2016 - 6.ª RBE : Declaração de Moçambique',
      'Recolha e destruição',
      '  - Em 2015, a Polícia da República de Moçambique destruiu 2.400 armas. (Relatório Nacional, 2016)',
      'Fonte : Relatório Nacional sobre a implementação do PdA, 2016',
    ].join('\n');
    expect(classify(file, decodePlainText(page, 'utf-8')).kind).toBe('poa_profile');
  });

  it('still reads a Portuguese report as a report', () => {
    const report = [
      'REPÚBLICA DE ANGOLA',
      'Relatório Nacional sobre a Implementação do Programa de Acção das Nações Unidas',
      'Luanda, 3 de Maio de 2022',
      '1. Coordenação nacional',
      'A Comissão Nacional coordena a acção dos ministérios do Interior e da Defesa.',
      '2. Recolha e destruição',
      'Em 2021, a Polícia Nacional recolheu 1.200 armas de fogo, que foram destruídas em Viana.',
    ].join('\n');
    expect(classify(file, decodePlainText(report, 'utf-8')).kind).toBe('poa_report');
  });
});
