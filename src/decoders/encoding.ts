/**
 * Bytes -> text for text and HTML inputs. Text is normalised to NFC with LF line ends so that
 * line numbers and matching do not depend on how a file was saved.
 *
 * Order of evidence, strongest first: a byte-order mark; NUL patterns of BOM-less UTF-16; valid
 * UTF-8 (legacy single-byte text is almost never valid UTF-8 by accident); the charset an HTML page
 * declares; then a guess among legacy encodings. Russian reports written before UTF-8 come as
 * windows-1251 or KOI8-R, and the two cannot be told apart by byte ranges, so the guess decodes
 * both and keeps the one that reads more like Russian.
 *
 * Bytes that are not valid UTF-8 are not given up to a legacy code page wholesale: one stray byte in a
 * UTF-8 report would turn every Cyrillic word into mojibake and lose every number next to one. Both
 * readings (UTF-8 with the invalid bytes replaced by U+FFFD, and the best legacy guess) are scored by
 * `readabilityScore`, the better one is kept, and the decision is recorded (`EncodingEvidence`).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { GROUP_SPACES } from '../transforms/digits.ts';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Why an encoding was chosen when the bytes were not clean Unicode, and which lines hold replaced bytes. */
export interface EncodingEvidence {
  /** 1-based lines (of the normalised text) holding U+FFFD for bytes that could not be decoded. */
  replacedLines: number[];
  /** Number of invalid byte sequences replaced by U+FFFD. */
  replacedSequences: number;
  /** Number of control characters (NUL, ESC, ...: never text) replaced by U+FFFD. */
  controlCharacters?: number;
  /** The decision with its scores, e.g. `utf-8 (score 0.998) over windows-1252 (score -1.250)`. */
  choice: string;
  /** What in the bytes contradicts itself (a BOM the bytes after it belie): each is a warning for a person to check. */
  doubts?: string[];
}

export interface DecodedTextWithEvidence extends DecodedText {
  /** Null when the bytes were clean Unicode (BOM, UTF-16, valid UTF-8): nothing to explain. */
  evidence: EncodingEvidence | null;
}

/**
 * Characters a reader never sees: a byte-order mark inside the text (two files joined), word joiners, soft
 * hyphens and bidirectional marks. Left in, they cut what they sit in: `9,<U+FEFF>607` loaded as 607.
 */
const INVISIBLE_MARKS = /[\u00AD\u061C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// A zero-width space also parts words (in place of a space on some pages): taken out only inside a number.
const ZERO_WIDTH_SPACE_IN_NUMBER = new RegExp(`(?<=[\\p{Nd},.'’${GROUP_SPACES}])\u200B+(?=\\p{Nd})|(?<=\\p{Nd})\u200B+(?=[,.'’${GROUP_SPACES}])`, 'gu');

/**
 * Any character either pattern above can take out. Almost no text holds one, and a PDF's every text run goes through
 * here: one scan for them spares the number pattern's look-behind at every digit of every run.
 */
const ANY_INVISIBLE_MARK = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** `text` as a reader sees it: the invisible marks above taken out (and a zero-width space inside a number). */
export function withoutInvisibleMarks(text: string): string {
  if (!ANY_INVISIBLE_MARK.test(text)) return text;
  return text.replace(INVISIBLE_MARKS, '').replace(ZERO_WIDTH_SPACE_IN_NUMBER, '');
}

export function normaliseText(text: string): string {
  return withoutInvisibleMarks(text.replace(/\r\n?/g, '\n').normalize('NFC'));
}

/** Decodes the bytes of a text file (no markup): BOM, BOM-less UTF-16, UTF-8, then a legacy guess. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decodeTextBytesWithEvidence(bytes);
  return { text, encoding };
}

/** `decodeTextBytes`, with the evidence for the choice when the bytes were not clean Unicode. */
export function decodeTextBytesWithEvidence(bytes: Uint8Array): DecodedTextWithEvidence {
  return replaceControlCharacters(decodeTextBytesAsIs(bytes));
}

function decodeTextBytesAsIs(bytes: Uint8Array): DecodedTextWithEvidence {
  const unicode = decodeUnicode(bytes);
  if (unicode) return withUtf16Evidence(bytes, { text: normaliseText(unicode.text), encoding: unicode.encoding, evidence: null });
  const { body, contradictedBom } = withoutContradictedBom(bytes);
  return noteContradictedBom(chooseBetween(body, decodeLegacy(body), false), contradictedBom);
}

// C0 controls and DEL, but tab, LF, vertical tab, form feed and CR: word processors and pdftotext write
// VT and FF as line and page breaks; the others are never text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * A control character (NUL, ESC, ...) inside text is a byte that held no letter: a file damaged in a
 * copy, or binary data pasted in. It is invisible in the warehouse and splits or hides what it sits in
 * (`9,6<NUL>07` would read as `07`), so it is read as an unreadable byte: U+FFFD, counted with its lines,
 * and a number touching it is not loaded (src/pipeline/replaced-bytes.ts).
 */
function replaceControlCharacters(decoded: DecodedTextWithEvidence): DecodedTextWithEvidence {
  let count = 0;
  const text = decoded.text.replace(CONTROL_CHARACTER, () => {
    count++;
    return '\uFFFD';
  });
  if (count === 0) return decoded;
  const replacedLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.includes('\uFFFD')) replacedLines.push(i + 1);
  });
  const note = `${count} control character(s) replaced by U+FFFD`;
  const evidence: EncodingEvidence = decoded.evidence
    ? { ...decoded.evidence, replacedLines, controlCharacters: count, choice: `${decoded.evidence.choice}; ${note}` }
    : { replacedLines, replacedSequences: 0, controlCharacters: count, choice: `${decoded.encoding} with ${note}` };
  return { ...decoded, text, evidence };
}

/** Unpaired surrogates (and an odd last byte) in UTF-16 bytes, a BOM aside: the decoder reads each as U+FFFD. */
function invalidUtf16Units(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const start = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
  let invalid = (bytes.length - start) % 2;
  let afterHigh = false;
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const [a, b] = [bytes[i] ?? 0, bytes[i + 1] ?? 0];
    const unit = encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (afterHigh !== low) invalid++;
    afterHigh = unit >= 0xd800 && unit <= 0xdbff;
  }
  return invalid + (afterHigh ? 1 : 0);
}

/**
 * UTF-16 read as such, with the evidence when some of its units were no characters (a surrogate cut from its
 * pair): as for UTF-8's invalid bytes, the lines are named and a number across one is not loaded (replaced-bytes.ts).
 */
function withUtf16Evidence(bytes: Uint8Array, decoded: DecodedTextWithEvidence): DecodedTextWithEvidence {
  if (decoded.encoding !== 'utf-16le' && decoded.encoding !== 'utf-16be') return decoded;
  const invalid = invalidUtf16Units(bytes, decoded.encoding);
  if (invalid === 0) return decoded;
  const replacedLines: number[] = [];
  decoded.text.split('\n').forEach((line, i) => {
    if (line.includes('\uFFFD')) replacedLines.push(i + 1);
  });
  return { ...decoded, evidence: { replacedLines, replacedSequences: invalid, choice: `${decoded.encoding} with ${invalid} unpaired surrogate(s) or odd byte(s) read as U+FFFD` } };
}

const UTF8_BOM_LENGTH = 3;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * A UTF-8 byte-order mark before bytes that are not UTF-8 (a tool that prefixed a legacy file with one,
 * or legacy text pasted into a UTF-8 file) proves nothing about what follows: the bytes after it are
 * read as if it were not there, and the contradiction is recorded. Called once the BOM did not decode.
 */
function withoutContradictedBom(bytes: Uint8Array): { body: Uint8Array; contradictedBom: boolean } {
  return hasUtf8Bom(bytes) ? { body: bytes.subarray(UTF8_BOM_LENGTH), contradictedBom: true } : { body: bytes, contradictedBom: false };
}

function noteContradictedBom(decoded: DecodedTextWithEvidence, contradictedBom: boolean): DecodedTextWithEvidence {
  if (!contradictedBom || !decoded.evidence) return decoded;
  const doubt = `the file starts with a UTF-8 byte-order mark but the bytes after it are not UTF-8; read as ${decoded.encoding}, check its accented letters`;
  return { ...decoded, evidence: { ...decoded.evidence, doubts: [...(decoded.evidence.doubts ?? []), doubt] } };
}

/**
 * Bytes that are not valid UTF-8: UTF-8 with the invalid sequences replaced, or `legacy`, whichever
 * reads better. `legacyDeclared` (a charset the page declares) wins a tie.
 */
function chooseBetween(bytes: Uint8Array, legacy: DecodedText, legacyDeclared: boolean): DecodedTextWithEvidence {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const scan = scanUtf8(bytes);
  const utf8Score = readabilityScore(lenient, 0);
  const legacyScore = readabilityScore(legacy.text, scan.multibyte);
  const utf8Wins = legacyDeclared ? utf8Score > legacyScore : utf8Score >= legacyScore;
  const fmt = (n: number) => n.toFixed(3);
  if (utf8Wins) {
    const text = normaliseText(lenient);
    const replacedLines: number[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD')) replacedLines.push(i + 1);
    });
    const choice = `utf-8 with ${scan.invalid} invalid byte sequence(s) replaced by U+FFFD (score ${fmt(utf8Score)}) over ${legacy.encoding} (score ${fmt(legacyScore)})`;
    return { text, encoding: 'utf-8', evidence: { replacedLines, replacedSequences: scan.invalid, choice } };
  }
  const choice = `${legacy.encoding} (score ${fmt(legacyScore)}${legacyDeclared ? ', declared by the page' : ''}) over utf-8 with ${scan.invalid} invalid byte sequence(s) (score ${fmt(utf8Score)})`;
  return { text: normaliseText(legacy.text), encoding: legacy.encoding, evidence: { replacedLines: [], replacedSequences: 0, choice } };
}

/** Counts the well-formed multi-byte UTF-8 sequences and the invalid sequences (as TextDecoder replaces them). */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // Consume the longest valid prefix of the sequence, as the WHATWG decoder does: one U+FFFD for it
    // when it is cut short, and the byte that broke it is read again.
    let k = 1;
    while (k < length && i + k < bytes.length) {
      const c = bytes[i + k] ?? 0;
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) break;
      k++;
    }
    if (length > 0 && k === length) multibyte++;
    else invalid++;
    i += k;
  }
  return { multibyte, invalid };
}

// Punctuation legacy and Unicode text both use outside ASCII: it reads fine in either.
const COMMON_PUNCTUATION = new Set('\u00a0’‘“”„–—…«»•€§°№·\u202f\u2009');

/**
 * How well a decoding reads, from -3 to 1: over its non-ASCII characters, letters (any script) and common
 * punctuation count 1, each U+FFFD, C1 control or stray symbol costs 3; `mojibakeSequences` (valid
 * UTF-8 multi-byte sequences in the bytes, which a single-byte code page reads as two or three wrong
 * characters) cost 3 each. Divided by the number of non-ASCII characters.
 */
export function readabilityScore(text: string, mojibakeSequences: number): number {
  let readable = 0;
  let unreadable = mojibakeSequences;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (/[\p{L}\p{M}]/u.test(ch) || COMMON_PUNCTUATION.has(ch)) readable++;
    else unreadable++;
  }
  if (nonAscii === 0) return 0;
  return (readable - 3 * unreadable) / nonAscii;
}

/**
 * Decodes the bytes of an HTML page. A BOM wins, then the charset the page declares in its first
 * KiB (`<meta charset>` or `http-equiv`), then the same detection as for text.
 *
 * NOTE: a page that declares a single-byte charset but whose bytes are valid multi-byte UTF-8 is
 * read as UTF-8: CMSs often copy a stale `<meta charset=iso-8859-1>` into UTF-8 templates, and
 * legacy bytes almost never form valid UTF-8 by chance. A page declaring UTF-8 whose bytes are not
 * UTF-8 falls through to detection for the same reason.
 */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decodeHtmlBytesWithEvidence(bytes);
  return { text, encoding };
}

/** `decodeHtmlBytes`, with the evidence for the choice when the bytes were not clean Unicode. */
export function decodeHtmlBytesWithEvidence(bytes: Uint8Array): DecodedTextWithEvidence {
  return replaceControlCharacters(decodeHtmlBytesAsIs(bytes));
}

function decodeHtmlBytesAsIs(bytes: Uint8Array): DecodedTextWithEvidence {
  const bom = decodeByBom(bytes);
  if (bom) return withUtf16Evidence(bytes, { text: normaliseText(bom.text), encoding: bom.encoding, evidence: null });
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && !isUtf16(declared)) {
    const utf8 = decodeUtf8Strict(bytes);
    if (utf8 !== null && hasNonAscii(bytes)) return { text: normaliseText(utf8), encoding: 'utf-8', evidence: null };
    if (utf8 !== null) return { text: normaliseText(iconv.decode(bytes, declared)), encoding: declared, evidence: null };
    const { body, contradictedBom } = withoutContradictedBom(bytes);
    const belied = cyrillicBehindWesternDeclaration(body, declared);
    if (belied) return noteContradictedBom(belied, contradictedBom);
    return noteContradictedBom(chooseBetween(body, { text: iconv.decode(body, declared), encoding: declared }, true), contradictedBom);
  }
  return decodeTextBytesAsIs(bytes);
}

// Western code pages a CMS template declares by default (`iso-8859-1` reads as windows-1252).
const WESTERN_CHARSETS = new Set(['windows-1252', 'iso-8859-15', 'latin9']);

/**
 * A page declaring a Western code page whose bytes are Cyrillic letter runs (a Russian report in
 * windows-1251 or KOI8-R under a template's stale `<meta charset=iso-8859-1>`): the declaration would
 * turn every word into accented Latin letters (`Íàöèîíàëüíûé`), all "letters", so the readability score
 * cannot see it. Western text is a few accented letters among ASCII words, never runs of them
 * (`looksCyrillic`), so the bytes overrule the declaration, and the contradiction is a doubt.
 */
function cyrillicBehindWesternDeclaration(bytes: Uint8Array, declared: string): DecodedTextWithEvidence | null {
  if (!WESTERN_CHARSETS.has(declared) || !looksCyrillic(bytes)) return null;
  const cyrillic = decodeLegacy(bytes);
  const doubt = `the page declares ${declared} but its letters are runs of high bytes, as Cyrillic text is; read as ${cyrillic.encoding}, check the page`;
  return {
    text: normaliseText(cyrillic.text),
    encoding: cyrillic.encoding,
    evidence: { replacedLines: [], replacedSequences: 0, choice: `${cyrillic.encoding} over the declared ${declared}`, doubts: [doubt] },
  };
}

/**
 * The charset an HTML page declares in its first 1024 bytes, as an iconv-lite name, or null.
 * Labels follow the WHATWG Encoding standard: `iso-8859-1`, `latin1` and `us-ascii` mean windows-1252.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1Prefix(bytes, 1024);
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.+-]+)/i.exec(head);
  const label = meta?.[1]?.toLowerCase();
  if (!label) return null;
  return canonicalCharset(label);
}

function canonicalCharset(label: string): string | null {
  const aliases: Record<string, string> = {
    'utf8': 'utf-8',
    'unicode-1-1-utf-8': 'utf-8',
    'iso-8859-1': 'windows-1252',
    'iso8859-1': 'windows-1252',
    'latin1': 'windows-1252',
    'l1': 'windows-1252',
    'us-ascii': 'windows-1252',
    'ascii': 'windows-1252',
    'cp1252': 'windows-1252',
    'cp1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    'koi8': 'koi8-r',
    'cskoi8r': 'koi8-r',
    'gb2312': 'gbk',
    'unicode': 'utf-16le',
  };
  const name = aliases[label] ?? label;
  return iconv.encodingExists(name) ? name : null;
}

function isUtf16(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf16') || charset === 'ucs-2';
}

/** The first `max` bytes, one character each (what `String.fromCharCode` gives a byte), decoded at once rather than a string per byte. */
function latin1Prefix(bytes: Uint8Array, max: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, max)).toString('latin1');
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text after a byte-order mark; null when there is none, or when the bytes after a UTF-8 BOM are not UTF-8 (see `withoutContradictedBom`). */
function decodeByBom(bytes: Uint8Array): DecodedText | null {
  if (hasUtf8Bom(bytes)) {
    const text = decodeUtf8Strict(bytes.subarray(UTF8_BOM_LENGTH));
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: text files never hold NULs, but UTF-16 puts one in
 * the high byte of every ASCII character (spaces, digits, punctuation, even in Russian text).
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.05 && evenNul <= oddNul / 10) return 'utf-16le';
  if (evenNul >= pairs * 0.05 && oddNul <= evenNul / 10) return 'utf-16be';
  return null;
}

/** Unicode encodings (BOM, BOM-less UTF-16, valid UTF-8), or null when the bytes are none of them. */
function decodeUnicode(bytes: Uint8Array): DecodedText | null {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return null;
}

/** Bytes that are not Unicode: Cyrillic (windows-1251 or KOI8-R), another legacy code page chardet is sure of, or windows-1252. */
function decodeLegacy(bytes: Uint8Array): DecodedText {
  if (looksCyrillic(bytes)) {
    const cp1251 = iconv.decode(bytes, 'windows-1251');
    const koi8 = iconv.decode(bytes, 'koi8-r');
    return russianPlausibility(koi8) > russianPlausibility(cp1251)
      ? { text: koi8, encoding: 'koi8-r' }
      : { text: cp1251, encoding: 'windows-1251' };
  }
  const guess = chardet.analyse(bytes)[0];
  const name = guess ? canonicalCharset(guess.name.toLowerCase()) : null;
  // Only trust chardet for scripts our own checks do not cover (Arabic, Chinese, Greek, ...).
  if (guess && name && guess.confidence >= 50 && !/^(windows-125[02]|iso-8859-(1|15)|utf)/.test(name)) {
    return { text: iconv.decode(bytes, name), encoding: name };
  }
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * In both windows-1251 and KOI8-R every Cyrillic letter is a byte >= 0xC0, so Russian text is mostly
 * high bytes in runs (words); Western text has a few isolated accented letters among ASCII words.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let asciiLetters = 0;
  let highLetters = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
    else if (b >= 0xc0) highLetters++;
  }
  return highLetters > 0 && highLetters >= (asciiLetters + highLetters) * 0.3;
}

// The most frequent Russian letters, most frequent first (о е а и н т с р в л).
const FREQUENT_RUSSIAN = 'оеаинтсрвл';

/**
 * How much a decoding reads like Russian: frequent letters score, an upper-case letter inside a
 * lower-case word costs (the wrong code page swaps case and scrambles letters).
 */
export function russianPlausibility(text: string): number {
  let score = 0;
  for (const word of text.match(/[\u0400-\u04ff]+/g) ?? []) {
    for (let i = 0; i < word.length; i++) {
      const ch = word[i] ?? '';
      const lower = ch.toLowerCase();
      if (FREQUENT_RUSSIAN.includes(lower)) score += 1;
      if (ch !== lower && i > 0 && (word[i - 1] ?? '') === (word[i - 1] ?? '').toLowerCase()) score -= 3;
      if ('ъыь'.includes(lower) && i === 0) score -= 2;
    }
  }
  return score;
}
