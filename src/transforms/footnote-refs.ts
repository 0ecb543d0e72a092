/**
 * What a bracketed footnote marker or entry may hold (`[12]`, `[ii]`): a number of up to three digits, or a
 * lower-case Roman numeral (i to xxxix), as profiles number their notes afresh in each section (`[i]`, `[ii]`).
 * A lone `x` is left out: `[x]` is a ticked box far more often than a tenth note.
 */
export const BRACKETED_REF = String.raw`\d{1,3}|(?!x\])(?=[ivx]+\])x{0,3}(?:ix|iv|v?i{0,3})`;

