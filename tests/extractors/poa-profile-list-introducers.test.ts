import { describe, expect, it } from 'vitest';
import { readQuestionLine } from '../../src/extractors/poa-profile/fields.ts';
import type { DocLine } from '../../src/extractors/poa-shared/lines.ts';

/** A label ending with a colon, and a line of prose after it (no bullets: only the label's words decide). */
function labelThenProse(label: string): DocLine[] {
  return [label, 'The State answered in a report of its own.'].map((text, i) => ({ no: i + 1, text, page: null, listItem: false }));
}

describe("a label that announces a list of the State's own items is no template question (lexicons listIntroducers)", () => {
  it.each([
    'Weapons must bear the following marks:',
    'The measures taken are as follows:',
    'Les marques apposées comprennent :',
    'Les mesures prises, à savoir :',
    'Las medidas adoptadas incluyen lo siguiente:',
    'Меры включают:',
    'Приняты следующие меры:',
  ])('%s', (label) => {
    expect(readQuestionLine(labelThenProse(label), 0)).toBeNull();
  });

  it('a label without such words is a question the page leaves to its answer lines', () => {
    expect(readQuestionLine(labelThenProse('Stockpile management procedures in the armed forces:'), 0)).toMatchObject({
      question: 'Stockpile management procedures in the armed forces',
      hasColon: true,
      known: false,
    });
  });

  it('a word that merely contains an introducer is no introducer (word boundaries of the language)', () => {
    // `comprend` stands inside `comprendre`: no introducer there (a match without the word's end would call it one).
    expect(readQuestionLine(labelThenProse('Mesures pour comprendre les flux illicites :'), 0)).not.toBeNull();
  });
});
