/**
 * A test of one code point against a one-character pattern (`/\p{L}/u`; neither global nor sticky), its answer
 * for a code point of the first plane remembered the first time it is asked: the classifiers ask at nearly every
 * place of every line, where testing a one-character string costs far more than an array lookup. Code points
 * above the first plane are tested each time.
 */
export function codePointTest(pattern: RegExp): (codePoint: number) => boolean {
  // 0: not asked yet, 1: no, 2: yes.
  const known = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint >= 0x10000) return pattern.test(String.fromCodePoint(codePoint));
    let answer = known[codePoint];
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(codePoint)) ? 2 : 1;
      known[codePoint] = answer;
    }
    return answer === 2;
  };
}
