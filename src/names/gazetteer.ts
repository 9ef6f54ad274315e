/**
 * The small gazetteer shipped with the extension. It is the ONLY way a Chinese,
 * Arabic-script or Korean form joins a group (their spelling is never guessed from
 * the Latin), and the only way a Latin or Cyrillic form that no romanization rule
 * reaches joins one (the Russian form Chimkent, the agency's Kazakh name QazAqparat).
 * It also tells the kind (person, place, organisation) of names it lists.
 *
 * Sources: the dev variant list of the project (Kazinform's Chinese and Arabic
 * services, Xinhua, Sputnik China, Wikipedia) and standard Chinese and Arabic
 * renderings of Kazakhstan's capital.
 */
import type { NameKind } from './types';

export interface GazetteerForm {
  text: string;
  /** Why this form belongs to the entry, for the note shown to the user. */
  note: string;
}

export interface GazetteerEntry {
  id: string;
  kind: NameKind;
  /** The name as the English editions write it. Its folded key is the entry's key. */
  name: string;
  /** Forms in scripts read only through this list (Han, Arabic, Hangul), found in text as written. */
  forms: readonly GazetteerForm[];
  /** Forms of a person's surname alone in those scripts (托卡耶夫). */
  surnameForms?: readonly GazetteerForm[];
  /** Latin or Cyrillic spellings no rule joins, matched by their folded key. */
  aliases?: readonly GazetteerForm[];
}

const ZH_RU = 'Chinese transcription of the Russian form';
const AR = 'Arabic transcription';

export const GAZETTEER: readonly GazetteerEntry[] = [
  {
    id: 'tokayev',
    kind: 'person',
    name: 'Kassym-Jomart Tokayev',
    forms: [
      { text: '卡瑟姆若马尔特·托卡耶夫', note: `${ZH_RU} Касым-Жомарт Токаев (Xinhua, Wikipedia; 若 for ж)` },
      { text: '卡西姆若马尔特·托卡耶夫', note: `${ZH_RU} Касым-Жомарт Токаев (another rendering of Касым)` },
      { text: '哈斯穆-卓玛尔特·托卡耶夫', note: "Kazinform's Chinese service transcribes the Kazakh form Қасым-Жомарт" },
      { text: 'قاسم جومارت توكاييف', note: `${AR}, with ي doubled for -ayev` },
      { text: 'قاسم جومارت توكايف', note: `${AR}, with one ي` },
    ],
    surnameForms: [
      { text: '托卡耶夫', note: `${ZH_RU} Токаев (-ев is 耶夫)` },
      { text: 'توكاييف', note: `${AR} of Tokayev, with ي doubled` },
      { text: 'توكايف', note: `${AR} of Tokayev` },
      { text: '토카예프', note: 'Korean transcription of the Russian form Токаев' },
    ],
  },
  {
    id: 'ashimbayev',
    kind: 'person',
    name: 'Maulen Ashimbayev',
    forms: [{ text: 'مولين أشيمباييف', note: `${AR} of the Russian form Маулен Ашимбаев` }],
    surnameForms: [
      { text: '아쉼바예프', note: 'Korean transcription of the Russian form Ашимбаев' },
      { text: 'أشيمباييف', note: `${AR} of Ashimbayev` },
    ],
  },
  {
    id: 'koshanov',
    kind: 'person',
    name: 'Yerlan Koshanov',
    forms: [{ text: '葉爾蘭·科沙諾夫', note: `${ZH_RU} Ерлан Кошанов (traditional characters)` }],
    surnameForms: [{ text: '科沙諾夫', note: `${ZH_RU} Кошанов (traditional characters)` }],
  },
  {
    id: 'smailov',
    kind: 'person',
    name: 'Alikhan Smailov',
    forms: [
      { text: '阿里汗·斯马伊洛夫', note: 'Chinese transcription keeping the Kazakh йы syllable (Kazinform, The Paper)' },
      { text: '阿利汗·斯迈洛夫', note: `${ZH_RU} Алихан Смаилов (Sputnik China)` },
      { text: 'عليخان سمايلوف', note: AR },
      { text: 'أليخان سمائيلوف', note: `${AR} with hamza` },
    ],
    surnameForms: [
      { text: '斯马伊洛夫', note: 'Chinese transcription keeping the Kazakh йы syllable' },
      { text: '斯迈洛夫', note: `${ZH_RU} Смаилов` },
    ],
  },
  {
    id: 'nigmatulin-nurlan',
    kind: 'person',
    name: 'Nurlan Nigmatulin',
    forms: [
      { text: '努尔兰•尼格马图林', note: `${ZH_RU} Нурлан Нигматулин` },
      { text: '努尔兰·尼格马图林', note: `${ZH_RU} Нурлан Нигматулин` },
    ],
  },
  {
    id: 'nazarbayev',
    kind: 'person',
    name: 'Nursultan Nazarbayev',
    forms: [],
    surnameForms: [{ text: '纳扎尔巴耶夫', note: `${ZH_RU} Назарбаев` }],
  },
  {
    id: 'nazarbayeva-dariga',
    kind: 'person',
    name: 'Dariga Nazarbayeva',
    forms: [
      { text: '다리가 나자르바예프', note: 'Korean: the surname in its masculine form; the first name decides who is meant' },
      { text: 'داريجا نزارباييف', note: 'Arabic: the surname in its masculine form; the first name decides who is meant' },
    ],
  },
  {
    id: 'mazhilis',
    kind: 'org',
    name: 'Mazhilis',
    forms: [{ text: '马吉利斯', note: "Kazinform's Chinese transcription (Xinhua often translates instead: 议会下院, 'lower house')" }],
  },
  {
    id: 'kazinform',
    kind: 'org',
    name: 'Kazinform',
    forms: [{ text: '哈通社', note: 'the Chinese abbreviation of the agency\'s name (a translation, not a transcription)' }],
    aliases: [
      { text: 'QazAqparat', note: "the agency's Kazakh name (Қазақ ақпарат, 'Kazakh information'); Kazinform is its English brand: another name, not a spelling" },
      { text: 'ҚазАқпарат', note: "the agency's Kazakh name in Cyrillic; Kazinform is its English brand: another name, not a spelling" },
    ],
  },
  {
    id: 'shymkent',
    kind: 'place',
    name: 'Shymkent',
    forms: [
      { text: 'شىمكەنت', note: 'Kazakh in Arabic script (töte)' },
      { text: 'چىمكېنت', note: 'Uzbek in Arabic script, from the Russian-Uzbek form Chimkent' },
    ],
    aliases: [
      { text: 'Chimkent', note: 'the Russian form of the name (Чимкент: ш -> ч, ы -> и), the official spelling until 1993 and still used in Russian and Uzbek' },
      { text: 'Чимкент', note: 'the Russian form of the name (ш -> ч, ы -> и), the official spelling until 1993' },
    ],
  },
  {
    id: 'astana',
    kind: 'place',
    name: 'Astana',
    forms: [
      { text: '阿斯塔纳', note: 'Chinese transcription of Astana' },
      { text: 'أستانا', note: 'Arabic transcription of Astana' },
    ],
  },
  { id: 'oliy-majlis', kind: 'org', name: 'Oliy Majlis', forms: [] },
  { id: 'ak-zhol', kind: 'org', name: 'Ak Zhol', forms: [] },
  { id: 'nur-otan', kind: 'org', name: 'Nur Otan', forms: [] },
  { id: 'amanat', kind: 'org', name: 'Amanat', forms: [] },
];

/** Places the module knows by name, so that their shape (Moldova ends like a surname) does not make them people. */
export const KNOWN_PLACES: readonly string[] = `
  Almaty Astana Shymkent Aktobe Karaganda Atyrau Aktau Taraz Pavlodar Semey Oskemen Kostanay Kyzylorda Petropavl Oral Turkistan
  Taldykorgan Kokshetau Zhezkazgan Baikonur Ekibastuz Konaev Zhanaozen Burabay Akmola Abai Ulytau Zhetysu Mangystau
  Russia Uzbekistan Kyrgyzstan Tajikistan Turkmenistan Azerbaijan Armenia Georgia Belarus Ukraine Moldova Mongolia China Korea
  Japan Turkiye Turkey Iran India Pakistan Afghanistan Germany France Belgium Switzerland Italy Spain Poland Hungary Austria
  Qatar Saudi Arabia Emirates Egypt Israel Moscow Tashkent Bishkek Dushanbe Beijing Seoul Tokyo Ankara Istanbul Berlin Paris
  London Washington Brussels Geneva Vienna Baku Yerevan Tbilisi Minsk Kyiv Samarkand Bukhara Hiroshima Miami Shanghai
  Kazan Novosibirsk Omsk Orenburg Astrakhan Urumqi Xinjiang Siberia Europe Asia Africa America Caspian Aral
`
  .split(/\s+/)
  .filter(Boolean);
