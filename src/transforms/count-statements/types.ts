/** The shapes the count-statement steps pass to each other. */
import type { Span } from '../../model/document.ts';
import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import type { DocumentNotes } from '../footnote-refs.ts';

/** A piece of prose in document order: one bullet or one paragraph (its text may span lines, joined by LF). */
export interface ProseUnit {
  text: string;
  span: Span;
  /**
   * The document's own words when `text` is a readable copy of them (glued words split apart,
   * transforms/deglue.ts): source_text is sliced from here, at `offset(i)` for offset `i` of `text`.
   */
  verbatim?: { text: string; offset(i: number): number };
  /** Offsets in `text` where a line break inside a number (`2` / `418`) is read as the space it stands for (wrapped-numbers.ts). */
  wrappedNumbers?: readonly number[];
}

export interface CountContext {
  /**
   * The report year the facts are attributed to (`(National Report, 2005)` closing the group, or a
   * national report's own year). "In the past year" resolves against it (year - 1, inferred).
   */
  reportedIn: number | null;
  /** ISO 639-1 language of the text (`en`, `ru`, `fr`, `es`), or null if unknown. */
  language: string | null;
  /**
   * Agency acronyms the document defines (`{ JCF: 'police' }`, see `agencyAliasesFromText`), so that
   * "the JCF seized ..." gets an agency code. Optional.
   */
  agencyAliases?: Readonly<Record<string, string>>;
  /**
   * The period the report says it covers (`Reporting period: 1 January to 31 December 2023`): its year when it lies
   * in one calendar year, else null; `words` as written. "During the period" takes that year (inferred). Optional.
   */
  reportingPeriod?: { year: number | null; words: string } | null;
  /**
   * The document's note numbers and whether it groups its thousands (see `DocumentNotes`), so that a note reference a
   * PDF glued to a number (`1,2003`, `3124`) is never read into the count. Optional.
   */
  notes?: DocumentNotes | null;
}

export interface CountExtraction {
  statements: CountStatementRecord[];
  /** Issues about the statements; `record.index` points into `statements` (table `count_statements`). */
  issues: IssueDraft[];
}

/** Offsets in a unit's text. */
export interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

/** A number in a sentence with what it counts. */
export interface Count {
  value: number;
  /** The number as written. */
  raw: string;
  /** The thousands separator the number was written with, if any. */
  separator: string | null;
  /** Offset in the unit text of the qualifier (if any) or the number. */
  start: number;
  numberStart: number;
  /** Offset after the category words (or after the number when there are none). */
  end: number;
  category: string | null;
  categoryRaw: string;
  /** 'known': the words name a weapon category; 'unknown': unrecognised words, kept only inside a list. */
  kind: 'known' | 'unknown';
  qualifier: string | null;
  /** The category was written before the number as a label ("pistols, 120; total, 240"); 'total' marks the total. */
  label: 'part' | 'total' | null;
  /** Words before the count name the category it breaks down ("of the rifled weapons, 13 were ..."). */
  under: { code: string; raw: string } | null;
  /**
   * The count names no weapons of its own and its own action word follows it ("300 weapons were destroyed,
   * 200 seized"): it shares the noun of the sentence's count before it, whose words `categoryRaw` repeats.
   */
  sharedNoun?: boolean;
  /**
   * Where the number that corrects this count ends ("1,200 firearms ... should read 1,020": `value` is 1,020):
   * the count stays where its weapons are named, for its year and action; its words run on to the new number.
   */
  correctedEnd?: number;
  /** The number written twice, in words and in digits (`mille quatre cent cinquante (1 450)`): `raw` holds both, `value` is the digits'. */
  doubled?: { words: string; digits: string };
  /** The scale word the number was multiplied by, as written (`thousand`, `тыс.`, `k`, `万`): `raw` holds both. */
  scale?: string;
  /**
   * A partitive pronoun after the number points back at the count before it ("300 weapons, 100 of them pistols",
   * "100 de ellas pistolas", "100 из них пистолеты"): this count is a part OF that one, never one more item beside it.
   */
  partOfPrevious?: boolean;
  /**
   * The count opens its sentence picking from weapons counted or named before ("250 weapons were collected. 100 of them
   * were destroyed", "Of these, 100 ...", "Of the weapons collected, 100 ..."): a statement of its own action, whose
   * weapons are those; the words before its number (from `start`) name the group, and no action word among them is its.
   */
  referredBack?: boolean;
  /**
   * The count is the value of a key that names its own action and weapons (`Firearms destroyed in 2022: 2,100`): where
   * the key starts. It opens a clause of its own there, never a part of a count before it.
   */
  keyed?: number;
  /**
   * The key names its action only (`saisies : 120` after `Bilan 2023 de la Gendarmerie nationale :`): where the list's
   * lead-in ends. The weapons are the lead-in's (`category` null when it names none), and so are the year and the
   * agency; the count cites the whole list.
   */
  keyedLeadIn?: number;
  /** A footnote marker glued to the number (`¹`, `*`, `[1]`), set aside: `raw` is the number without it, the step cites both. */
  footnote?: string;
  /**
   * A counter word alone after the number (`540 items`, `86 pièces`) whose breakdown names weapons: the weapons in general,
   * the counter its raw words (mentions.ts counterTotals).
   */
  counterTotal?: boolean;
}

/** A number near weapon words that is deliberately not loaded, reported so that nothing is dropped silently. */
export interface SkippedNumber {
  /** Offset in the unit text. */
  at: number;
  rule: 'count-range' | 'count-not-integer' | 'count-ambiguous-number' | 'not-a-weapon-count' | 'count-group' | 'count-corrected' | 'count-part-no-category' | 'count-vague' | 'count-not-read' | 'count-rate';
  /** The words, as written. */
  words: string;
  /** Why the number is not read, when the rule alone does not say (`'9.607' is not a whole count in English ...`). */
  reason?: string;
}

/** One statement in the making: a clause (or a sentence and its continuations) and its counts. */
export interface Draft {
  unit: number;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  counts: Count[];
  /** The sentence the statement sits in (for the year when a clause does not name one). */
  sentence: Range;
  sentenceIndex: number;
  /** Sentences merged into the statement after the first (continuations). */
  continued: boolean;
}
