/**
 * The marks count statements read that belong to no language (symbols, codes, punctuation). Every word
 * of a language is in that language's lexicon (src/language/lexicons/<lang>.ts, `countStatements`).
 * Entries are regex fragments.
 */
export const SHARED_COUNT_WORDS = {
  /** Units after a number that is not of weapons ("7.62 mm", "30 kg", "15 %"). */
  unitSymbols: ['mm', 'cm', 'km', 'm', 'kg', 'g', 't', '%'],
  /** Percent signs after a number (`15 %`, the Arabic `١٥٪`): a percentage, no count. */
  percentSigns: ['%', '٪'],
  /** Currency symbols before a number, written as regex fragments. */
  currencySymbols: ['[$€£¥₽₸]', 'US\\$'],
  /** Currency codes before a number (matched as written, in capitals). */
  currencyCodes: ['USD', 'EUR', 'CHF', 'GBP', 'FCFA', 'CFA', 'KZT', 'RUB'],
  /**
   * Dashes joining two numbers into a range, or a year to its count in a year list (`2019 — 1 204`): the hyphen-minus,
   * the hyphen, the non-breaking hyphen, the figure, en and em dashes and the horizontal bar.
   */
  rangeDashes: ['[-‐‑‒–—―]'],
  /** Punctuation between two counts of one list. */
  listPunctuation: '[\\s,;、，；،]',
  /** A colon announces a breakdown in every language. */
  breakdownPunctuation: [':'],
} as const;
