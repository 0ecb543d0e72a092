import { describe, expect, it } from 'vitest';
import { deglue, glueVocabulary, wordOfPattern, wordsOf } from '../../src/transforms/deglue.ts';

/** Headings' and weapon categories' words, as the topic matcher and the count parser give theirs. */
const vocabulary = glueVocabulary(
  (lexicon) => [Object.keys(lexicon.sectionHeadings).flatMap(wordsOf), Object.values(lexicon.weaponCategories).flat().flatMap(wordOfPattern)].flat(),
  (lexicon) => Object.values(lexicon.agencies).flat().flatMap(wordsOf),
);
import { matchHeading, matchQuestionTopic } from '../../src/transforms/topics.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

describe('words glued where a line break was lost', () => {
  it.each([
    ['the Programme of Action toPrevent, Combat', 'the Programme of Action to Prevent, Combat'],
    ['Small Armsand Light Weapons', 'Small Arms and Light Weapons'],
    ['the Programmeof Action', 'the Programme of Action'],
    ['II. Stockpilemanagement', 'II. Stockpile management'],
    ['III. Collection anddestruction', 'III. Collection and destruction'],
    ['Armas Pequeñasy Ligeras', 'Armas Pequeñas y Ligeras'],
  ])('reads %j as %j', (written, readable) => {
    expect(deglue(written, vocabulary).text).toBe(readable);
  });

  it.each(['the island and the understand thousand', 'firearms handguns insecurity information', 'la Fuerza Armada', 'They included 300 rifles.', 'McDonald PoA', 'As Forças Armadas destruíram'])(
    'leaves real words alone: %j',
    (text) => expect(deglue(text, vocabulary).text).toBe(text),
  );

  it('maps every readable offset back to the verbatim text', () => {
    const written = 'Small Armsand Light Weapons';
    const { text, sourceOffset } = deglue(written, vocabulary);
    expect(written.slice(sourceOffset(text.indexOf('Light')), sourceOffset(text.length))).toBe('Light Weapons');
    expect(written.slice(sourceOffset(0), sourceOffset(text.indexOf(' and')))).toBe('Small Arms');
  });

  it('matches a question and a heading whose topic word is glued to the word before it', () => {
    // Without the split the question's only keyword would be `laws` (legislation).
    expect(matchQuestionTopic('1.2. Does your country have laws regulating thebrokering of small arms?')?.topic).toBe('brokering');
    expect(matchHeading('II. Collection anddestruction')?.topic).toBe('collection_destruction');
  });

  it('reads a count statement with a glued conjunction, and keeps the verbatim words as source_text', () => {
    const { statements } = extractCountStatements(
      [{ text: 'In 2007 the police seized 1,204 firearms, of which 806 smoothbore weaponsand 398 rifled weapons.', span: { lineStart: 5, lineEnd: 5 } }],
      { reportedIn: 2008, language: 'en' },
    );
    expect(statements.map((s) => [s.total, s.components_sum, s.reconciliation])).toEqual([[1204, 1204, 'balanced']]);
    expect(statements[0]?.counts.map((c) => [c.quantity, c.category, c.source_text])).toEqual([
      [1204, 'firearms', '1,204 firearms'],
      [806, 'smoothbore', '806 smoothbore weapons'],
      [398, 'rifled', '398 rifled weapons'],
    ]);
    expect(statements[0]?.source_text).toBe('In 2007 the police seized 1,204 firearms, of which 806 smoothbore weaponsand 398 rifled weapons.');
  });
});

describe('a function word at the end of the text', () => {
  it('is not split off its last word: nothing follows for it to join (a typo such as маркировкии stays whole)', () => {
    const vocabulary = glueVocabulary((lexicon) => [...Object.keys(lexicon.sectionHeadings), ...Object.keys(lexicon.templateQuestions)].flatMap(wordsOf));
    expect(deglue('Национальная практика маркировкии', vocabulary).text).toBe('Национальная практика маркировкии');
    expect(deglue('маркировкии учет', vocabulary).text).toBe('маркировки и учет');
  });
});
