/**
 * The ordered, named folding rules. Each rule takes one road a name can travel into
 * Latin letters (a romanization system, a house style, a language's spelling) and
 * undoes the mark it leaves, so that spellings of one name meet in one key.
 *
 * Rules run in this order on the rough Latin form of a word (lower case; Cyrillic and
 * Armenian already read letter by letter). Upper-case letters in the output are fold
 * classes: J (zh j ž), S (sh ş š), C (ch ç č), H (kh h x). A rule may return two
 * readings where a spelling is ambiguous (German sch is ш or ж).
 *
 * The `text` of a rule is what the user reads; it names the systems involved.
 */

export interface FoldContext {
  /** The article's language code. */
  lang: string;
  /** The name is Armenian (surname in -yan, -ian, -янц, -յան): the Armenian rules apply, the Kazakh-only ones do not. */
  armenian: boolean;
  /** A person's name (first name, patronymic, surname): the rules of rendering personal names apply. */
  person: boolean;
  /** German spelling (sch, tsch, -ow, -ew, or a German article). */
  german: boolean;
  /** Hungarian spelling (zs, sz, cs, or a Hungarian article). */
  hungarian: boolean;
  /** A Turkish article: c is the j sound. */
  turkish: boolean;
  /** Spanish, Portuguese, Italian, French, Catalan: acute accents are stress marks. */
  romance: boolean;
  /** Uzbek (an Uzbek article or Uzbek letters): а may be adapted to о. */
  uzbek: boolean;
}

export type RuleOutput = string | readonly string[];

export interface FoldRule {
  id: string;
  /** Why two spellings differ by this rule, naming the romanization systems involved. */
  text: string;
  /** Generic rules are dropped first when looking for the rules a difference needs, so that specific ones are named. */
  generic?: boolean;
  when?: (ctx: FoldContext) => boolean;
  /**
   * When set, the rule may explain a difference only if one of the two spellings, as
   * written (its rough form), shows the rule's mark: a doubled letter the folding itself
   * made (Armeniya -> armeniia) is no evidence of spelling drift.
   */
  evident?: (rough: string) => boolean;
  apply: (s: string) => RuleOutput;
}

const V = 'aeiouyäöüūıïŏ';
const VOWEL_BEFORE = new RegExp(`(?<=[${V}])`);
const map = (table: Record<string, string>) => (m: string) => table[m] ?? m;
const foldGh = (s: string): string => s.replace(/gh|ğ|ǵ/g, 'g');

/** Armenian հ inside a word: after a letter, and not the h of a digraph (kh sh ch zh gh th ph dh). */
const HY_MEDIAL_H = /(?<=\p{L})(?<![kszcgtdp])h/u;
const HY_MEDIAL_H_ALL = new RegExp(HY_MEDIAL_H.source, 'gu');
/**
 * A reduced ы/і (any i-like letter, as each alphabet writes it) in a closed syllable
 * after the first: after a vowel and two or more consonants, before a consonant and a
 * vowel (nūr-ti-leu, äb-di-rakh-manov). The consonants include the fold classes J S C H.
 */
const KK_CONSONANT = '[b-df-hj-np-tv-xzJSCHğñšžçş]';
const KK_REDUCED_VOWEL = new RegExp(`(?<=[aeiouäöüū]${KK_CONSONANT}{2,})[iyıï](?=${KK_CONSONANT}[aeiouyıïäöüū])`, 'g');

const APOSTROPHE_2017: Record<string, string> = { a: 'ä', g: 'ğ', n: 'ñ', o: 'ö', u: 'ü', i: 'ï', y: 'u', s: 'ş', c: 'ç' };
const ACUTE_2018: Record<string, string> = { á: 'ä', ǵ: 'ğ', ń: 'ñ', ó: 'ö', ú: 'ü' };
const QAZAQPARAT_MARKS = /[äöüğñşçïw]/;

function germanSpelling(s: string): RuleOutput {
  let ambiguous = false;
  const out = s.replace(/tsch|sch|ch|ss|s|z|w|j/g, (m, offset: number) => {
    switch (m) {
      case 'tsch':
        return 'ch';
      case 'sch':
        ambiguous = true;
        return '\u0001';
      case 'ch':
        return 'kh';
      case 'ss':
        return 's';
      case 's': {
        const before = s.charAt(offset - 1);
        const after = s.charAt(offset + 1);
        return V.includes(before) && before !== '' && V.includes(after) && after !== '' ? 'z' : 's';
      }
      case 'z':
        return 'ts';
      case 'w':
        return 'v';
      default:
        return 'y';
    }
  });
  return ambiguous ? [out.replace(/\u0001/g, 'sh'), out.replace(/\u0001/g, 'zh')] : out;
}

export const FOLD_RULES: readonly FoldRule[] = [
  {
    id: 'stress-accent',
    text: 'a stress accent of the language the article is in (Spanish Tokáyev), not a letter of the name',
    when: (c) => c.romance,
    apply: (s) => s.replace(/[áéíóú]/g, map({ á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' })),
  },
  {
    id: 'kk-2017-apostrophe',
    text: "the 2017 Kazakh Latin alphabet wrote ә ғ ң ө ү ш ч with an apostrophe (a' g' n' o' u' s' c'), as Uzbek Latin still writes oʻ and gʻ; the 2021 alphabet and QazAqparat use ä ğ ñ ö ü ş ç",
    apply: (s) => s.replace(/([agnouiysc])['’ʻʼ`](?=\p{L}|$)/gu, (_m, l: string) => APOSTROPHE_2017[l] ?? l),
  },
  {
    id: 'kk-2018-acute',
    text: 'the 2018 Kazakh Latin alphabet marked ә ө ү ғ ң у with acute accents (á ó ú ǵ ń ý); the 2021 alphabet and QazAqparat write ä ö ü ğ ñ, and the Russian form has none',
    when: (c) => !c.romance,
    apply: (s) =>
      s.replace(/[áǵńóúý]/g, (m) => (m === 'ý' ? (QAZAQPARAT_MARKS.test(s) ? 'y' : 'u') : (ACUTE_2018[m] ?? m))),
  },
  {
    id: 'de-spelling',
    text: 'German spelling of a Russian or Kazakh name (sch for ш or ж, w for в, j for й, s for з, ch for х), as German Wikipedia and press write it',
    when: (c) => c.german,
    apply: germanSpelling,
  },
  {
    id: 'hu-spelling',
    text: 'Hungarian spelling (sz for с, zs for ж, s for ш, cs for ч, j for й)',
    when: (c) => c.hungarian,
    apply: (s) => s.replace(/zs|sz|cs|s|j|c/g, map({ zs: 'zh', sz: 's', cs: 'ch', s: 'sh', j: 'y', c: 'ts' })),
  },
  {
    id: 'tr-spelling',
    text: 'Turkish spelling (c for the j sound, ç for ch, ş for sh, ı for ы)',
    when: (c) => c.turkish,
    apply: (s) => s.replace(/c(?!h)/g, 'j'),
  },
  {
    id: 'dzh-j',
    text: 'Russian дж is `dzh` in BGN/PCGN and ICAO 9303, `j` in English usage and in Uzbek and Kyrgyz Latin',
    apply: (s) => s.replace(/dzh|dž/g, 'j'),
  },
  {
    id: 'ye-after-vowel',
    text: 'Russian е after a vowel is `e` in ICAO 9303 (passports) and GOST, `ye` in BGN/PCGN (used by most English-language media)',
    apply: (s) => s.replace(new RegExp(`${VOWEL_BEFORE.source}ye`, 'g'), 'e'),
  },
  {
    id: 'ye-initial',
    text: 'initial Е is `Ye` in BGN/PCGN (Yerlan), `E` in ICAO 9303 passports and the Kazakh Latin alphabets (Erlan)',
    apply: (s) => s.replace(/(^|[- ])ye/g, '$1e'),
  },
  {
    id: 'yo-e',
    text: 'Russian ё is `ë` in BGN/PCGN and ISO 9, `yo` in GOST, `e` in ICAO 9303 passports and in most Russian print',
    apply: (s) => s.replace(/ë/g, 'e').replace(/(?<=[bvgdzklmnprstfhc])yo/g, 'e'),
  },
  {
    id: 'sky-skiy',
    text: 'Russian -ий ends in `-y` in common English usage, `-iy` in BGN/PCGN, `-ii` in ICAO 9303, `-ij` in GOST',
    apply: (s) => s.replace(/(?:iy|ii|ij|yy|yj)(?=$|[- ])/g, 'y'),
  },
  {
    id: 'kk-iy',
    text: 'Kazakh йы / йі (Смайылов) becomes one и in the Russian form (Смаилов), per the rules for rendering Kazakh personal names in Russian',
    apply: (s) => s.replace(new RegExp(`${VOWEL_BEFORE.source}[iyıï][yı](?=[^${V}]|$)`, 'g'), 'i'),
  },
  {
    id: 'hy-ian',
    text: 'the Armenian diaspora writes -յան as `-ian` (Hakobian, Sarkissian); BGN/PCGN and the Russian form (-ян) give `-yan`',
    when: (c) => c.armenian,
    apply: (s) => s.replace(/ian(?=$|[- ])/g, 'yan'),
  },
  {
    id: 'iya-ia',
    text: 'Russian -ия at the end of a name is `-iya` in BGN/PCGN and GOST, `-iia` in ICAO 9303 (passports since 2013), and `-ia` in English usage and the English exonym (Армения Armenia, Мария Maria)',
    apply: (s) => s.replace(/i[yi]a(?=$|[- ])/g, 'ia'),
  },
  {
    id: 'iu-ia',
    text: 'Russian ю and я are `iu` and `ia` in ICAO 9303 (passports since 2013), `yu` and `ya` in BGN/PCGN and GOST',
    apply: (s) => s.replace(/i(?=[au])/g, 'y'),
  },
  {
    id: 'hy-h-dropped',
    text: 'Armenian Հ (h) is lost when the name comes through Russian (Հակոբյան Hakobyan, Акопян Akopyan)',
    when: (c) => c.armenian,
    apply: (s) => s.replace(/(^|[- ])h(?!h)/g, '$1'),
  },
  {
    id: 'hy-h-medial',
    text: 'Armenian հ (h) inside a name becomes г (g) or is lost when the name comes through Russian (Վահրամ Vahram, Ваграм; Վահագն Vahagn, Ваагн)',
    when: (c) => c.armenian,
    apply: (s) => (HY_MEDIAL_H.test(s) ? [s.replace(HY_MEDIAL_H_ALL, ''), s.replace(HY_MEDIAL_H_ALL, 'g')] : s),
  },
  {
    id: 'mvd-double-s',
    text: 'old Soviet and early Kazakh passports (MVD order 310, 1997) doubled с between vowels (Kassym, Massimov); ICAO 9303 and BGN/PCGN write one s',
    apply: (s) => s.replace(new RegExp(`${VOWEL_BEFORE.source}ss(?=[${V}])`, 'g'), 's'),
  },
  {
    id: 'zh-j',
    text: 'ж is `zh` in BGN/PCGN, ICAO 9303 and GOST, `j` in the Kazakh Latin alphabets (2018, 2021), QazAqparat and Kazinform\'s English, `ž` in ISO 9',
    apply: (s) => s.replace(/zh|ž|j/g, 'J'),
  },
  {
    id: 'sh-s',
    text: 'ш is `sh` in BGN/PCGN, ICAO 9303, GOST and the 2018 Kazakh alphabet, `ş` in the 2021 alphabet and QazAqparat, `š` in ISO 9',
    apply: (s) => s.replace(/shch|sh|ş|š|ŝ/g, (m) => (m === 'shch' || m === 'ŝ' ? 'SC' : 'S')),
  },
  {
    id: 'ch-c',
    text: 'ч is `ch` in BGN/PCGN, ICAO 9303 and the 2018 Kazakh alphabet, `ç` in QazAqparat, `č` in ISO 9',
    apply: (s) => s.replace(/ch|ç|č/g, 'C'),
  },
  {
    id: 'gh-g',
    text: 'Kazakh ғ is `gh` in BGN/PCGN, `ğ` in the 2021 alphabet and QazAqparat, `ǵ` in the 2018 alphabet, and `г` (g) in the Russian form',
    when: (c) => !c.armenian,
    apply: foldGh,
  },
  {
    id: 'hy-gh-g',
    text: 'Armenian ղ is `gh` when the name is romanized from Armenian (BGN/PCGN), and becomes г (g) when it comes through Russian (Vagharshak, Вагаршак Vagarshak)',
    when: (c) => c.armenian,
    apply: foldGh,
  },
  {
    id: 'kh-h',
    text: 'х (and Kazakh һ) is `kh` in BGN/PCGN and ICAO 9303, `h` in the Kazakh Latin alphabets and ISO 9, `x` in GOST and Uzbek Latin',
    apply: (s) => s.replace(/kh|x|h/g, 'H'),
  },
  {
    id: 'c-k',
    text: '`c` stands for ц in ISO 9 and for к in Latin-style spellings (Actoebe)',
    apply: (s) => s.replace(/cz|c(?=[eiy])|c/g, (m) => (m === 'c' ? 'k' : 'ts')),
  },
  {
    id: 'q-k',
    text: 'Kazakh қ is `q` in the Kazakh Latin alphabets, QazAqparat and BGN/PCGN\'s Kazakh table; through the Russian form (к) it is `k`',
    apply: (s) => s.replace(/q/g, 'k'),
  },
  {
    id: 'ng-n',
    text: 'Kazakh ң is `ng` in BGN/PCGN, `ñ` in the 2021 alphabet and QazAqparat, `ń` in 2018, and `н` (n) in the Russian form',
    apply: (s) => s.replace(/ñ|ń|ŋ|ng/g, 'n'),
  },
  {
    id: 'uz-o-a',
    text: 'Uzbek adapts a name rather than transliterating it: Kazakh and Russian а is often Uzbek о (Назарбоев, Қосим)',
    when: (c) => c.uzbek,
    apply: (s) => (s.includes('o') ? [s, s.replace(/o/g, 'a')] : s),
  },
  {
    id: 'uz-o-breve',
    text: 'Uzbek ў (oʻ) stands where Kazakh and Russian have о or у (Тўқаев)',
    apply: (s) => s.replace(/ŏ/g, 'o'),
  },
  {
    id: 'kk-vowels',
    text: 'Kazakh ә ө ү ұ are marked in the Kazakh Latin alphabets (ä ö ü ū) and in BGN/PCGN\'s Kazakh table; the Russian form (Ашимбаев) and every romanization through it write a o u',
    apply: (s) => s.replace(/[äöüū]/g, map({ ä: 'a', ö: 'o', ü: 'u', ū: 'u' })),
  },
  {
    id: 'oe-umlaut',
    text: '`oe` written for ö where the letter is missing (the German convention), as in Actoebe for Aqtöbe',
    apply: (s) => s.replace(/(?<=[^aeiouy])oe(?=[^aeiouyv])/g, 'o').replace(/(?<=[^aeiouyq])ue(?=[^aeiouyv])/g, 'u'),
  },
  {
    id: 'qazaqparat-w',
    text: 'QazAqparat (Kazinform\'s 2004 system) writes Kazakh у as `w`',
    when: (c) => !c.german,
    apply: (s) => s.replace(/w/g, 'u'),
  },
  {
    id: 'i-vowels',
    text: 'ы, і, и and й are written with letters each alphabet assigns differently (2021: ı = і, y = ы; 2018: ı = и, й; QazAqparat: ı = ы, ï = и; BGN/PCGN: y for ы and й), so they are matched as one vowel',
    generic: true,
    apply: (s) => s.replace(/[yıïíìî]/g, 'i'),
  },
  {
    id: 'kk-reduced-vowel',
    text: 'reduced ы/і dropped in the Russian form: Russian-language press leaves out an unstressed Kazakh ы or і between consonants when it russifies a personal name (Нұртілеу → Нуртлеу, Әбдірахманов → Абдрахманов); romanizations from Kazakh keep it',
    when: (c) => c.person && !c.armenian,
    apply: (s) => s.replace(KK_REDUCED_VOWEL, ''),
  },
  {
    id: 'hy-stops',
    text: 'Armenian voiced and voiceless stops trade places when the name goes through Russian (բ b → п p: Hakobyan, Акопян)',
    when: (c) => c.armenian,
    apply: (s) => s.replace(/[bgd]/g, map({ b: 'p', g: 'k', d: 't' })),
  },
  {
    id: 'double-letter',
    text: 'a doubled letter (Nigmatullin, Nigmatulin) is spelling drift between sources, not a difference between romanization systems',
    generic: true,
    evident: (rough) => /(\p{L})\1/u.test(rough),
    apply: (s) => s.replace(/(\p{L})\1+/gu, '$1'),
  },
  {
    id: 'soft-sign',
    text: 'the Russian soft and hard signs (ь, ъ) are written \' or " in BGN/PCGN and ISO 9 and left out elsewhere',
    apply: (s) => s.replace(/['’ʼʻ`"”]/g, ''),
  },
];

export const RULES_BY_ID: ReadonlyMap<string, FoldRule> = new Map(FOLD_RULES.map((r) => [r.id, r]));
