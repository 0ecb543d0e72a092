/**
 * The number of items a diversion row's description says were diverted (`Twelve pistols were stolen`),
 * with its qualifier; NULL with the reason when the words give no single exact total.
 */
import type { Language } from '../../language/types.ts';
import type { TransformationStep } from '../../model/transformations.ts';
import { findQuantityMentions } from '../../transforms/quantity-mentions.ts';
import { VAGUE_QUANTITY } from '../../transforms/vague-quantities.ts';
import { stripMarkers } from './lines.ts';
import { anyProfileWord } from './words.ts';

/** Nouns of items that can be diverted, of every language (`rifles`, `cartouches`, `municiones`). */
const ITEM_NOUNS = anyProfileWord((words) => words.itemNouns);

/** Within a few words after the number (none of them another number), a word naming items that can be diverted. */
const ITEM_AFTER = new RegExp(`^\\s*(?:(?!\\d)[\\p{L}\\d\\-’'.]+\\s+){0,3}?(?:${ITEM_NOUNS})(?![\\p{L}])`, 'iu');
const WORD_ITEM_AFTER = new RegExp(`^\\s*(?:[\\p{L}\\d\\-’'.]+\\s+){0,1}?(?:${ITEM_NOUNS})(?![\\p{L}])`, 'iu');
/** A number with a unit of weight (`2 tonnes`, `500 kg`, `1,5 toneladas`): items measured by weight, not counted. */
const WEIGHT_OF_ITEMS = new RegExp(`(?<![\\p{L}\\d.,])\\d+(?:[.,\\u00a0\\u202f ]\\d+)*\\s*(?:${anyProfileWord((words) => words.itemWeights)})(?![\\p{L}])`, 'iu');
/** An uncounted quantity of items (`hundreds of rounds`, `several mortars`, `des centaines de`), in the lexicons' vagueQuantities. */
const VAGUE_ITEMS = new RegExp(
  `(${VAGUE_QUANTITY})(?:\\s+(?:of|de|d['’]))?\\s+(?:[\\p{L}\\-’']+\\s+){0,2}?(?:${ITEM_NOUNS})(?![\\p{L}])`,
  'iu',
);

export interface DiversionQuantity {
  quantity: number | null;
  qualifier: string | null;
  /** Why the quantity is NULL although the description names numbers of items (a range, a scale word, several quantities). */
  unsure?: string;
}

/**
 * The number of items diverted: the one number followed (within a few words) by an item noun, with its
 * qualifier (before or after it). A number of people (`2 officers`), a calibre (`7.62 mm`), a model
 * (`AK-74`), a weight or a year is not the quantity. When the words give no single exact total the
 * quantity is NULL with the reason in `unsure`, never a guess: a range (`200–300 rifles`), a scale word
 * (`1.2 million rounds`), two quantities of items (`15 rifles and 200 rounds`), a weight of items beside a
 * count (`2 tonnes of TNT and 40 grenades`), or a number beside an uncounted quantity (`hundreds of rounds and 15 rifles`). Number words are read in `language` (English
 * when the page's language is not known); the steps say how the quantity was read.
 */
export function readDiversionQuantity(description: string, language: Language | null): DiversionQuantity & { steps: TransformationStep[] } {
  const text = stripMarkers(description);
  const unknown = (unsure: string) => ({ quantity: null, qualifier: null, unsure, steps: [] });
  const candidates: Array<{ raw: string; value: number; qualifier: string | null; steps: TransformationStep[] }> = [];
  for (const mention of findQuantityMentions(text, language, 'quantity', language ?? 'en')) {
    const before = text.slice(0, mention.index);
    const after = text.slice(mention.index + mention.raw.length);
    // A model designation (`AK-74`, `RPG-7`, `M16`) is not a count.
    if (/\p{L}[-‐]?$/u.test(before)) continue;
    const words = mention.steps.some((step) => step.rule === 'quantity.number-words');
    if (mention.notACount?.reason === 'scale' && (mention.raw.includes('.') || mention.raw.includes(',') || ITEM_AFTER.test(after))) {
      return unknown(`'${mention.notACount.words}' is a number with a scale word`);
    }
    if (!(words ? WORD_ITEM_AFTER : ITEM_AFTER).test(after)) continue;
    if (mention.notACount?.reason === 'range') return unknown(`'${mention.notACount.words}' is a range, not one number`);
    if (mention.notACount?.reason === 'ambiguous') return unknown(mention.notACount.why ?? `'${mention.notACount.words}' is not a whole count`);
    if (mention.value === null) continue;
    // The qualifier is the hedging word itself: the article of `an estimated` is not part of it.
    const qualifier = mention.qualifier?.entry.canonical.replace(/^an?\s+/u, '') ?? null;
    candidates.push({ raw: mention.raw, value: mention.value, qualifier, steps: mention.steps });
  }
  const first = candidates[0];
  // `2 tonnes of TNT and 40 hand grenades`: what was diverted is partly weighed, so no count is its total.
  // A weight alone (`12 kg of explosives`) is no quantity of items either: NULL, as a description naming none.
  if (!first) return { quantity: null, qualifier: null, steps: [] };
  const weight = WEIGHT_OF_ITEMS.exec(text);
  if (weight) return unknown(`'${weight[0]}' is a weight of items beside '${first.raw}': no single count`);
  if (candidates.length > 1) {
    return unknown(`it names ${candidates.length} quantities of items (${candidates.map((c) => `'${c.raw}'`).join(', ')}) and no single total`);
  }
  const vague = VAGUE_ITEMS.exec(text);
  if (vague) return unknown(`'${vague[0]}' is an uncounted quantity beside '${first.raw}'`);
  return { quantity: first.value, qualifier: first.qualifier, steps: first.steps };
}

/** `readDiversionQuantity` without the steps. */
export function diversionQuantity(description: string, language: Language | null = null): DiversionQuantity {
  const { steps: _steps, ...reading } = readDiversionQuantity(description, language);
  return reading;
}
