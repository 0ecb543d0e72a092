/** Step 6b: the agency of a statement: the subject before the verb, or "by ..." / an instrumental after it. */
import { blankGluedMarkers } from '../footnote-refs.ts';
import { findActions, matchAgency, matchWeaponCategory } from '../categories.ts';
import type { TermMatch } from '../categories.ts';
import { asciiDigits } from '../quantity.ts';
import { literal } from '../../language/matchers.ts';
import {
  AGENCY_LIST_JOINER,
  RESPECTIVELY,
  CHANGE_LEAD,
  AGENT_BY,
  FUNCTION_WORD,
  AGENT_BY_OR_TO,
  AGENT_WORDS_END,
  AGENT_STOP_INSIDE,
  AUXILIARY_TAIL,
  BODY_NOUN,
  NAME_ADJECTIVE,
  NAME_ARTICLE,
  NAME_LINK,
  OF_LEAD,
  OF_WORDS,
  ORGANISATION_NAME,
  PAST_YEAR,
  STATED_YEAR,
  SUBJECT_ADVERB_TAIL,
  SUBJECT_VERB,
  SUPPORT_VERB_TAIL,
  TIME_LEAD,
  ZH_ADVERB_TAIL,
} from './compile.ts';
import type { CountContext, Draft } from './types.ts';

export interface AgencyReading {
  raw: string;
  code: string | null;
  /**
   * How the agency was read: a vocabulary term, an acronym the document defines (or not), a named public body, or a
   * list of bodies of different codes (`the police and customs`: code NULL, `bodies` says which, in order).
   */
  rule: 'vocabulary' | 'alias' | 'unknown-acronym' | 'organisation-name' | 'several-agencies';
  bodies?: readonly ListedBody[];
}

/**
 * The codes of a list of bodies each of which the vocabulary names, when two of them differ (`the police and customs`:
 * police, customs); null for one body (`the police`), a list naming one code (`the National Police and the
 * Gendarmerie`), or a list one of whose items names no body (`the police and local communities`).
 */
export function severalAgencies(phrase: string): ListedBody[] | null {
  const parts = phrase.split(AGENCY_LIST_JOINER).filter((part) => part.trim() !== '');
  // An item naming an action is another clause (`by the police and destroyed by the army`), no body of the list.
  if (parts.length < 2 || parts.some((part) => findActions(part).length > 0)) return null;
  const bodies = parts.map((part) => ({ raw: part.trim(), code: matchAgency(part) }));
  if (bodies.some((body) => body.code === null)) return null;
  return new Set(bodies.map((body) => body.code)).size > 1 ? (bodies as ListedBody[]) : null;
}

/** A body of a list of several (`customs` of `the police and customs`), and its code. */
export interface ListedBody {
  raw: string;
  code: string;
}

/** The most words a body's name read whole may have (commas inside it, its acronym after it). */
const MAX_NAME_WORDS = 24;

const STATED_YEAR_ANYWHERE = new RegExp(STATED_YEAR.source, 'giu');
/** A name's acronym in brackets closing it ("... Civilian Use (SUCAMEC)"). */
const NAMED_ACRONYM_END = /\(\p{Lu}{2,8}\)$/u;
/** An acronym in brackets right after an agent phrase (the agent phrase stops at a bracket). */
const ACRONYM_AFTER = /^\s*\(\p{Lu}{2,8}\)/u;
const PAST_YEAR_ANYWHERE = new RegExp(PAST_YEAR.source, 'giu');

/** A word of a name: capitalised, letters only ("Commission", "Haïti", "ECOWAS"). */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** An elided article or link glued to the capitalised word after it ("l'Intérieur", "d'Haïti"): read as two words. */
const ELIDED = /^(\p{Ll}{1,2}['’])(?=\p{Lu})/u;

/** The name that opens a phrase, and the words after it. */
export interface LeadingName {
  /** The name with its article, as written ("the Presidential Committee on Small Arms and Light Weapons"). */
  name: string;
  /** The words after the name ("registró"), trimmed; '' when the name is the whole phrase. */
  rest: string;
  /** Whether an article opens the name. */
  article: boolean;
}

/**
 * The name of a body that opens `phrase`, read word by word with the lexicons' words: an article, then
 * capitalised words (or a word of the agency vocabulary: "the police"), lower-case links only between two
 * of them ("Committee on Small Arms", "Ministerio de Interior y Policía"), lower-case adjectives only after
 * one ("la Garde nationale"). Null when the phrase does not open with such a name ("members of the public",
 * "they", "in Abidjan").
 */
export function leadingName(phrase: string): LeadingName | null {
  const words: { text: string; end: number }[] = [];
  for (const m of phrase.matchAll(/\S+/gu)) {
    const start = m.index ?? 0;
    const elided = ELIDED.exec(m[0])?.[1];
    if (elided) words.push({ text: elided, end: start + elided.length });
    words.push({ text: elided ? m[0].slice(elided.length) : m[0], end: start + m[0].length });
  }
  const nameWord = (w: string): boolean => CAPITALISED.test(w) || matchAgency(w) !== null;
  let i = 0;
  const article = words[0] !== undefined && NAME_ARTICLE.test(words[0].text) && words.length > 1;
  if (article) i = 1;
  let end = -1;
  let afterWord = false;
  let afterAdjective = false;
  while (i < words.length) {
    const word = words[i] as { text: string; end: number };
    if (nameWord(word.text)) {
      end = word.end;
      afterWord = true;
      afterAdjective = false;
      i++;
    } else if ((afterWord || afterAdjective) && NAME_ADJECTIVE.test(word.text)) {
      end = word.end;
      afterAdjective = true;
      i++;
    } else if (end >= 0 && NAME_LINK.test(word.text)) {
      // Links ("of the", "de la") belong to the name only when a name word follows them, or after an adjective one
      // that is coordinated with it ("la Garde nationale et nomade", "la Policía Nacional y Rural").
      let j = i;
      while (j < words.length && NAME_LINK.test(words[j]?.text ?? '')) j++;
      const next = words[j]?.text ?? '';
      const coordinated = afterAdjective && j === i + 1 && NAME_ADJECTIVE.test(next);
      if (!nameWord(next) && !coordinated) break;
      i = j;
      afterWord = false;
    } else break;
  }
  if (end < 0) return null;
  return { name: phrase.slice(0, end).trim(), rest: phrase.slice(end).trim(), article };
}

/**
 * True when `phrase` is one body's name and nothing else, commas inside it allowed: an article and a name, then
 * capitalised names after each comma, the last one perhaps followed by its acronym in parentheses.
 */
function isWholeName(phrase: string): boolean {
  const parts = phrase.split(',').map((part) => part.trim());
  return parts.every((part, k) => {
    const name = leadingName(part);
    if (name === null || (k === 0) !== name.article) return false;
    return name.rest === '' || (k === parts.length - 1 && /^\(\p{Lu}{2,10}\)$/u.test(name.rest));
  });
}

/**
 * The agency a phrase names: a vocabulary term, a defined acronym, or a capitalised name of a public body.
 * `verbAfter`: the phrase is the words before a count that stands before its action ("la Policía Nacional
 * registró 1.250 armas ... incautadas"), so the subject's own verb may end it.
 */
export function agencyFromPhrase(phrase: string, ctx: Pick<CountContext, 'agencyAliases'>, verbAfter = false): AgencyReading | null {
  // "seizures by the LMPS rose by 9 % to", "por la PNC aumentaron en un 9 %": the words of a change are the verb of
  // the sentence, never part of the agency's name.
  const change = CHANGE_LEAD.exec(phrase);
  const raw = (change === null ? phrase : AUXILIARY_TAIL.cut(phrase.slice(0, change.index))).trim().replace(/^[,;:\s]+|[,;:\s]+$/gu, '');
  if (raw === '' || /\d/u.test(raw)) return null;
  const name = leadingName(raw);
  // A long phrase is no subject, unless it is one body's name read whole (`the National Superintendency for the
  // Control of Security Services, Arms, Ammunition and Explosives for Civilian Use (SUCAMEC)`).
  // A name the text closes with its acronym ("la Commission nationale pour la collecte et le contrôle des armes
  // illicites (CNCCAI)") is one name however long, lower-case words and all.
  const wholeName = isWholeName(raw) || NAMED_ACRONYM_END.test(raw);
  if (raw.split(/\s+/u).length > (wholeName ? MAX_NAME_WORDS : 10)) return null;
  // Only a single verb after a whole name is cut off ("registró", "has reported"); other words after it
  // ("agencies registered") may be the subject's own, and the phrase is read whole as before.
  const subject = verbAfter && name !== null && name.rest !== '' && SUBJECT_VERB.test(name.rest) ? name.name : raw;
  const code = matchAgency(subject);
  // "the police and customs seized 45 firearms": a joint count is neither body's alone.
  const several = code ? severalAgencies(subject) : null;
  if (several) return { raw: subject, code: null, rule: 'several-agencies', bodies: several };
  if (code) return { raw: subject, code, rule: 'vocabulary' };
  if (subject !== raw && matchAgency(raw)) return { raw, code: matchAgency(raw), rule: 'vocabulary' };
  // "In 2015, Polri destroyed ...": a short form the document defined, in whatever case it wrote it.
  const defined = Object.entries(ctx.agencyAliases ?? {}).find(([alias]) => new RegExp(`(?<!\\p{L})${literal(alias)}(?!\\p{L})`, 'u').test(subject));
  if (defined) return { raw: subject, code: defined[1], rule: 'alias' };
  const acronymAt = /(?<!\p{L})(\p{Lu}{2,8})(?!\p{L})/u.exec(subject);
  const acronym = acronymAt?.[1];
  // `par incinération à Ouagadougou sous la supervision de la CNLPAL`: an acronym far into a phrase that opens with
  // no name is a body named in a circumstance (a supervision, a place), not the agent: the phrase names no agency.
  const acronymHeads = name !== null || subject.slice(0, acronymAt?.index ?? 0).trim().split(/\s+/u).filter(Boolean).length < 3;
  if (acronym && acronymHeads) {
    const alias = ctx.agencyAliases?.[acronym] ?? null;
    return { raw: subject, code: alias, rule: alias === null ? 'unknown-acronym' : 'alias' };
  }
  // "the Kenya Forest Service also seized": a named body outside the vocabulary is still the agency (raw
  // kept, code NULL and flagged), never dropped.
  const body = ORGANISATION_NAME.exec(raw)?.[1];
  if (body) return { raw: body, code: null, rule: 'organisation-name' };
  // "In 2019, the National Commission collected", "la Garde nationale a collecté": a capitalised name after
  // an article that is the whole subject of the action verb. Not when the count stands before the action:
  // the subject of "The Survey estimates 5,000 weapons destroyed" reported the count, it did not act.
  if (!verbAfter && name !== null && name.article && name.rest === '') return { raw: name.name, code: null, rule: 'organisation-name' };
  // "Войсками национальной гвардии в 2017 году уничтожено": a language without articles writes a body's name with a
  // capital on its first word only; a short subject of letters opening with a capital and holding a body noun.
  const words = raw.split(/\s+/u);
  if (!verbAfter && /^\p{Lu}/u.test(raw) && words.length <= 6 && words.every((w) => /^[\p{L}\p{M}-]+$/u.test(w)) && words.some((w) => BODY_NOUN.test(w))) {
    return { raw, code: null, rule: 'organisation-name' };
  }
  return null;
}

/**
 * The body the lead-in of a list of keys names, with no verb of its own (`Bilan 2023 de la Gendarmerie nationale :
 * saisies : 120 ; ...`, `En 2023, la Policía Nacional informó: incautaciones: 120; ...`): the words after its first
 * "of" (`de`, `of`, `da`) that name a body, else its subject (after a comma, without its years, a single verb after it
 * cut off). Null when neither names a body.
 *
 * @example
 * keyListAgency('Bilan 2023 de la Gendarmerie nationale :', {}) // { raw: 'la Gendarmerie nationale', ... }
 */
export function keyListAgency(leadIn: string, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  const phrase = leadIn.replace(/[\s:：;,.—–-]+$/u, '');
  const comma = Math.max(...[',', '،', '，'].map((c) => phrase.lastIndexOf(c)));
  const head = asciiDigits(phrase.slice(comma + 1)).replace(STATED_YEAR_ANYWHERE, ' ').replace(PAST_YEAR_ANYWHERE, ' ');
  for (const of of head.matchAll(OF_WORDS)) {
    const after = head.slice((of.index ?? 0) + of[0].length).trim();
    const reading = after === '' ? null : agencyFromPhrase(after, ctx);
    if (reading) return reading;
  }
  return agencyFromPhrase(head.replace(/\s{2,}/gu, ' ').trim(), ctx, true);
}

/** The agency: the subject before the action verb, or "by ..." / an instrumental right after it. */
export function pickAgency(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch | null, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  return placedAgency(text, draft, action, ctx)?.reading ?? null;
}

/**
 * The agency and where it was read: the subject before the verb, or the agent after it. A subject is shared by
 * the next clause of its sentence ("The police seized 800 weapons and destroyed 650 rifles"); an agent after a
 * verb belongs to that verb only ("300 weapons were destroyed by the army and 200 were seized": not the army's).
 */
export function placedAgency(
  text: string,
  draft: Pick<Draft, 'start' | 'end' | 'counts'>,
  action: TermMatch | null,
  ctx: Pick<CountContext, 'agencyAliases'>,
): { reading: AgencyReading; place: 'subject' | 'agent' } | null {
  const reading = subjectAgency(text, draft, action, ctx);
  if (reading) return { reading, place: 'subject' };
  const agent = agentAgency(text, draft, action, ctx);
  return agent ? { reading: agent, place: 'agent' } : null;
}

/**
 * Where the subject starts: after the last comma (`In 2021, the police seized`), unless the commas are inside a
 * body's name (`In 2021, the National Superintendency for the Control of Security Services, Arms, Ammunition and
 * Explosives for Civilian Use (SUCAMEC) destroyed`): the words after the last comma open with a capital, and the
 * parts before it back to one that opens with an article are capitalised names (`Arms`). Returns the index of the
 * comma before the subject (-1 for none), as `lastComma` is.
 */
function nameStart(head: string, lastComma: number): number {
  if (lastComma < 0 || head[lastComma] !== ',' || !/^\s*\p{Lu}/u.test(head.slice(lastComma + 1))) return lastComma;
  const after = leadingName(head.slice(lastComma + 1).trim());
  if (after === null || after.article) return lastComma;
  let end = lastComma;
  for (let k = 0; k < 6; k++) {
    const comma = head.lastIndexOf(',', end - 1);
    const segment = head.slice(comma + 1, end).trim();
    const name = leadingName(segment);
    if (name === null || name.rest !== '') return lastComma;
    if (name.article) return comma;
    if (comma < 0) return lastComma;
    end = comma;
  }
  return lastComma;
}

/** Words that are a weapon category's name and nothing else (`firearms`, `armes à feu`), no agency among them. */
function namesWeaponsOnly(words: string): boolean {
  const trimmed = words.trim();
  const weapons = matchWeaponCategory(trimmed);
  return weapons !== null && weapons.index === 0 && trimmed.slice(weapons.end).trim() === '' && matchAgency(trimmed) === null;
}

/** The subject before the action verb. */
function subjectAgency(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch | null, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  if (!action) return null;
  // "2,150 small arms and light weapons (SALW) were destroyed": when the count comes before the verb,
  // the counted words are the subject, not an agency; only the words before the count may name one.
  const countFirst = draft.counts[0];
  const countBeforeAction = countFirst !== undefined && countFirst.start < action.index;
  // "In 2017¹ the Ministry ...", "the Ministry of Defence* destroyed": a footnote marker glued to a year, a number or a
  // word is no word of the subject.
  let head = blankGluedMarkers(text.slice(draft.start, countBeforeAction ? countFirst.start : action.index));
  // "Nigeria Customs Service: firearms seized in 2022: 1,340": a key's words after a colon naming the weapons counted
  // are no part of the subject; the lead-in before the colon is (the body the key's figures are of).
  const colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf('：'));
  if (colon > 0 && namesWeaponsOnly(head.slice(colon + 1))) head = head.slice(0, colon);
  const lastComma = nameStart(head, Math.max(...[',', ';', '،', '؛', '，', '；'].map((c) => head.lastIndexOf(c))));
  // "In 2016,3 the police ...": a footnote marker glued to the comma is not part of the subject.
  head = lastComma >= 0 ? head.slice(lastComma + 1).replace(/^\d{1,3}(?=\s)/u, '') : head.replace(TIME_LEAD, '');
  // "Таможенными органами в 2012 году изъято": a year inside the subject is not part of it.
  head = asciiDigits(head).replace(STATED_YEAR_ANYWHERE, ' ').replace(PAST_YEAR_ANYWHERE, ' ');
  // "la Garde nationale a également collecté", "the Service has also seized": the adverb and the auxiliary
  // between the subject and its verb are not part of the subject.
  head = ZH_ADVERB_TAIL.cut(SUBJECT_ADVERB_TAIL.cut(AUXILIARY_TAIL.cut(SUBJECT_ADVERB_TAIL.cut(SUPPORT_VERB_TAIL.cut(head))))).replace(/\s{2,}/gu, ' ');
  const reading = agencyFromPhrase(head, ctx, countBeforeAction);
  return reading === null ? null : (withoutPlace(reading, ctx, countBeforeAction) ?? reading);
}

/**
 * The subject read without the place or circumstance phrase after the body ("the police| in the region of Khatlon",
 * "la Policía Nacional| en la región de Petén", "пограничными войсками ГКНБ|\nна таджикско-афганской границе", "в г.
 * Душанбе", "в ходе операции"), at the first agent stop after which the body is still the same vocabulary agency and the
 * words after name none ("the police and the army| in Khatlon": two bodies, kept together). Null when no such cut exists.
 */
function withoutPlace(reading: AgencyReading, ctx: Pick<CountContext, 'agencyAliases'>, verbAfter: boolean): AgencyReading | null {
  const several = reading.rule === 'several-agencies';
  if (reading.code === null && !several) return null;
  const codesOf = (r: AgencyReading): string => (r.bodies ?? []).map((body) => body.code).join();
  for (const stop of reading.raw.matchAll(AGENT_STOP_INSIDE)) {
    const at = stop.index ?? 0;
    if (matchAgency(reading.raw.slice(at + stop[0].length)) !== null) continue;
    const cut = agencyFromPhrase(reading.raw.slice(0, at), ctx, verbAfter);
    if (cut !== null && cut.code === reading.code && (!several || codesOf(cut) === codesOf(reading))) return cut;
  }
  return null;
}

/**
 * The words of the first agent phrase (`pattern`: AGENT_BY or AGENT_BY_OR_TO) in `text`, with the acronym in brackets
 * that closes the name (`par la Commission nationale ... (CNCCAI)`, `por la Policía Nacional Civil (PNC)`): the phrase
 * itself stops at a bracket. Undefined when there is none.
 */
export function agentWords(text: string, pattern: RegExp = AGENT_BY): string | undefined {
  const byMatch = pattern.exec(text);
  if (byMatch?.[1] === undefined) return undefined;
  return byMatch[1] + (ACRONYM_AFTER.exec(text.slice(byMatch.index + byMatch[0].length))?.[0] ?? '');
}

/**
 * The agency the heading of a block of keys names for all of them in brackets (`Summary for 2023 (Zambia Police
 * Service)` over `Weapons seized (2023): 1 340`, `Bilan 2023 (Douane)`): the bracket's words when they are an agency of
 * the vocabulary. The heading is the first line of the sentence the key is on, when the key is on a later line. Null
 * otherwise (a heading naming its agency in running words, `Seizures by the Customs Department`, is not read yet).
 */
export function blockHeadingAgency(text: string, draft: Pick<Draft, 'start' | 'counts' | 'sentence'>, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  if (draft.counts[0]?.keyed === undefined) return null;
  const before = text.slice(draft.sentence.start, draft.start);
  const lineEnd = before.indexOf('\n');
  if (lineEnd < 0) return null;
  const heading = before.slice(0, lineEnd);
  for (const bracket of heading.matchAll(/[(（]([^()（）]{2,80})[)）]/gu)) {
    const reading = agencyFromPhrase((bracket[1] ?? '').trim(), ctx);
    if (reading?.code != null) return reading;
  }
  return null;
}

/** "by ..." / "to ..." / an instrumental after the action verb. */
function agentAgency(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch | null, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  if (!action) return null;
  const firstCount = draft.counts[0];
  const afterEnd = firstCount && firstCount.start > action.end ? firstCount.start : draft.end;
  const after = text.slice(action.end, afterEnd);
  // "surrendered to the police": the agency that received them. "seized in 2013 by the Guyana Police
  // Force": a year may stand between the verb and the agent.
  const agentPhrase = action.code === 'surrendered' ? AGENT_BY_OR_TO : AGENT_BY;
  // The words up to a line break first (a caption above its table rows), then the phrase wrapped over lines.
  // ("seizures by the LMPS rose by 9 % to ...": agencyFromPhrase stops the name where the change starts.)
  const agentOf = (written: string | undefined): AgencyReading | null => {
    if (written === undefined) return null;
    const phrase = written.trimEnd();
    return (phrase.includes('\n') ? agencyFromPhrase(phrase.slice(0, phrase.indexOf('\n')), ctx) : null) ?? agencyFromPhrase(phrase, ctx);
  };
  const byWords = agentWords(after, agentPhrase);
  const byAgency = agentOf(byWords);
  if (byAgency) return (byWords === undefined ? null : agentList(after, byWords)) ?? byAgency;
  // "surrendered 1,862 firearms to NAMPOL, comprising ...": the phrase may follow the total's words.
  if (firstCount && firstCount.start > action.end) {
    const afterCount = text.slice(firstCount.end, draft.counts[1]?.start ?? draft.end);
    const agency = agentOf(agentPhrase.exec(afterCount)?.[1]);
    if (agency) return agency;
  }
  if (firstCount && firstCount.start > action.end) {
    const owner = ofPhraseAgent(after, ctx);
    if (owner) return owner;
  }
  // Russian puts the agent after the verb too: "изъято органами внутренних дел 1 560 ...".
  if (firstCount && firstCount.start > action.end) return caseMarkedAgent(after.replace(/^[,\s]+|[,\s]+$/gu, ''));
  // "1 312 единиц оружия были изъяты Министерством внутренних дел, в том числе ...": the count is the subject, the
  // agent follows the verb in the instrumental.
  if (firstCount && firstCount.start < action.index) {
    const agent = caseMarkedAgentAfter(text.slice(action.end, draft.end));
    if (agent) return { raw: agent.raw, code: agent.code, rule: 'vocabulary' };
  }
  return null;
}

/**
 * The agent phrase read on over its list (`seized by the police and customs`: the agent phrase stops at `and`, which
 * also ends an agent before another clause): the bodies of the list when they are several (severalAgencies), up to a
 * punctuation mark, a number, a line's end or a "respectively" word. Null for one body.
 */
function agentList(after: string, words: string): AgencyReading | null {
  const at = after.indexOf(words);
  if (at < 0) return null;
  const rest = after.slice(at + words.length);
  const list = /^[^;:.()\d\n]*/u.exec(rest)?.[0] ?? '';
  const respectively = RESPECTIVELY.exec(list);
  const phrase = `${words}${respectively ? list.slice(0, respectively.index) : list}`.replace(/[\s,]+$/u, '');
  const bodies = phrase === words.trimEnd() ? null : severalAgencies(phrase);
  return bodies === null ? null : { raw: phrase, code: null, rule: 'several-agencies', bodies };
}

/**
 * The body an action noun's second "of" phrase names, right after the weapons the action is of (`after`: the words
 * from the action to the count): "las incautaciones| de armas de fuego de la Policía Nacional| aumentaron un 9 % hasta",
 * "les saisies| d'armes à feu de la Gendarmerie nationale| ont atteint", "as apreensões| de armas de fogo da Polícia
 * Federal| aumentaram". Only a body of the vocabulary whose name opens the phrase: an "of" phrase elsewhere may name a
 * place or a witness ("in the presence of the police"), and one naming no known body (`de la provincia`) is none.
 */
function ofPhraseAgent(after: string, ctx: Pick<CountContext, 'agencyAliases'>): AgencyReading | null {
  const ofWeapons = OF_LEAD.exec(after);
  if (!ofWeapons) return null;
  const rest = after.slice(ofWeapons[0].length);
  const weapons = matchWeaponCategory(rest);
  if (!weapons || weapons.code === null || weapons.index !== 0) return null;
  const ofBody = OF_LEAD.exec(rest.slice(weapons.end));
  if (!ofBody) return null;
  const name = leadingName(rest.slice(weapons.end + ofBody[0].length));
  const reading = name === null ? null : agencyFromPhrase(name.name, ctx);
  return reading?.code != null ? reading : null;
}

/**
 * An agent named without a preposition (`whole`, the words after the verb): the words up to a punctuation mark or a
 * preposition opening the next phrase, when they name an agency.
 */
function caseMarkedAgent(whole: string): AgencyReading | null {
  // "изъятого органами внутренних дел из незаконного оборота": the agent ends where a preposition opens another phrase.
  const end = AGENT_WORDS_END.exec(whole);
  const cut = end && end.index > 0 ? whole.slice(0, end.index) : whole;
  const between = cut !== '' && matchAgency(cut) === matchAgency(whole) ? cut : whole;
  const code = between === '' || /\d/u.test(between) ? null : matchAgency(between);
  return code ? { raw: between, code, rule: 'vocabulary' } : null;
}

/**
 * The agent a language that marks it by its case names right after a passive verb, with no preposition (`after`: the
 * text from the verb's end): "были изъяты| Министерством внутренних дел, в том числе ...", "уничтожены| таможенными
 * органами и ...". Its words up to a punctuation mark or a preposition must name an agency on their own; a comma or a
 * preposition right after the verb ("were surrendered at police stations", "сданы в отделы полиции") opens none.
 * `length`: where the agent ends in `after`.
 */
export function caseMarkedAgentAfter(after: string): { raw: string; code: string; length: number } | null {
  const lead = /^\s+(?=\p{L})/u.exec(after)?.[0];
  if (lead === undefined || FUNCTION_WORD.test(after.slice(lead.length))) return null;
  const words = after.slice(lead.length);
  const end = AGENT_WORDS_END.exec(words)?.index ?? /[.!?]?\s*$/u.exec(words)?.index ?? words.length;
  const raw = words.slice(0, end).trim();
  const code = raw === '' || /\d/u.test(raw) ? null : matchAgency(raw);
  return code ? { raw, code, length: lead.length + end } : null;
}
