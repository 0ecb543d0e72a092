import { describe, expect, it } from 'vitest';
import { explainTransformations } from '../../src/analyst/transformations.ts';

/** Other shapes of the same family than the seeds: other separators, qualifiers, languages, unknown markers. */
describe('explainTransformations', () => {
  it('names a no-break-space separator and an "at least" qualifier in a diversion', () => {
    expect(explainTransformations('diversions', {
      location: 'Darkhan', quantity: 3200, quantity_approx: 1, quantity_qualifier: 'at least',
      description: 'At least 3\u00a0200 rounds of 7.62 mm ammunition went missing.', source_text: '2018 Darkhan\nAt least 3\u00a0200 rounds of 7.62 mm ammunition went missing.',
    })).toEqual([
      '`3\u00a0200` -> quantity 3200, thousands separator no-break space U+00A0 removed',
      '`At least` -> quantity_approx = 1 (approximate; qualifier "at least")',
    ]);
  });

  it('says a diversion without a number has quantity NULL, never 0', () => {
    expect(explainTransformations('diversions', {
      location: null, quantity: null, quantity_approx: null, quantity_qualifier: null,
      description: 'Unknown quantities of grenades were stolen.', source_text: '2016 | — | Unknown quantities of grenades were stolen.',
    })).toEqual(['location `—` -> NULL (unknown)', 'no number of items in the description -> quantity NULL']);
  });

  it('reads unknown casualties from a row without a trailing pipe and with another owner', () => {
    expect(explainTransformations('explosions', {
      location: 'Piura', owner_raw: 'Non-state (company)', owner_type: 'non_state', owner_sector: 'company', deaths: 4, injuries: null,
      source_text: '2013 | Piura | Non-state (company) | 4 | n/a',
    })).toEqual([
      '`Non-state (company)` -> owner_type non_state, owner_sector company (owner normalised; the words are kept in owner_raw)',
      'injuries `n/a` -> NULL (unknown, not 0)',
    ]);
  });

  it('explains an unbalanced statement with a space separator and keeps both numbers', () => {
    expect(explainTransformations('count_statements', {
      year: 2013, year_basis: 'stated', action: 'destroyed', action_raw: 'destroyed', agency: 'police', agency_raw: 'the Police of the Republic of Armenia',
      total: 3970, components_sum: 3980, reconciliation: 'unbalanced', reported_in: 2014,
      source_text: 'In 2013, the Police of the Republic of Armenia destroyed 3 970 weapons, including 2 811 smooth-bore weapons, 402 gas weapons, 596 pistols and revolvers and 171 rifles.',
    })).toEqual([
      '`3 970` -> total 3970, thousands separator space removed',
      '`In 2013` -> year 2013 (stated)',
      '`the Police of the Republic of Armenia` -> agency police',
      'attributed to the national report of 2014 -> reported_in 2014',
      'parts add up to 3980, the total says 3970 (difference 10) -> reconciliation unbalanced; both kept as written',
    ]);
  });

  it('explains a Russian count with a category outside the vocabulary', () => {
    expect(explainTransformations('weapon_counts', {
      quantity: 1128, category: null, category_raw: 'единиц травматического оружия', parent_category: null, is_total: 0, approx: 0,
      approx_qualifier: null, year: 2013, year_basis: 'stated', action: 'seized', agency: null, reported_in: null,
      source_text: 'В 2013 году изъято 1 560 единиц оружия, из них 1\u00a0128 единиц травматического оружия',
    }, { action_raw: 'изъято', agency_raw: null })).toEqual([
      '`1\u00a0128 единиц травматического оружия` -> quantity 1128, category NULL',
      '`1\u00a0128` -> 1128, thousands separator no-break space U+00A0 removed',
      '`единиц травматического оружия` is not in the category vocabulary -> category NULL (words kept in category_raw)',
      '`изъято` -> action seized',
    ]);
  });

  it('explains an ambiguous date, an empty answer and a tally in words', () => {
    expect(explainTransformations('sections', {
      topic: 'tracing', heading_raw: null, question: 'Measures taken for undertaking traces and responding to tracing requests:', answer: null,
      source_report_year: 2014, source_date_raw: '03/09/2014', source_date_iso: null,
    })).toEqual([
      '`Measures taken for undertaking traces and responding to tracing requests:` -> topic tracing',
      'empty answer -> answer NULL (the state gave no answer)',
      '`03/09/2014` is ambiguous (day and month could be either way round) -> source_date_iso NULL, raw kept',
      'attributed to the national report of 2014 -> source_report_year 2014',
    ]);
    expect(explainTransformations('tallies', { reported_raw: 'five', reported_count: 5 })).toEqual(['`five` -> reported_count 5 (number in words)']);
    expect(explainTransformations('tallies', { reported_raw: 'numerous', reported_count: null })).toEqual(['`numerous` gives no number -> reported_count NULL (unknown, not a guess)']);
  });

  it('explains an access date written day-first and an inferred footnote number', () => {
    expect(explainTransformations('citations', {
      ref: '3', ref_inferred: 1, accessed_on: '2023-02-09', url: 'https://observatorio.example/x',
      text: 'Observatorio Nacional. Homicidios 2022. Accessed 9 February 2023. https://observatorio.example/x.',
    })).toEqual([
      'footnote number not written; 3 taken from the footnote\'s position -> ref_inferred 1',
      '`Accessed 9 February 2023` -> accessed_on 2023-02-09',
      'URL read from the text without the sentence-final `.`',
    ]);
  });
});

describe('explainTransformations reads markers and relative years through the shared parsers', () => {
  it('reports an `inconnu` cell as unknown, not as not given', () => {
    expect(explainTransformations('explosions', {
      location: 'Abidjan', owner_raw: null, owner_type: null, owner_sector: null, deaths: 2, injuries: null,
      source_text: '2017 | Abidjan | | 2 | inconnu',
    })).toContain('injuries `inconnu` -> NULL (unknown, not 0)');
  });

  it('quotes a Russian "в прошлом году" as the words the year was inferred from', () => {
    const steps = explainTransformations('count_statements', {
      year: 2011, year_basis: 'inferred', reported_in: 2012, total: 40, source_text: 'В прошлом году изъято 40 единиц оружия.',
    });
    expect(steps.find((s) => s.includes('-> year'))).toBe('`В прошлом году` -> year 2011 (inferred, not written: the report it is attributed to is the 2012 national report; 2012 - 1 = 2011)');
  });
});
