/**
 * The agency a table's caption names for the whole table ("Firearms destroyed by the Indonesian National Police,
 * 2020", "Оружие, изъятое ... и уничтоженное органами внутренних дел в 2019–2021 гг."): the caption governs its
 * rows as its year header does, so each statement read from the table carries it.
 */
import { findActions, matchAgency } from '../../transforms/categories.ts';
import { agencyFromPhrase, agentWords } from '../../transforms/count-statements/bind-agency.ts';
import { YEAR_LEAD_TAIL } from '../../transforms/count-statements/compile.ts';

export interface CaptionAgency {
  code: string | null;
  raw: string;
}

/**
 * The caption's agent: the first "by ..." phrase of any language (`by the police`, `par la Police nationale`), read
 * as a sentence's agent is; else the words right after its last action word up to a number or punctuation, when they
 * name an agency of the vocabulary (the Russian instrumental `уничтоженное органами внутренних дел в 2019 г.`: no
 * preposition, so only a vocabulary agency is taken; a year lead before the cut is not part of it). Null otherwise.
 * `aliases` are the acronyms the document defines (`South African Police Service (SAPS)`): `by SAPS` is the police.
 */
export function captionAgency(caption: string, aliases: Readonly<Record<string, string>> = {}): CaptionAgency | null {
  for (const start of [0, ...[...caption.matchAll(/\s+/gu)].map((m) => (m.index ?? 0) + m[0].length)]) {
    const phrase = agentWords(caption.slice(start));
    const agency = phrase === undefined ? null : agencyFromPhrase(phrase, { agencyAliases: aliases });
    if (agency) return { code: agency.code, raw: agency.raw };
  }
  const action = findActions(caption).at(-1);
  if (!action) return null;
  const after = caption.slice(action.end);
  const phrase = YEAR_LEAD_TAIL.cut(/^[^,;:.()\p{Nd}،؛]*/u.exec(after)?.[0] ?? '').trim();
  if (phrase === '' || phrase.split(/\s+/u).length > 6) return null;
  const code = matchAgency(phrase);
  return code === null ? null : { code, raw: phrase };
}
