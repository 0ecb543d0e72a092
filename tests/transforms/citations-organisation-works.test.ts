import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCitedWorks } from '../../src/transforms/citations.ts';

const works = (line: string) => splitCitedWorks(line).map((w) => w.text);

describe('a Source line citing works whose authors are organisations', () => {
  it('splits at a semicolon after a dated work, before an organisation and its title (English, French, Spanish)', () => {
    expect(works('Source: Conflict Armament Research, Weapons of the Islamic State, 2017; Basra Provincial Council, Annual Security Report 2018.')).toEqual([
      'Conflict Armament Research, Weapons of the Islamic State, 2017',
      'Basra Provincial Council, Annual Security Report 2018.',
    ]);
    expect(works('Source : Ministère de la Défense, Rapport annuel 2019 ; Small Arms Survey, Handbook, 2020.')).toEqual(['Ministère de la Défense, Rapport annuel 2019', 'Small Arms Survey, Handbook, 2020.']);
    expect(works('Fuente: Ministerio de Defensa, Informe anual, 2016; Oficina del Fiscal General, Memoria 2017.')).toEqual(['Ministerio de Defensa, Informe anual, 2016', 'Oficina del Fiscal General, Memoria 2017.']);
  });

  it("reads an organisation's small linking words in every language with a lexicon, and in the unread ones a page cites (Portuguese, Russian, German)", () => {
    expect(works('Fonte: Ministério da Justiça, Relatório anual, 2019; Polícia Federal dos Portos, Balanço 2020.')).toEqual(['Ministério da Justiça, Relatório anual, 2019', 'Polícia Federal dos Portos, Balanço 2020.']);
    expect(works('Источник: Small Arms Survey, Handbook, 2019; Министерство Обороны и Безопасности, Доклад 2020.')).toEqual(['Small Arms Survey, Handbook, 2019', 'Министерство Обороны и Безопасности, Доклад 2020.']);
    expect(works('Source: Small Arms Survey, Handbook, 2019; Bundesamt für Verfassungsschutz, Jahresbericht 2020.')).toEqual(['Small Arms Survey, Handbook, 2019', 'Bundesamt für Verfassungsschutz, Jahresbericht 2020.']);
  });

  it('splits before an organisation whose title opens with a quotation mark (« », “ ”)', () => {
    expect(works('Source : Small Arms Survey, base de données sur les détournements, 2024 ; Conflict Armament Research, « Dépêche du Sahel », 2023.')).toEqual([
      'Small Arms Survey, base de données sur les détournements, 2024',
      'Conflict Armament Research, « Dépêche du Sahel », 2023.',
    ]);
    expect(works('Source: Ministry of Defence, Annual Review, 2019; Small Arms Survey, “Stockpiles at Risk”, 2020.')).toEqual([
      'Ministry of Defence, Annual Review, 2019',
      'Small Arms Survey, “Stockpiles at Risk”, 2020.',
    ]);
  });

  it('splits before an organisation whose work is named by its year alone (author-date: `Observatorio ..., 2023`)', () => {
    expect(works('Fuente: Ministerio de Seguridad, informe anual 2022 ; Observatorio Austral de Seguridad, 2023.')).toEqual([
      'Ministerio de Seguridad, informe anual 2022',
      'Observatorio Austral de Seguridad, 2023.',
    ]);
    expect(works('Source: Ministry of Defence, Annual Review, 2019; Small Arms Survey, 2020.')).toEqual(['Ministry of Defence, Annual Review, 2019', 'Small Arms Survey, 2020.']);
    expect(works('Source : Ministère de la Défense, rapport 2019 ; Small Arms Survey, 2021.')).toEqual(['Ministère de la Défense, rapport 2019', 'Small Arms Survey, 2021.']);
    // A part not closed by a year is no work of its own: one work still.
    expect(works('Source: Annual report on security; Ministry of Defence, 2018.')).toEqual(['Annual report on security; Ministry of Defence, 2018.']);
  });

  it('keeps one work when the part before the semicolon is not closed by a year (a semicolon inside a title)', () => {
    expect(works('Source: Annual report on security; Ministry of Defence, Review 2018.')).toEqual(['Annual report on security; Ministry of Defence, Review 2018.']);
    expect(works('Source: Small Arms Survey, Stockpiles at risk; lessons from 2015, 2016.')).toHaveLength(1);
  });

  it('property: two dated works by organisations joined by `; ` are read back as the two works, in order', () => {
    const word = fc.constantFrom('National', 'Council', 'Survey', 'Research', 'Provincial', 'Agency', 'Office', 'Armament');
    const org = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const title = fc.array(fc.constantFrom('Annual', 'Report', 'Review', 'Security', 'Weapons', 'Stocks'), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const year = fc.integer({ min: 1990, max: 2029 });
    fc.assert(
      fc.property(org, title, year, org, title, year, (o1, t1, y1, o2, t2, y2) => {
        const first = `${o1}, ${t1}, ${y1}`;
        const second = `${o2}, ${t2} ${y2}.`;
        fc.pre(first.length >= 15);
        expect(works(`Source: ${first}; ${second}`)).toEqual([first, second]);
      }),
    );
  });
});
