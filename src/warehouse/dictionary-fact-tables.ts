/**
 * Data dictionary entries of the fact tables: what the extractors read out of documents (explosions,
 * diversions, tallies, sections, citations, count statements and weapon counts, report submissions,
 * meeting statements), each with the lineage columns that say where a value was read.
 */
import { GENERIC_CATEGORY, WEAPON_CATEGORY_CODES } from '../model/vocabulary.ts';
import { ACTION, AGENCY, codesOf, COUNTRY, LINEAGE, type RelationDoc, REPORTED_IN, YEAR, YEAR_BASIS } from './dictionary-shared.ts';

export const FACT_TABLES: Record<string, RelationDoc> = {
  explosions: {
    type: 'table',
    description: 'Unplanned explosions at munitions sites, one row per row of a source table (never deduplicated: two identical rows are two incidents).',
    columns: {
      explosion_id: { meaning: 'Surrogate key of the explosion row.' },
      country_iso3: COUNTRY,
      year: { ...YEAR, example: '2021' },
      location: { meaning: 'The place as written; NULL when the document says N/A.', example: 'Taraz' },
      owner_raw: { meaning: 'The owner/manager of the site as written.', example: 'State (military)' },
      owner_type: { meaning: 'Who owns or manages the site.', vocabulary: 'state, non_state', example: 'state' },
      owner_sector: { meaning: 'The owner\'s sector.', vocabulary: 'military, police, company, other', example: 'military' },
      deaths: { meaning: 'People killed; NULL when unknown (N/A), 0 only when the source says 0.', unit: 'people', example: '12' },
      injuries: { meaning: 'People injured; NULL when unknown (N/A), 0 only when the source says 0.', unit: 'people', example: '90' },
      row_number: { meaning: 'Position of the row in its source table (1 = first data row).', example: '1' },
      table_caption: { meaning: 'Caption of the source table, as written.', example: 'Table. 1 Accidental explosions in Kazakhstan (1979-2021)' },
      ...LINEAGE,
    },
  },
  diversions: {
    type: 'table',
    description: 'Cases of diversion (theft, loss, illicit transfer) of arms and ammunition, one row per row of a source table.',
    columns: {
      diversion_id: { meaning: 'Surrogate key of the diversion row.' },
      country_iso3: COUNTRY,
      year: { ...YEAR, example: '2022' },
      location: { meaning: 'The place as written; NULL when the document says N/A.', example: 'Almaty' },
      description: { meaning: 'The description of the case, as written.', example: 'Approximately 1’300 service weapons were stolen during nationwide protests.' },
      quantity: { meaning: 'Number of items diverted, when the description gives one; NULL otherwise.', unit: 'items (weapons, rounds, grenades...)', example: '1300' },
      quantity_approx: { meaning: '1 when the quantity is approximate ("approximately", "some", "at least"); NULL when there is no quantity.', vocabulary: '0, 1', example: '1' },
      quantity_qualifier: { meaning: 'The qualifier that made the quantity approximate, lower-cased.', example: 'approximately' },
      row_number: { meaning: 'Position of the row in its source table (1 = first data row).', example: '1' },
      table_caption: { meaning: 'Caption of the source table, as written.' },
      ...LINEAGE,
    },
  },
  tallies: {
    type: 'table',
    description:
      'What a document says about how many incidents there were, table or not: "no accidental explosion was reported" = 0, "five" = 5, "numerous" = NULL.',
    columns: {
      tally_id: { meaning: 'Surrogate key of the tally.' },
      country_iso3: COUNTRY,
      topic: { meaning: 'What is counted.', vocabulary: 'explosions, diversions', example: 'explosions' },
      period_start: { meaning: 'First year of the period the tally covers ("since 1979").', unit: 'calendar year', example: '1979' },
      period_end: { meaning: 'Last year of the period, when stated.', unit: 'calendar year' },
      reported_count: { meaning: 'The number of incidents; NULL when the words give no number ("numerous").', unit: 'incidents' },
      reported_raw: { meaning: 'The words the count was read from.', example: 'numerous' },
      ...LINEAGE,
    },
  },
  sections: {
    type: 'table',
    description:
      'Narrative sections and template answers: one row per section of text, or per template question with its answer (NULL when the state left it empty).',
    columns: {
      section_id: { meaning: 'Surrogate key of the section.' },
      country_iso3: COUNTRY,
      topic: {
        meaning: 'The theme of the section or question, as a code (NULL when the heading is not recognised).',
        vocabulary:
          'security_situation, international_support, accidental_explosions, diversion, disposal, needs, national_coordination, legislation, manufacture, transfers, brokering, stockpile_management, collection_destruction, marking, record_keeping, tracing, information_exchange, public_awareness, crime_linkage, border_control, international_cooperation, assistance_needs, implementation_challenges, regional_events',
        example: 'marking',
      },
      heading_raw: { meaning: 'The heading as written.', example: 'Collection and destruction' },
      question: { meaning: 'The template question as written; NULL for free text.', example: 'National marking practices:' },
      source_tag: { meaning: 'The question\'s tag in a questionnaire, when it has one.', example: 'PoA II.4' },
      answer: { meaning: 'The section text, or the answer to the question; NULL when the document left it empty (the state gave no answer).' },
      source_report_year: { meaning: 'The national report the text comes from (attribution or Source line).', unit: 'calendar year', example: '2010' },
      source_date_raw: { meaning: 'The date given with the source, as written.', example: '6/5/2011' },
      source_date_iso: { meaning: 'That date as ISO 8601, only when unambiguous (6/5/2011 is not: 6 May or 5 June).' },
      ...LINEAGE,
    },
  },
  citations: {
    type: 'table',
    description: 'Works cited by a document: footnotes (ref = their number) and the works on a table\'s `Source:` line (ref NULL, one row per work).',
    columns: {
      citation_id: { meaning: 'Surrogate key of the citation.' },
      section_id: { meaning: 'The section the citation belongs to: sections.section_id (footnote numbers restart per section).' },
      ref: { meaning: 'The footnote number as written; NULL for a work cited on a Source line.', example: '1' },
      ref_inferred: { meaning: '1 when the footnote number was not written and was taken from the footnote\'s position.', vocabulary: '0, 1', example: '0' },
      text: { meaning: 'The citation as written.', example: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.' },
      url: { meaning: 'The URL in the citation, without trailing punctuation.' },
      accessed_on: { meaning: 'The access date the citation gives ("Accessed September 6, 2022"), ISO 8601; NULL when it gives none.', example: '2022-09-06' },
      ...LINEAGE,
    },
  },
  count_statements: {
    type: 'table',
    description:
      'Statements that count weapons ("In 2005, 9,607 weapons were seized: ..."): one row per statement, with its total and a check of its parts against the total. The numbers are in weapon_counts.',
    columns: {
      statement_id: { meaning: 'Surrogate key of the statement.' },
      country_iso3: COUNTRY,
      year: YEAR,
      year_basis: YEAR_BASIS,
      action: ACTION,
      action_raw: { meaning: 'The words that say what was done.', example: 'destroyed' },
      agency: AGENCY,
      agency_raw: { meaning: 'The words that name the agency.', example: 'internal affairs agencies' },
      total: { meaning: 'The total the statement gives; NULL when it gives only parts.', unit: 'weapons', example: '5563' },
      components_sum: { meaning: 'Sum of the top-level parts (parent_category NULL, not the total); NULL when the statement gives no parts.', unit: 'weapons', example: '5563' },
      reconciliation: {
        meaning: 'How the parts relate to the total. A total given without any breakdown is no_parts, with components_sum NULL.',
        vocabulary: 'balanced (parts add up), nested (parts add up, with a second level breaking one part down), unbalanced (they do not: see quality_issues), no_total (parts only), no_parts (a total without a breakdown)',
        example: 'balanced',
      },
      reported_in: REPORTED_IN,
      ...LINEAGE,
    },
  },
  weapon_counts: {
    type: 'table',
    description:
      'One row per number in a count statement: the total (is_total = 1) and each part by weapon category. Parts with a parent_category break that part down further: do not add them to the top level.',
    columns: {
      count_id: { meaning: 'Surrogate key of the count.' },
      statement_id: { meaning: 'The statement the number belongs to: count_statements.statement_id.' },
      country_iso3: COUNTRY,
      year: YEAR,
      year_basis: YEAR_BASIS,
      action: ACTION,
      agency: AGENCY,
      category: {
        meaning: 'The weapon category, as a code (NULL when the words are not in the vocabulary: see category_raw).',
        vocabulary: codesOf(WEAPON_CATEGORY_CODES)
          .map((code) => (code === GENERIC_CATEGORY ? `${code} (the generic total)` : code))
          .join(', '),
        example: 'smoothbore',
      },
      category_raw: { meaning: 'The words naming the category.', example: 'smoothbore weapons' },
      parent_category: { meaning: 'For a sub-count: the category it breaks down (e.g. pistols_and_revolvers under rifled); NULL at the top level.', example: 'rifled' },
      quantity: { meaning: 'The number of weapons.', unit: 'weapons', example: '3605' },
      is_total: { meaning: '1 for the statement\'s total, 0 for a part.', vocabulary: '0, 1', example: '0' },
      approx: { meaning: '1 when the number is approximate ("about", "some").', vocabulary: '0, 1', example: '0' },
      approx_qualifier: { meaning: 'The word that made the number approximate, lower-cased.' },
      reported_in: REPORTED_IN,
      ...LINEAGE,
    },
  },
  report_submissions: {
    type: 'table',
    description: 'National reports on the PoA a state submitted, one row per report year and language version.',
    columns: {
      submission_id: { meaning: 'Surrogate key of the submission.' },
      country_iso3: COUNTRY,
      report_year: { meaning: 'The year of the report.', unit: 'calendar year', example: '2010' },
      language: { meaning: 'Language of this version, ISO 639-1.', vocabulary: 'en, fr, es, ru, ar, zh', example: 'ru' },
      language_raw: { meaning: 'The language as written.', example: 'Русский' },
      ...LINEAGE,
    },
  },
  meeting_statements: {
    type: 'table',
    description: 'Statements a state made at PoA meetings (BMS, Review Conferences, Security Council debates) as listed on its country page.',
    columns: {
      meeting_statement_id: { meaning: 'Surrogate key of the meeting statement.' },
      country_iso3: COUNTRY,
      year: { meaning: 'The year of the meeting.', unit: 'calendar year', example: '2005' },
      meeting: { meaning: 'The meeting as written.', example: '2nd BMS' },
      has_text: { meaning: '1 when the page gives the statement\'s text, 0 when it only lists the meeting.', vocabulary: '0, 1', example: '0' },
      text: { meaning: 'The statement\'s text, when given.' },
      ...LINEAGE,
    },
  },
};
