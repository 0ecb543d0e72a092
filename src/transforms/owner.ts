/**
 * Owner/manager of a munitions site, as the explosion tables write it: `State (military)`,
 * `Non-state (company)`, `State (police)`, sometimes one word (`Military`, `Police`, `Private company`)
 * or another language (`Estado (militar)`, `État (police)`). Mapped to the warehouse vocabulary
 * owner_type (`state`, `non_state`) and owner_sector (`military`, `police`, `company`, `other`).
 * A word outside the vocabulary is never forced into it: that part stays null and the caller flags it.
 */
import { allLexicons } from '../language/registry.ts';
import type { AmmunitionProfileWords } from '../language/types.ts';

export type OwnerType = 'state' | 'non_state';
export type OwnerSector = 'military' | 'police' | 'company' | 'other';

export interface OwnerReading {
  owner_type: OwnerType | null;
  owner_sector: OwnerSector | null;
  /** True when every word of the raw text was understood (a bare `State` is fully understood: no sector given). */
  recognised: boolean;
}

/**
 * The owner words of every language (lexicon `ammunitionProfile.ownerWords`) as one expression matching a whole
 * type or sector; one that never matches when no lexicon has any.
 */
function wholeOwnerWords(pick: (words: AmmunitionProfileWords['ownerWords']) => readonly string[]): RegExp {
  const words = allLexicons().flatMap((lexicon) => pick(lexicon.ammunitionProfile.ownerWords));
  return new RegExp(`^(?:${words.join('|') || '(?!)'})$`, 'iu');
}

const NON_STATE = wholeOwnerWords((words) => words.nonState);
const STATE = wholeOwnerWords((words) => words.state);

const SECTORS: ReadonlyArray<{ sector: OwnerSector; pattern: RegExp; impliesType?: OwnerType }> = [
  { sector: 'military', pattern: wholeOwnerWords((words) => words.military), impliesType: 'state' },
  { sector: 'police', pattern: wholeOwnerWords((words) => words.police), impliesType: 'state' },
  { sector: 'company', pattern: wholeOwnerWords((words) => words.company), impliesType: 'non_state' },
  { sector: 'other', pattern: wholeOwnerWords((words) => words.other) },
];

function readSector(words: string): { sector: OwnerSector; impliesType?: OwnerType } | null {
  const t = words.trim().replace(/\s+/g, ' ');
  for (const entry of SECTORS) if (entry.pattern.test(t)) return entry;
  return null;
}

function readType(words: string): OwnerType | null {
  const t = words.trim().replace(/\s+/g, ' ');
  if (NON_STATE.test(t)) return 'non_state';
  if (STATE.test(t)) return 'state';
  return null;
}

/**
 * Reads an owner/manager cell.
 *
 * @example normaliseOwner('State (military)')    // { owner_type: 'state', owner_sector: 'military', recognised: true }
 * @example normaliseOwner('Non-state (company)') // { owner_type: 'non_state', owner_sector: 'company', recognised: true }
 * @example normaliseOwner('State (navy base)')   // { owner_type: 'state', owner_sector: null, recognised: false }
 */
export function normaliseOwner(raw: string): OwnerReading {
  const text = raw.trim().replace(/\s+/g, ' ');
  const unknown: OwnerReading = { owner_type: null, owner_sector: null, recognised: false };
  if (text === '') return unknown;

  // `Type (sector)` first, then `Type – sector`, `Type, sector`, `Type/sector` (a hyphen only with spaces
  // around it, so `Non-state` stays one word).
  const shaped = /^(.+?)\s*\(([^()]+)\)$/u.exec(text) ?? /^(.+?)(?:\s+[-–—]\s+|\s*[,/:]\s*|\s*[–—]\s*)(.+)$/u.exec(text);
  if (shaped) {
    const head = shaped[1] ?? '';
    const tail = shaped[2] ?? '';
    const type = readType(head);
    const sector = readSector(tail);
    if (type !== null || sector !== null) {
      return { owner_type: type, owner_sector: sector?.sector ?? null, recognised: type !== null && sector !== null };
    }
    // `Military (state)`: the other way round.
    const swappedType = readType(tail);
    const swappedSector = readSector(head);
    if (swappedType !== null || swappedSector !== null) {
      return {
        owner_type: swappedType,
        owner_sector: swappedSector?.sector ?? null,
        recognised: swappedType !== null && swappedSector !== null,
      };
    }
    return unknown;
  }

  const type = readType(text);
  if (type !== null) return { owner_type: type, owner_sector: null, recognised: true };
  const sector = readSector(text);
  // A bare sector that can only belong to one owner type (an army is the state's) gives the type too.
  if (sector !== null) return { owner_type: sector.impliesType ?? null, owner_sector: sector.sector, recognised: true };
  return unknown;
}
