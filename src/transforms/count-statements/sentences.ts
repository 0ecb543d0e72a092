/** Step 1: a unit (bullet or paragraph) cut into sentences. */
import { ABBREVIATION, TRAILING_ATTRIBUTION } from './compile.ts';
import type { Range } from './types.ts';

const LEADING_BULLET = /^[\s\-–—•*]+/u;

/** Sentences of a unit as offset ranges, bullet marks and a trailing attribution left out. */
export function splitSentences(text: string): Range[] {
  let end = text.length;
  const attribution = TRAILING_ATTRIBUTION.exec(text);
  if (attribution) end = attribution.index;
  const ranges: Range[] = [];
  let start = 0;
  // Chinese and Arabic have no capitals: "。" ends a sentence anywhere, a full stop before an Arabic word does.
  // Bullets a page ran together on one line ("... in 2021. - 1,204 firearms ...") put a bullet mark after the stop.
  const boundary = /[.!?…]+(?=\s+(?:[-–—•*]\s+)?["“«(]?[\p{Lu}\d\p{Script=Arabic}])|[。！？]+/gu;
  for (const m of text.slice(0, end).matchAll(boundary)) {
    const stop = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) + m[0].length >= end) continue;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(start, m.index ?? 0))) continue;
    ranges.push({ start, end: stop });
    start = stop;
  }
  ranges.push({ start, end });
  return ranges
    .map((r) => {
      const lead = LEADING_BULLET.exec(text.slice(r.start, r.end))?.[0].length ?? 0;
      let stop = r.end;
      while (stop > r.start + lead && /\s/u.test(text[stop - 1] ?? '')) stop--;
      return { start: r.start + lead, end: stop };
    })
    .filter((r) => r.end > r.start);
}
