import { bounded, literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import type { KindSignal, Lexicon } from '../language/types.ts';
import { blockText, type DocumentModel } from '../model/document.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/kinds.ts';

/**
 * The kind of a document, from what it says. Each kind has signals (phrases and line shapes seen across
 * the family); the kind with the most signals wins, and a document with too few signals for any kind is
 * unknown, which the pipeline records and skips. The words of the signals are the lexicons' (`kindSignals`,
 * src/language/lexicons/); this module knows only where they stand (their shape) and how they add up.
 */

interface Signal {
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
const LANGUAGE_FREE: readonly (Signal & { kind: DocumentKind; signal?: string })[] = [
  { kind: 'amap_profile', signal: 'uems', patterns: [/\bUEMS\b/i], weight: 1 },
  { kind: 'amap_profile', patterns: [/\bA-MAP\b/], weight: 1 },
  { kind: 'poa_report', patterns: [/A\/CONF\.192\//], weight: 2, head: true },
  { kind: 'poa_report', patterns: [/\[(?:PoA|ITI)\s+[IVX\d]/], weight: 2 },
];

/** The pattern of a lexicon's signal: its words where its shape puts them (see `KindSignalShape`). */
function patternOf(signal: KindSignal, lexicon: Lexicon): RegExp {
  const words = signal.words;
  switch (signal.shape ?? 'phrase') {
    case 'phrase':
      return new RegExp(bounded(literal(words), lexicon), 'iu');
    case 'text':
      return new RegExp(words, 'iu');
    case 'heading':
      return new RegExp(`^\\s*(?:${words})\\s*$`, 'imu');
    case 'lineStart':
      return new RegExp(`^\\s*(?:${words})`, 'imu');
    case 'label':
      return new RegExp(`^(?:${words})\\s*[:：]`, 'imu');
    case 'attribution':
      return new RegExp(`\\((?:${words}),?\\s*\\d{4}\\)`, 'iu');
    case 'yearLanguages':
      // No `\b` after the name: it knows only ASCII letters (`Русский`, `中文`).
      return new RegExp(`^\\s*\\d{4}\\s*:\\s*(?:${words})(?=\\s|$)`, 'imu');
    case 'meetingLine':
      return new RegExp(`^\\s*\\d{4}\\s*-\\s*(?:${words})\\s*:`, 'imu');
    case 'tableHeader':
      return new RegExp(`^\\s*\\|?\\s*(?:${words})\\s*\\|`, 'imu');
  }
}

/**
 * Every kind's signals: the language-free ones and the lexicons'. Signals of one kind sharing a name
 * become one signal with a pattern per language, so a bilingual document does not count twice; they
 * must agree on weight and head, or the lexicons are wrong.
 */
function buildSignals(): Record<DocumentKind, Signal[]> {
  const byKind = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, [] as Signal[]])) as Record<DocumentKind, Signal[]>;
  const named = new Map<string, Signal>();
  const add = (kind: DocumentKind, name: string | undefined, signal: Signal, where: string) => {
    const key = name === undefined ? null : `${kind} ${name}`;
    const joined = key === null ? undefined : named.get(key);
    if (!joined) {
      const own = { ...signal, patterns: [...signal.patterns] };
      byKind[kind].push(own);
      if (key !== null) named.set(key, own);
      return;
    }
    if (joined.weight !== signal.weight || Boolean(joined.head) !== Boolean(signal.head)) {
      throw new Error(`${where}: kindSignals gives the ${kind} signal "${name}" another weight or head than the other languages do`);
    }
    joined.patterns.push(...signal.patterns);
  };
  for (const { kind, signal, ...rest } of LANGUAGE_FREE) add(kind, signal, rest, 'src/classify/kind.ts');
  for (const lexicon of allLexicons()) {
    for (const [kind, signals] of Object.entries(lexicon.kindSignals)) {
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new Error(`lexicon ${lexicon.language}: kindSignals names the kind "${kind}", which is not a document kind`);
      for (const signal of signals) {
        add(kind as DocumentKind, signal.signal, { patterns: [patternOf(signal, lexicon)], weight: signal.weight, ...(signal.head ? { head: true } : {}) }, `lexicon ${lexicon.language}`);
      }
    }
  }
  return byKind;
}

const SIGNALS = buildSignals();

const HEAD_LINES = 15;
const MIN_SCORE = 3;

export interface KindDecision {
  kind: DocumentKind | null;
  scores: Record<DocumentKind, number>;
  /** Why the kind was chosen or why none was, for the documents table and the run log. */
  reason: string;
}

export function classifyKind(doc: Pick<DocumentModel, 'lines' | 'title' | 'blocks'>): KindDecision {
  const lines = blockText(doc);
  const full = [doc.title ?? '', ...lines].join('\n');
  const head = [doc.title ?? '', ...lines.slice(0, HEAD_LINES)].join('\n');
  const scores = { amap_profile: 0, poa_profile: 0, poa_report: 0 } as Record<DocumentKind, number>;
  for (const [kind, signals] of Object.entries(SIGNALS) as [DocumentKind, Signal[]][]) {
    for (const signal of signals) {
      const text = signal.head ? head : full;
      if (signal.patterns.some((pattern) => pattern.test(text))) scores[kind] += signal.weight;
    }
  }
  const ranked = (Object.entries(scores) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const summary = ranked.map(([k, s]) => `${k} ${s}`).join(', ');
  if (!best || best[1] < MIN_SCORE) {
    return { kind: null, scores, reason: `unknown kind: too few signs of any known kind (${summary}); add a sidecar with "kind" if it is one` };
  }
  if (second && second[1] === best[1]) {
    return { kind: null, scores, reason: `unknown kind: equally like ${best[0]} and ${second[0]} (${summary}); add a sidecar with "kind"` };
  }
  return { kind: best[0], scores, reason: `classified ${best[0]} (${summary})` };
}
