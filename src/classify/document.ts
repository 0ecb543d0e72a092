import { countryFromPath, isIso3, rankCountries } from './country.ts';
import { classifyKind } from './kind.ts';
import type { DocumentModel } from '../model/document.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { IssueDraft } from '../model/records.ts';
import type { RawFile } from '../model/raw-file.ts';
import { asLanguage } from '../language/registry.ts';
import { blockText } from '../model/document.ts';
import { guessUnreadLanguage, type UnreadLanguage, unreadLanguageName } from '../transforms/languages.ts';

/** What a document is (kind) and whose (country), from the sidecar, the path and the content. */

export interface Classified {
  model: DocumentModel;
  kind: DocumentKind | null;
  kindReason: string;
  /** How sure the content classification is (0-1), NULL when it gave no kind; see classify/kind.ts. */
  kindConfidence: number | null;
  /** The signs the content showed, by kind and genre, whatever the sidecar says. */
  kindSigns: string;
  countryIso3: string | null;
  issues: IssueDraft[];
  /** The language the document is written in when no lexicon reads it (German): then nothing of it is read. */
  unreadLanguage?: UnreadLanguage;
}

/** What to do about a language with no lexicon, for every message that names one. */
const ADD_A_LEXICON = 'add a lexicon for it (src/language/lexicons/<code>.ts, a line in src/language/registry.ts, its code in LANGUAGES and a corpus, tests/language/corpus/<code>.ts)';

export function classify(file: RawFile, model: DocumentModel): Classified {
  const issues: IssueDraft[] = [];
  const ranked = rankCountries(model);
  const countryGiven = Boolean((file.meta?.country_iso3 && isIso3(file.meta.country_iso3)) || countryFromPath(file.path));
  const decision = classifyKind(model, ranked, { countryGiven });
  // A text in a language no lexicon reads is not read: its words would be taken for another language's (or for
  // none), so a count could get the wrong action or `2.600` be read as 2.6. Named, so that someone adds the lexicon.
  const unread = unreadLanguageOf(file, model);
  let kind = file.meta?.kind ?? decision.kind;
  let kindReason = file.meta?.kind ? `kind ${file.meta.kind} from the sidecar` : decision.reason;
  if (unread && !file.meta?.kind) {
    kind = null;
    kindReason = `not read: written in ${unread.name} (${unread.code}), a language with no lexicon: none of its words can be read, so nothing of it is loaded rather than guessed; ${ADD_A_LEXICON}`;
  } else if (unread) {
    issues.push({ severity: 'warning', rule: 'unsupported-language', message: `${file.path}: written in ${unread.name} (${unread.code}), a language with no lexicon: read as the sidecar's ${file.meta?.kind} with the other languages' words only, so most of its facts are missed; ${ADD_A_LEXICON}`, line_start: null });
  }
  if (file.meta?.kind && decision.kind && decision.kind !== file.meta.kind) {
    issues.push({ severity: 'info', rule: 'kind-override', message: `${file.path}: the sidecar says ${file.meta.kind}, the content looks like ${decision.kind}; the sidecar wins`, line_start: null });
  }

  let countryIso3: string | null = null;
  const fromPath = countryFromPath(file.path);
  const [best, second] = ranked;
  const fromContent = best && best.score >= 2 && (!second || best.score > second.score) ? best.iso3 : null;
  if (file.meta?.country_iso3 && !isIso3(file.meta.country_iso3)) {
    issues.push({ severity: 'warning', rule: 'bad-sidecar', message: `${file.path}: the sidecar's country_iso3 "${file.meta.country_iso3}" is not an ISO 3166-1 alpha-3 country code; ignored (the country is read from the path or the content)`, line_start: null });
  }
  if (file.meta?.country_iso3 && isIso3(file.meta.country_iso3)) countryIso3 = file.meta.country_iso3;
  else if (fromPath) countryIso3 = fromPath;
  else countryIso3 = fromContent;
  if (countryIso3 && fromContent && fromContent !== countryIso3) {
    issues.push({ severity: 'warning', rule: 'country-disagreement', message: `${file.path}: the ${file.meta?.country_iso3 ? 'sidecar' : 'path'} says ${countryIso3}, the content mostly names ${fromContent}; ${countryIso3} used`, line_start: null });
  }
  if (!countryIso3) {
    const seen = ranked.slice(0, 3).map((c) => `${c.iso3} ${c.score}`).join(', ') || 'none';
    issues.push({ severity: 'warning', rule: 'country-unknown', message: `${file.path}: the country could not be told from the content (candidates: ${seen}); country_iso3 is NULL. Put the ISO3 code in the path (raw/KAZ/...) or a sidecar`, line_start: null });
  }
  // A sidecar's kind is not the classifier's: its confidence is the content's only when they agree.
  const kindConfidence = file.meta?.kind && file.meta.kind !== decision.kind ? null : decision.confidence;
  return { model, kind, kindReason, kindConfidence, kindSigns: decision.signs, countryIso3, issues, ...(unread ? { unreadLanguage: unread } : {}) };
}

/**
 * The language of a document no lexicon reads: the sidecar's when it names one without a lexicon (`"language":
 * "de"`), else the content's (transforms/languages.ts guessUnreadLanguage). Null for a language the parsers read.
 */
function unreadLanguageOf(file: RawFile, model: DocumentModel): UnreadLanguage | null {
  const given = file.meta?.language;
  // The operator's word stands; a page's own `lang` attribute does not (sites leave their default on every page).
  const code = given?.trim().toLowerCase().slice(0, 2);
  if (given && code) return asLanguage(code) ? null : { code, name: unreadLanguageName(code) ?? given.trim() };
  return guessUnreadLanguage(blockText(model).join('\n'));
}

