import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A counter word alone after a number (`540 items`, `86 pièces`, `86 единиц`, `540 قطعة`) names no weapons; when the
 * breakdown right after it lists weapons, it counts those weapons: the generic total, its raw words the counter. Without
 * such a breakdown, or with ammunition in it, or with a noun after the counter, it stays unread (never a guessed total).
 */
function read(text: string, language: string) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return {
    statements: statements.map((s) => ({
      total: s.total,
      reconciliation: s.reconciliation,
      counts: s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total]),
    })),
    issues: issues.map((i) => i.rule),
    categoryRule: statements[0]?.counts[0]?.steps?.find((s) => s.column === 'category'),
  };
}

describe('a counter word whose breakdown names weapons is their total', () => {
  it.each([
    ['en', 'In the same year, 540 items were surrendered, among them 320 shotguns and 220 rifles.', 'items', ['shotguns', 'rifles']],
    ['en', 'In 2022 the police seized 540 units: 320 pistols and 220 rifles.', 'units', ['pistols', 'rifles']],
    ['en', 'In 2022 the army destroyed 540 pcs., including 320 pistols and 220 rifles.', 'pcs.', ['pistols', 'rifles']],
    ['fr', 'En 2023, la Douane a saisi 540 pièces, dont 320 fusils de chasse et 220 pistolets automatiques.', 'pièces', ['hunting', 'pistols']],
    ['fr', 'En 2023, 540 unités ont été détruites, dont 320 fusils et 220 pistolets.', 'unités', ['rifles', 'pistols']],
    ['es', 'En 2023, la policía incautó 540 piezas, de las cuales 320 fusiles y 220 pistolas.', 'piezas', ['rifles', 'pistols']],
    ['pt', 'Em 2023, a polícia apreendeu 540 peças, das quais 320 pistolas e 220 revólveres.', 'peças', ['pistols', 'revolvers']],
    ['ru', 'В 2023 году полиция изъяла 540 единиц, в том числе 320 винтовок и 220 пистолетов.', 'единиц', ['rifles', 'pistols']],
    ['ru', 'В 2023 году изъято 540 ед., из них 320 винтовок и 220 пистолетов.', 'ед.', ['rifles', 'pistols']],
    ['ar', 'في عام 2023، تم تسليم 540 قطعة، منها 320 بندقية و220 مسدساً.', 'قطعة', ['rifles', 'pistols']],
  ])('%s: %s', (language, text, counter, parts) => {
    const out = read(text, language);
    expect(out.statements).toEqual([
      { total: 540, reconciliation: 'balanced', counts: [['firearms', counter, 540, true], [parts[0], expect.any(String), 320, false], [parts[1], expect.any(String), 220, false]] },
    ]);
    expect(out.issues).not.toContain('no-total');
    expect(out.categoryRule).toMatchObject({ rule: 'vocabulary.counter-of-weapon-parts', value: 'firearms', source_words: counter });
  });

  it('a breakdown that is not all weapons leaves the counter unread', () => {
    // Ammunition among the parts: the items are more than weapons, 540 is no count of weapons.
    const ammunition = read('In 2022 the police seized 540 items, of which 320 rifles and 220 cartridges.', 'en');
    expect(ammunition.statements.flatMap((s) => s.counts.map((c) => c[2]))).not.toContain(540);
    expect(ammunition.issues).toContain('not-a-weapon-count');
  });

  it('a counter with no breakdown, or with a noun after it, counts nothing', () => {
    expect(read('In 2022 the police seized 540 items.', 'en').statements).toEqual([]);
    expect(read('En 2023, la police a saisi 86 pièces, dont 54 culasses.', 'fr').statements).toEqual([]);
    // `pièces détachées`: spare parts, whatever the breakdown names.
    const parts = read('En 2023, la police a saisi 86 pièces détachées, dont 54 fusils.', 'fr');
    expect(parts.statements.flatMap((s) => s.counts.map((c) => c[2]))).not.toContain(86);
  });
});
