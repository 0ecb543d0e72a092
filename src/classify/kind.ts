import { bounded, literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import { boundaryRegExp } from '../language/word-boundaries.ts';
import type { KindSignal, Lexicon } from '../language/types.ts';
import type { DocumentModel } from '../model/document.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/kinds.ts';
import { BLOCK_PREFIX, LEADING_NUMBER, matchHeading } from '../transforms/topics.ts';
import { stateAdjectives } from './adjectives.ts';
import { type CountryCandidate, rankCountries } from './country.ts';
import { linesWithReadings } from './ocr-reading.ts';

/**
 * The kind of a document, from what it says. Each kind has signals (phrases and line shapes seen across
 * the family); the kind with the most signals wins, and a document with too few signals for any kind is
 * unknown, which the pipeline records and skips. Documents of other genres quote the family's words (a
 * news article on a depot blast has an "Accidental explosions" paragraph, a meeting's programme of work
 * cites A/CONF.192), so their own signs count against every kind: a byline, "list of participants",
 * blank fill-in fields, a page naming many countries and none in particular. The words of the signals
 * are the lexicons' (`kindSignals`, `genreSignals`); this module knows only where they stand (their
 * shape) and how they add up. The decision keeps the signs it used and how sure it is, for the documents
 * table (kind_signs, kind_confidence).
 */

interface Signal {
  /** The sign's name, as the documents table shows it (`explosionsHeading`). */
  name: string;
  /** One pattern per language that writes the signal: any of them matching scores it, once. */
  patterns: RegExp[];
  weight: number;
  /** Only look at the first lines (titles). */
  head?: boolean;
}

/**
 * Signals written alike in every language, so no lexicon holds them: acronyms (A-MAP, UEMS), the UN
 * document symbol of the Programme of Action (A/CONF.192/) and the questionnaire's tags (`[PoA II.4]`).
 * `signal` joins one to the lexicons' signal of that name: UEMS, which the profiles write in every
 * language, scores once with the words it stands for ("unplanned explosions at munitions sites").
 */
const LANGUAGE_FREE: readonly (Omit<Signal, 'name'> & { kind: DocumentKind; signal: string })[] = [
  { kind: 'amap_profile', signal: 'uems', patterns: [/\bUEMS\b/i], weight: 1 },
  { kind: 'amap_profile', signal: 'amap', patterns: [/\bA-MAP\b/], weight: 1 },
  { kind: 'poa_report', signal: 'poaSymbol', patterns: [/A\/CONF\.192\//], weight: 2, head: true },
  { kind: 'poa_report', signal: 'questionnaireTag', patterns: [/\[(?:PoA|ITI)\s+[IVX\d]/], weight: 2 },
];

/**
 * The pattern of a lexicon's signal: its words where its shape puts them (see `KindSignalShape`). Each is tried
 * over every document's whole text, so a `\b` is compiled as the look-around it stands for (word-boundaries.ts).
 */
function patternOf(signal: KindSignal, lexicon: Lexicon): RegExp {
  const words = signal.words;
  const flags = signal.matchCase ? 'u' : 'iu';
  switch (signal.shape ?? 'phrase') {
    case 'phrase':
      return boundaryRegExp(bounded(literal(words), lexicon), flags);
    case 'text':
      return boundaryRegExp(words, flags);
    case 'heading':
      return boundaryRegExp(`^\\s*(?:${words})\\s*$`, `m${flags}`);
    case 'lineStart':
      return boundaryRegExp(`^\\s*(?:${words})`, `m${flags}`);
    case 'label':
      return boundaryRegExp(`^(?:${words})\\s*[:：]`, `m${flags}`);
    case 'attribution':
      return boundaryRegExp(`\\((?:${words}),?\\s*\\d{4}\\)`, flags);
    case 'yearLanguages':
      // No `\b` after the name: it knows only ASCII letters (`Русский`, `中文`).
      return boundaryRegExp(`^\\s*\\d{4}\\s*:\\s*(?:${words})(?=\\s|$)`, `m${flags}`);
    case 'meetingLine':
      return boundaryRegExp(`^\\s*\\d{4}\\s*-\\s*(?:${words})\\s*:`, `m${flags}`);
    case 'tableHeader':
      return boundaryRegExp(`^\\s*\\|?\\s*(?:${words})\\s*\\|`, `m${flags}`);
  }
}

/**
 * Signals by group (a kind, or a genre): the language-free ones and the lexicons'. Signals of one group
 * sharing a name become one signal with a pattern per language, so a bilingual document does not count
 * twice; they must agree on weight and head, or the lexicons are wrong.
 */
function buildSignals(
  groups: readonly string[],
  languageFree: readonly (Omit<Signal, 'name'> & { kind: string; signal: string })[],
  section: (lexicon: Lexicon) => Readonly<Record<string, readonly KindSignal[]>>,
  what: string,
): Record<string, Signal[]> {
  const byGroup: Record<string, Signal[]> = Object.fromEntries(groups.map((group) => [group, [] as Signal[]]));
  const named = new Map<string, Signal>();
  const add = (group: string, signal: Signal, where: string) => {
    const key = `${group} ${signal.name}`;
    const joined = named.get(key);
    if (!joined) {
      const own = { ...signal, patterns: [...signal.patterns] };
      byGroup[group]?.push(own);
      named.set(key, own);
      return;
    }
    if (joined.weight !== signal.weight || Boolean(joined.head) !== Boolean(signal.head)) {
      throw new Error(`${where}: ${what} gives the ${group} signal "${signal.name}" another weight or head than the other languages do`);
    }
    joined.patterns.push(...signal.patterns);
  };
  for (const { kind, signal, ...rest } of languageFree) add(kind, { name: signal, ...rest }, 'src/classify/kind.ts');
  for (const lexicon of allLexicons()) {
    for (const [group, signals] of Object.entries(section(lexicon))) {
      if (!groups.includes(group)) throw new Error(`lexicon ${lexicon.language}: ${what} names "${group}", which is not one of ${groups.join(', ')}`);
      for (const signal of signals) {
        // An unnamed signal is its own: named after its language and words, it joins no other.
        const name = signal.signal ?? `${lexicon.language}:${signal.words.slice(0, 40)}`;
        add(group, { name, patterns: [patternOf(signal, lexicon)], weight: signal.weight, ...(signal.head ? { head: true } : {}) }, `lexicon ${lexicon.language}`);
      }
    }
  }
  return byGroup;
}

/** Genres whose documents share the family's words but are no profile or report. */
export const GENRES = ['news', 'press_release', 'meeting_document', 'paper', 'encyclopaedia', 'job_advert', 'advocacy', 'blank_form', 'listing', 'several_countries'] as const;
export type Genre = (typeof GENRES)[number];

const KIND_SIGNALS = buildSignals(DOCUMENT_KINDS, LANGUAGE_FREE, (lexicon) => lexicon.kindSignals, 'kindSignals') as Record<DocumentKind, Signal[]>;
const GENRE_SIGNALS = buildSignals(GENRES, [], (lexicon) => lexicon.genreSignals, 'genreSignals') as Record<Genre, Signal[]>;

const HEAD_LINES = 15;
const MIN_SCORE = 3;
/** A genre scoring this much is one the document is, whatever a kind scores below twice it. */
const MIN_GENRE_SCORE = 2;
/** The lead over the runner-up (kind or genre) at which the classifier is sure: confidence 1. */
const SURE_LEAD = 6;

/** Fill-in fields of a form nobody filled: `______`, `☐`, `[ ]`. */
const BLANK_FIELD = /_{4,}|[☐□]|\[\s\]/u;
const RULE_LINE = /^[\s_]+$/u;
/** A field filled in: a ticked box (`☒ Yes`, `[x]`). A line holding one is answered. */
const FILLED_FIELD = /[☒☑✓✔■]|\[[xX✓]\]/u;
const BLANK_FIELDS_FOR_A_FORM = 3;
/** Genres that decide alone: a form nobody filled and a page about many countries hold no country's facts, whatever words they share. */
const DECISIVE_GENRES: ReadonlySet<Genre> = new Set(['blank_form', 'listing']);
/** Numbered headings naming this many PoA topics (`1. National coordination agency`, `5. Marking`) are a report's outline. */
const REPORT_OUTLINE_TOPICS = 4;
/** A page naming this many countries, none of them a quarter of the mentions, is about none of them. */
const LISTING_COUNTRIES = 10;
const LISTING_TOP_SHARE = 0.3;
/**
 * A page on several countries with none of them two fifths of the mentions (a regional brief, a newsletter)
 * counts against every kind; a profile or report names its own country far more (over half the mentions).
 */
const SEVERAL_COUNTRIES = 4;
const SEVERAL_TOP_SHARE = 0.4;

export interface KindDecision {
  kind: DocumentKind | null;
  scores: Record<DocumentKind, number>;
  /** The genres whose signs the document shows, with their scores. */
  genres: Partial<Record<Genre, number>>;
  /** The signs seen, by kind and genre: `amap_profile 5 (explosionsHeading, uems); news 3 (byline, published)`. */
  signs: string;
  /** How sure the decision is, 0 to 1: the winner's lead over the runner-up (kind or genre), over 6. Null without a kind. */
  confidence: number | null;
  /** Why the kind was chosen or why none was, for the documents table and the run log. */
  reason: string;
}

interface Scored {
  score: number;
  signs: string[];
}

/**
 * The head with the lines of each of its paragraphs joined: a title wraps where the page is narrow
 * (`... UNITED NATIONS PROGRAMME OF` / `ACTION ON SMALL ARMS`), and its words are one phrase all the same.
 */
function joinedHead(head: string): string {
  return head.replace(/(?<=\S)[ \t]*\n[ \t]*(?=\S)/gu, ' ');
}

function score(signals: readonly Signal[], full: string, head: string): Scored {
  const out: Scored = { score: 0, signs: [] };
  const joined = joinedHead(head);
  for (const signal of signals) {
    const seen = signal.head ? (pattern: RegExp) => pattern.test(head) || pattern.test(joined) : (pattern: RegExp) => pattern.test(full);
    if (!signal.patterns.some(seen)) continue;
    out.score += signal.weight;
    out.signs.push(signal.name);
  }
  return out;
}

/** Signs of a genre that no words say: a form's blank fields, a page of many countries. */
function structuralGenres(lines: readonly string[], countries: readonly CountryCandidate[]): Partial<Record<Genre, Scored>> {
  const out: Partial<Record<Genre, Scored>> = {};
  // A line of nothing but underscores is a rule (a page's top or bottom in a PDF's text), not a field to fill.
  const blanks = lines.filter((line) => BLANK_FIELD.test(line) && !FILLED_FIELD.test(line) && !RULE_LINE.test(line)).length;
  const filled = lines.filter((line) => FILLED_FIELD.test(line)).length;
  if (blanks >= BLANK_FIELDS_FOR_A_FORM && filled * 4 <= blanks) out.blank_form = { score: 4, signs: [`${blanks} fill-in fields left blank, ${filled} filled`] };
  const total = countries.reduce((sum, c) => sum + c.score, 0);
  const top = countries[0]?.score ?? 0;
  if (countries.length >= LISTING_COUNTRIES && top / total < LISTING_TOP_SHARE) {
    out.listing = { score: 3, signs: [`${countries.length} countries, none over ${Math.round(LISTING_TOP_SHARE * 100)}% of the mentions`] };
  } else if (countries.length >= SEVERAL_COUNTRIES && top / total < SEVERAL_TOP_SHARE) {
    out.several_countries = { score: 3, signs: [`${countries.length} countries, none over ${Math.round(SEVERAL_TOP_SHARE * 100)}% of the mentions`] };
  }
  return out;
}

/**
 * A report's outline, in any language: numbered headings (`1. NATIONAL COORDINATION AGENCY`, `IV. Marquage`, `Part 1. ...`)
 * naming several PoA topics. It holds when a report's title and header are lost (an OCR-damaged cover).
 */
function reportOutline(lines: readonly string[]): Scored {
  const topics = new Set<string>();
  for (const line of lines) {
    // `1. Marking`, `IV. Marquage`, or a section word with its number (`Part 1. National coordination`, `Раздел 2.`).
    const numbered = LEADING_NUMBER.exec(line) ?? BLOCK_PREFIX.exec(line);
    if (!numbered) continue;
    const heading = line.slice(numbered[0].length).trim();
    if (heading === '' || heading.split(/\s+/u).length > 8 || /[.;,]$/u.test(heading)) continue;
    const match = matchHeading(heading, { family: 'poa', keywords: false });
    if (match) topics.add(match.topic);
  }
  return topics.size >= REPORT_OUTLINE_TOPICS ? { score: 2, signs: [`outline of ${topics.size} PoA topics`] } : { score: 0, signs: [] };
}

const describe = (name: string, scored: Scored): string => `${name} ${scored.score} (${scored.signs.join(', ')})`;

/**
 * The kind of `doc`. `countries` is the ranking of the countries it names (classify/country.ts), which the
 * caller that also needs the country passes in so the document is scanned for names once. `countryGiven`: the
 * path or a sidecar names the document's country, so content that names none may still be a profile or report.
 */
export function classifyKind(
  doc: Pick<DocumentModel, 'lines' | 'title' | 'blocks'>,
  countries: readonly CountryCandidate[] = rankCountries(doc),
  options: { countryGiven?: boolean } = {},
): KindDecision {
  // Each line, then its OCR reading where it has one (read once per document; the head is the first lines' share of both).
  const { lines, readings } = linesWithReadings(doc);
  const ocr = (from: number, to: number) => readings.slice(from, to).flatMap((reading) => reading ?? []);
  const withOcr = [...lines, ...ocr(0, lines.length)];
  const full = [doc.title ?? '', ...withOcr].join('\n');
  const head = [doc.title ?? '', ...lines.slice(0, HEAD_LINES), ...ocr(0, HEAD_LINES)].join('\n');
  const kinds = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, score(KIND_SIGNALS[kind], full, head)])) as Record<DocumentKind, Scored>;
  const outline = reportOutline(withOcr);
  kinds.poa_report = { score: kinds.poa_report.score + outline.score, signs: [...kinds.poa_report.signs, ...outline.signs] };
  const genreScores: Partial<Record<Genre, Scored>> = structuralGenres(lines, countries);
  for (const genre of GENRES) {
    const scored = score(GENRE_SIGNALS[genre], full, head);
    if (scored.score > 0) genreScores[genre] = { score: (genreScores[genre]?.score ?? 0) + scored.score, signs: [...(genreScores[genre]?.signs ?? []), ...scored.signs] };
  }
  const scores = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, kinds[kind].score])) as Record<DocumentKind, number>;
  const genres = Object.fromEntries(Object.entries(genreScores).map(([genre, s]) => [genre, s.score])) as Partial<Record<Genre, number>>;
  const ranked = (Object.entries(kinds) as [DocumentKind, Scored][]).sort((a, b) => b[1].score - a[1].score);
  const genreRanked = (Object.entries(genreScores) as [Genre, Scored][]).sort((a, b) => b[1].score - a[1].score);
  const signs = [...ranked.filter(([, s]) => s.score > 0), ...genreRanked].map(([name, s]) => describe(name, s)).join('; ');
  const summary = ranked.map(([k, s]) => `${k} ${s.score}`).join(', ');
  const [best, second] = ranked;
  const [genre] = genreRanked;
  const decided = (kind: DocumentKind | null, confidence: number | null, reason: string): KindDecision => ({ kind, scores, genres, signs, confidence, reason });
  if (!best || best[1].score < MIN_SCORE) {
    return decided(null, null, `unknown kind: too few signs of any known kind (${summary}); add a sidecar with "kind" if it is one`);
  }
  if (genre && genre[1].score >= MIN_GENRE_SCORE && (DECISIVE_GENRES.has(genre[0]) || 2 * genre[1].score >= best[1].score)) {
    return decided(null, null, `not a profile or report: it shows the signs of ${genre[0].replace('_', ' ')} (${genre[1].signs.join(', ')}) as much as those of ${best[0]} (${summary}); add a sidecar with "kind" if it is one`);
  }
  // A profile or a report is one state's: a page that names none (a terminology list, a template guide) is about the
  // family, not a member of it. A country the operator gave (the path, a sidecar) stands for the name it lacks.
  // A state named only by its adjective ("the Kenyan Government") is still a state named.
  if (countries.length === 0 && !options.countryGiven && stateAdjectives(doc).length === 0) {
    return decided(null, null, `not a profile or report: it names no state, and a profile or report is one state's (${summary}); add a sidecar with "kind" and "country_iso3" if it is one`);
  }
  if (second && second[1].score === best[1].score) {
    return decided(null, null, `unknown kind: equally like ${best[0]} and ${second[0]} (${summary}); add a sidecar with "kind"`);
  }
  const runnerUp = Math.max(second?.[1].score ?? 0, genre?.[1].score ?? 0);
  const confidence = Math.min(1, Math.round(((best[1].score - runnerUp) / SURE_LEAD) * 100) / 100);
  return decided(best[0], confidence, `classified ${best[0]} (${summary})`);
}
