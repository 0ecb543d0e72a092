import { describe, expect, it } from 'vitest';
import { normaliseOwner } from '../../src/transforms/owner.ts';

const read = (raw: string) => {
  const r = normaliseOwner(raw);
  return [r.owner_type, r.owner_sector, r.recognised];
};

describe('owner/manager: an armed group is the sector other', () => {
  it('reads an armed group, a militia, rebels as non-state other in every language with owner words', () => {
    expect(read('Non-state (armed group)')).toEqual(['non_state', 'other', true]);
    expect(read('Non-state (armed groups)')).toEqual(['non_state', 'other', true]);
    expect(read('Non-state (non-state armed group)')).toEqual(['non_state', 'other', true]);
    expect(read('Non-state (militia)')).toEqual(['non_state', 'other', true]);
    expect(read('Non-state – rebel group')).toEqual(['non_state', 'other', true]);
    expect(read('Non étatique (groupe armé)')).toEqual(['non_state', 'other', true]);
    expect(read('No estatal (grupo armado)')).toEqual(['non_state', 'other', true]);
    expect(read('Não estatal (grupo armado)')).toEqual(['non_state', 'other', true]);
    expect(read('Негосударственный (вооружённая группа)')).toEqual(['non_state', 'other', true]);
    expect(read('Негосударственный (незаконные вооружённые формирования)')).toEqual(['non_state', 'other', true]);
    expect(read('جهة غير حكومية (جماعة مسلحة)')).toEqual(['non_state', 'other', true]);
    expect(read('Armed group')).toEqual([null, 'other', true]);
  });

  it('leaves the state sectors as they were, and an unknown sector NULL', () => {
    expect(read('State (military)')).toEqual(['state', 'military', true]);
    expect(read('Государственный (вооружённые силы)')).toEqual(['state', 'military', true]);
    expect(read('State (armed forces)')).toEqual(['state', 'military', true]);
    expect(read('State (navy base)')).toEqual(['state', null, false]);
    expect(read('Non-state (armed faction of a clan)')).toEqual(['non_state', null, false]);
  });
});
