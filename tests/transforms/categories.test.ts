import { describe, expect, it } from 'vitest';
import { agencyAliasesFromText, findActions, matchAgency, matchWeaponCategory } from '../../src/transforms/categories.ts';

const code = (words: string) => matchWeaponCategory(words)?.code ?? null;
const raw = (words: string) => matchWeaponCategory(words)?.raw ?? null;

describe('weapon categories', () => {
  it.each([
    ['weapons were seized', 'firearms', 'weapons'],
    ['units of weapons were voluntarily surrendered', 'firearms', 'units of weapons'],
    ['illegal firearms, comprising', 'firearms', 'illegal firearms'],
    ['service weapons were stolen', 'firearms', 'service weapons'],
    ['smoothbore weapons, 1,118', 'smoothbore', 'smoothbore weapons'],
    ['were smooth-bore weapons, 1,549', 'smoothbore', 'smooth-bore weapons'],
    ['gas weapons', 'gas', 'gas weapons'],
    ['home-made weapons', 'home_made', 'home-made weapons'],
    ['home-made firearms and 12', 'home_made', 'home-made firearms'],
    ['rifle-bored weapons; they included', 'rifled', 'rifle-bored weapons'],
    ['rifled weapons', 'rifled', 'rifled weapons'],
    ['fully automatic weapons', 'fully_automatic', 'fully automatic weapons'],
    ['rifles and carbines, 33', 'rifles_and_carbines', 'rifles and carbines'],
    ['rifles.', 'rifles', 'rifles'],
    ['carbines', 'carbines', 'carbines'],
    ['combined weapons', 'combination', 'combined weapons'],
    ['combination weapons', 'combination', 'combination weapons'],
    ['pistols and revolvers of various kinds', 'pistols_and_revolvers', 'pistols and revolvers'],
    ['pistols, 228', 'pistols', 'pistols'],
    ['revolvers', 'revolvers', 'revolvers'],
    ['sawn-off weapons', 'sawn_off', 'sawn-off weapons'],
    ['hunting and sawn-off weapons.', 'hunting_and_sawn_off', 'hunting and sawn-off weapons'],
    ['machine gun and 368', 'machine_guns', 'machine gun'],
    ['machine guns.', 'machine_guns', 'machine guns'],
    ['submachine guns', 'submachine_guns', 'submachine guns'],
  ])('en: %s -> %s (%s)', (words, expectedCode, expectedRaw) => {
    expect([code(words), raw(words)]).toEqual([expectedCode, expectedRaw]);
  });

  it.each([
    // every case of the adjective, with and without the counter word "единиц" (left out of the raw words)
    ['гладкоствольное оружие', 'smoothbore', 'гладкоствольное оружие'],
    ['единиц гладкоствольного, 247', 'smoothbore', 'гладкоствольного'],
    ['гладкоствольных ружей', 'smoothbore', 'гладкоствольных'],
    ['гладкоствольным', 'smoothbore', 'гладкоствольным'],
    ['гладкоствольного оружия.', 'smoothbore', 'гладкоствольного оружия'],
    ['единиц нарезного,', 'rifled', 'нарезного'],
    ['нарезное оружие', 'rifled', 'нарезное оружие'],
    ['нарезных', 'rifled', 'нарезных'],
    ['единиц газового и 46', 'gas', 'газового'],
    ['газовых пистолетов', 'gas', 'газовых пистолетов'],
    ['единиц самодельного оружия.', 'home_made', 'самодельного оружия'],
    ['самодельных', 'home_made', 'самодельных'],
    ['пистолетов и револьверов', 'pistols_and_revolvers', 'пистолетов и револьверов'],
    ['пистолеты и револьверы', 'pistols_and_revolvers', 'пистолеты и револьверы'],
    ['пистолетов,', 'pistols', 'пистолетов'],
    ['револьверов', 'revolvers', 'револьверов'],
    ['винтовок и карабинов', 'rifles_and_carbines', 'винтовок и карабинов'],
    ['винтовок', 'rifles', 'винтовок'],
    ['карабинов', 'carbines', 'карабинов'],
    ['единиц автоматического оружия', 'fully_automatic', 'автоматического оружия'],
    ['автоматов', 'fully_automatic', 'автоматов'],
    ['обрезов', 'sawn_off', 'обрезов'],
    ['охотничьих и обрезов', 'hunting_and_sawn_off', 'охотничьих и обрезов'],
    ['пулеметов', 'machine_guns', 'пулеметов'],
    ['пулемётов', 'machine_guns', 'пулемётов'],
    ['комбинированного оружия', 'combination', 'комбинированного оружия'],
    ['единиц оружия, из них', 'firearms', 'единиц оружия'],
    ['единиц огнестрельного оружия.', 'firearms', 'единиц огнестрельного оружия'],
    ['единицы оружия', 'firearms', 'единицы оружия'],
  ])('ru: %s -> %s (%s)', (words, expectedCode, expectedRaw) => {
    expect([code(words), raw(words)]).toEqual([expectedCode, expectedRaw]);
  });

  it.each([
    ['armes ont été saisies', 'firearms', 'armes'],
    ['armes à feu', 'firearms', 'armes à feu'],
    ['armes à canon lisse,', 'smoothbore', 'armes à canon lisse'],
    ['armes à canon rayé', 'rifled', 'armes à canon rayé'],
    ['armes de fabrication artisanale.', 'home_made', 'armes de fabrication artisanale'],
    ['pistolets et revolvers', 'pistols_and_revolvers', 'pistolets et revolvers'],
    ['fusils et carabines', 'rifles_and_carbines', 'fusils et carabines'],
    ['mitrailleuses', 'machine_guns', 'mitrailleuses'],
    ['armas de fuego, entre ellas', 'firearms', 'armas de fuego'],
    ['pistolas', 'pistols', 'pistolas'],
    ['revólveres y', 'revolvers', 'revólveres'],
    ['pistolas y revólveres', 'pistols_and_revolvers', 'pistolas y revólveres'],
    ['escopetas', 'shotguns', 'escopetas'],
    ['armas de fabricación casera', 'home_made', 'armas de fabricación casera'],
    ['ametralladoras', 'machine_guns', 'ametralladoras'],
  ])('fr/es: %s -> %s (%s)', (words, expectedCode, expectedRaw) => {
    expect([code(words), raw(words)]).toEqual([expectedCode, expectedRaw]);
  });

  it.each([
    // A generic noun never takes the generic code when words after it change what it counts.
    ["armes d'épaule, 3 000", 'long_guns', "armes d'épaule"],
    ['armes blanches.', 'edged_weapons', 'armes blanches'],
    ['armas largas,', 'long_guns', 'armas largas'],
    ['armas blancas y', 'edged_weapons', 'armas blancas'],
    ['weapons of other types, 100', 'other', 'weapons of other types'],
    ['other weapons', 'other', 'other weapons'],
    ['air guns and', 'air_guns', 'air guns'],
    ['imitation firearms.', 'imitation_firearms', 'imitation firearms'],
    ['armes de guerre ont été saisies', null, 'armes de guerre'],
    ['armas de guerra y', null, 'armas de guerra'],
    ['weapons of war were', null, 'weapons of war'],
    ['единиц оружия ограниченного поражения.', null, 'единиц оружия ограниченного поражения'],
    // ... while verbs, agents and harmless modifiers after it leave it generic.
    ['armes saisies par', 'firearms', 'armes'],
    ['armes illégales, dont', 'firearms', 'armes illégales'],
    ['единиц оружия органами внутренних дел', 'firearms', 'единиц оружия'],
    ['weapons of various calibres were', 'firearms', 'weapons of various calibres'],
    ['of them were pistols', 'pistols', 'pistols'],
  ])('qualified: %s -> %s (%s)', (words, expectedCode, expectedRaw) => {
    expect(matchWeaponCategory(words)).not.toBeNull();
    expect([code(words), raw(words)]).toEqual([expectedCode, expectedRaw]);
  });

  it.each([
    'officials and journalists', 'participants', 'December 2013', 'учебных семинаров', 'of the 12 existing agreements',
    'arms dealers', 'gas cylinders', 'weapons caches', 'tonnes of ammunition', 'gasoline', 'firearms-related crimes',
    'firearm parts', 'weapons components',
  ])('not weapons: %s', (words) => {
    expect(matchWeaponCategory(words)).toBeNull();
  });
});

describe('actions', () => {
  const actions = (text: string) => findActions(text).map((a) => [a.code, a.raw]);
  it.each([
    ['9,607 weapons were seized:', [['seized', 'seized']]],
    ['seized and removed from circulation 13,545', [['seized', 'seized'], ['seized', 'removed from circulation']]],
    ['removed from illicit circulation', [['seized', 'removed from illicit circulation']]],
    ['confiscated', [['seized', 'confiscated']]],
    ['were voluntarily surrendered', [['surrendered', 'voluntarily surrendered']]],
    ['a voluntary surrender campaign', [['surrendered', 'voluntary surrender']]],
    ['destroyed by smelting', [['destroyed', 'destroyed']]],
    ['smelted', [['destroyed', 'smelted']]],
    ['the police collected', [['collected', 'collected']]],
    ['were stolen', [['stolen', 'stolen']]],
    ['were lost', [['lost', 'lost']]],
    ['изъято', [['seized', 'изъято']]],
    ['добровольно сдано', [['surrendered', 'добровольно сдано']]],
    ['уничтожено', [['destroyed', 'уничтожено']]],
    ['ont été saisies', [['seized', 'saisies']]],
    ['remises volontairement', [['surrendered', 'remises volontairement']]],
    ['détruites', [['destroyed', 'détruites']]],
    ['se destruyeron', [['destroyed', 'se destruyeron']]],
    ['incautó', [['seized', 'incautó']]],
    ['entregadas voluntariamente', [['surrendered', 'entregadas voluntariamente']]],
  ])('%s', (text, expected) => {
    expect(actions(text)).toEqual(expected);
  });

  it('finds no action in words that only contain one ("lostock", "seizedly" are not words we read)', () => {
    expect(actions('the lostock depot, the collectedness')).toEqual([]);
  });
});

describe('agencies', () => {
  it.each([
    ['internal affairs agencies', 'police'],
    ['the Police of the Republic of Armenia', 'police'],
    ['police bodies', 'police'],
    ['National Security Committee agencies', 'national_security'],
    ['National Security Service bodies', 'national_security'],
    ['the Ministry of National Security', 'national_security'],
    ['the Customs Service', 'customs'],
    ['the Ministry of Defence', 'defence'],
    ['the Border Police', 'border_guard'],
    ['органами внутренних дел', 'police'],
    ['Службой национальной безопасности', 'national_security'],
    ['таможенными органами', 'customs'],
    ['la gendarmerie nationale', 'police'],
    ['La Policía Nacional', 'police'],
    ['قوى الأمن الداخلي', 'police'],
    ['قوات الأمن الداخلي', 'police'],
    ['الدرك الوطني', 'police'],
    ['المديرية العامة لأمن الدولة', 'national_security'],
    ['حرس الحدود', 'border_guard'],
    ['الجيش الأردني', 'defence'],
    ['the Internal Security Forces', 'police'],
    ['a Receita Federal', 'customs'],
    ['a Autoridade Tributária e Aduaneira', 'customs'],
    ['la Gendarmería Nacional', 'police'],
    ['国家安全机关', 'national_security'],
    ['边检机关', 'border_guard'],
    ['the internal security situation', null],
    ['الأمن الداخلي', null],
    ['the following', null],
    ['the JCF', null],
  ])('%s -> %s', (words, expected) => {
    expect(matchAgency(words)).toBe(expected);
  });

  it('reads acronyms a document defines for agencies', () => {
    expect(agencyAliasesFromText('Its members include the Jamaica Constabulary Force (JCF), the Firearm Licensing Authority (FLA) and Jamaica Customs (JCA).')).toEqual({
      JCF: 'police',
      JCA: 'customs',
    });
  });
});
