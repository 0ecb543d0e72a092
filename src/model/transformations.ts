/**
 * The steps that turned a document's words into a fact's values, recorded by the parser or extractor
 * at the moment it made them (never re-derived afterwards). The loader stores them in the
 * `transformations` table keyed by fact table and fact id; `salw-etl lineage` prints them verbatim.
 *
 * @example
 * { column: 'quantity', source_words: 'Approximately 1’300', rule: 'quantity.qualifier-before',
 *   lexicon_entry: 'qualifiers.approximate: approximately', language: 'en', value: '1300' }
 */
export interface TransformationStep {
  /** The fact column the step set (`quantity`, `quantity_approx`, `year`, `category`, ...). */
  column: string;
  /** The words as written in the document that the step read. */
  source_words: string;
  /**
   * A stable rule id, `<parser>.<rule>`: `quantity.thousands-separator`, `quantity.number-words`,
   * `quantity.qualifier-before`, `unknown.marker`, `vocabulary.category`, `year.inferred-relative`, ...
   */
  rule: string;
  /** The lexicon section and entry that matched (`numberWords: seventeen`), or null when no lexicon entry was used. */
  lexicon_entry: string | null;
  /** The language whose lexicon was read (`en`, `ru`, `pt`, ...), or null when the rule is language-free. */
  language: string | null;
  /** The value stored, as text (`1300`, `1`, `NULL`, `smoothbore`). */
  value: string;
}

/** A value read from text, with the steps that read it. */
export interface Reading<T> {
  value: T;
  steps: TransformationStep[];
}
