import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    ['2016年，公安机关共收缴枪支1,200支，其中手枪800支、步枪400支。', { year: 2016, year_basis: 'stated', action: 'seized', agency: 'police', total: 1200, components_sum: 1200, counts: ['firearms 1200', 'pistols 800', 'rifles 400'] }],
  ],
  numberWords: [['十七', 17], ['十', 10], ['三百二十', 320], ['两万', 20000], ['一百零五', 105], ['二千', 2000]],
  quantities: [
    ['共收缴枪支十七支', { value: 17, qualifier: null }],
    ['收缴枪支约300支', { value: 300, qualifier: '约' }],
    ['收缴枪支300余支', { value: 300, qualifier: '余' }],
    ['收缴枪支9,607支', { value: 9607, qualifier: null }],
  ],
  cells: [['9,607', 9607], ['9.607', null], ['十七', 17]],
  unknownMarkers: ['不详', '未知', '-'],
  notUnknown: ['无', '北京'],
  dates: [['2017年3月20日', '2017-03-20']],
  // No word boundaries in Chinese: the phrase is found inside a run of characters.
  relativeYears: [['去年共收缴枪支300支', -1], ['公安机关今年收缴', 0]],
  categories: [['枪支', 'firearms'], ['自制枪支', 'home_made'], ['冲锋枪', 'submachine_guns'], ['管制刀具', 'edged_weapons'], ['手枪弹', null]],
  agencies: [['公安机关', 'police'], ['海关', 'customs'], ['边防部队', 'border_guard'], ['解放军', 'defence']],
  headings: [['库存管理', 'stockpile_management'], ['国际合作与援助', 'international_cooperation'], ['一、立法', 'legislation']],
  kinds: [['中华人民共和国关于执行《行动纲领》的国家报告\n提交日期：2010年', 'poa_report']],
};
