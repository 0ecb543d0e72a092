import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/extractors/poa-report/furniture.ts';
import type { DocLine } from '../../src/extractors/poa-shared/lines.ts';

/**
 * A document code repeated on the pages of a report is page furniture, whatever body issued it: the UN's (`A/CONF.192/...`)
 * and a national body's of up to five capitals (`KNFP/PoA/2024/01`), the same codes the report's facts read
 * (facts.ts DOCUMENT_CODE_LINE, one definition). A four- or five-capital code had been left in the text as a line of prose.
 */
const lines = (texts: readonly string[]): DocLine[] => texts.map((text, i) => ({ no: i + 1, text }) as DocLine);

describe('a repeated document code is furniture', () => {
  it.each(['A/CONF.192/2024/BMS/1', 'KNFP/PoA/2024/01', 'RWA/PoA/NR/2022'])('%s', (code) => {
    const page = lines([code, 'In 2023 the police destroyed 1,068 firearms.', '', code, 'Customs seized 45 rifles in 2023.']);
    expect([...findFurniture(page, 0).skip].sort()).toEqual([0, 3]);
  });

  it('a code standing once is no furniture', () => {
    expect([...findFurniture(lines(['KNFP/PoA/2024/01', 'In 2023 the police destroyed 1,068 firearms.']), 0).skip]).toEqual([]);
  });
});
