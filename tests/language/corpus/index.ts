import type { Language } from '../../../src/language/types.ts';
import { corpus as ar } from './ar.ts';
import { corpus as en } from './en.ts';
import { corpus as es } from './es.ts';
import { corpus as fr } from './fr.ts';
import { corpus as pt } from './pt.ts';
import { corpus as ru } from './ru.ts';
import type { Corpus } from './types.ts';
import { corpus as zh } from './zh.ts';

/** One corpus per language; a language missing here fails the corpus test. */
export const CORPORA: Partial<Record<Language, Corpus>> = { en, fr, es, ru, ar, zh, pt };
