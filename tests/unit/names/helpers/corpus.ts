/**
 * Generates realistic news sentences around names, from templates per language
 * (en, ru, kk, kk-Latn, uz, and de, hu, tr, es, hy for the foreign forms of the dev
 * set), with the name inflected the way each language inflects it (Назарбаевым,
 * Әшімбаевтың, Tokayev's) and beside other names. Used by the tests and the bench.
 * Nothing here knows any particular name: it inflects by endings only.
 */
import type { NameArticle } from '../../../../src/names/types';

export interface DevData {
  variants: { group: string[]; kind: string; why: string }[];
  negatives: { group: string[]; kind: string; why: string }[];
}

export type Kind = 'person' | 'place' | 'org';
type Case = 'nom' | 'gen' | 'ins' | 'prep' | 'dat' | 'loc' | 'abl' | 'poss';

/** A seeded random generator (mulberry32), so that generated corpora are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Forms written in languages other than the ones their letters suggest (taken from the dev file's "why" notes). */
const FORM_LANG_OVERRIDES: Record<string, string> = {
  'Kaszim-Zsomart Tokajev': 'hu',
  'Qassym-Schomart Toqajew': 'de',
  'Jerlan Qoschanow': 'de',
  'Mäschilis': 'de',
  'Kasım Cömert Tokayev': 'tr',
  'Tokáyev': 'es',
};

export type FormScript = 'Latn' | 'Cyrl' | 'Armn' | 'Han' | 'Arab' | 'Hang';

export function formScript(form: string): FormScript {
  if (/\p{Script=Han}/u.test(form)) return 'Han';
  if (/\p{Script=Arabic}/u.test(form)) return 'Arab';
  if (/\p{Script=Hangul}/u.test(form)) return 'Hang';
  if (/\p{Script=Armenian}/u.test(form)) return 'Armn';
  if (/\p{Script=Cyrillic}/u.test(form)) return 'Cyrl';
  return 'Latn';
}

/** The language an article carrying this form would be in. */
export function formLang(form: string): string {
  const o = FORM_LANG_OVERRIDES[form];
  if (o) return o;
  switch (formScript(form)) {
    case 'Cyrl':
      if (/[ўҳ]/iu.test(form)) return 'uz';
      return /[әғқңөұүһі]/iu.test(form) ? 'kk' : 'ru';
    case 'Armn':
      return 'hy';
    case 'Han':
      return 'zh';
    case 'Arab':
      return 'ar';
    case 'Hang':
      return 'ko';
    default:
      return /[äöüūğşñıïáóúǵńý]/iu.test(form) ? 'kk-Latn' : 'en';
  }
}

/** Splits "Yerzhan Ashikbayev (Ержан Ашықбаев)" into its forms; a parenthesis in the same script is context ("Mazhilis (Kazakhstan)"), not a form. */
export function negativeForms(entry: string): string[] {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(entry);
  if (!m) return [entry];
  const main = m[1]!;
  const inner = m[2]!;
  return formScript(inner) === formScript(main) ? [main] : [main, inner];
}

// ---------------------------------------------------------------- inflection

const RU_CONS = /[бвгджзклмнпрстфхцчшщ]$/;

function ruNoun(word: string, c: Case): string {
  if (c === 'nom') return word;
  if (RU_CONS.test(word)) return word + ({ gen: 'а', ins: 'ом', prep: 'е' } as Record<string, string>)[c]!;
  if (/а$/.test(word)) return word.slice(0, -1) + ({ gen: /[гкхжшчщ]а$/.test(word) ? 'и' : 'ы', ins: 'ой', prep: 'е' } as Record<string, string>)[c]!;
  return word;
}

function ruSurname(word: string, c: Case): string {
  if (c === 'nom') return word;
  if (/(ова|ева|ёва|ина|ына)$/.test(word)) return `${word.slice(0, -1)}ой`;
  if (/(ов|ев|ёв|ин|ын)$/.test(word)) return word + ({ gen: 'а', ins: 'ым', prep: 'е' } as Record<string, string>)[c]!;
  if (/ян$/.test(word)) return word + ({ gen: 'а', ins: 'ом', prep: 'е' } as Record<string, string>)[c]!;
  return word;
}

function ruGiven(word: string, c: Case): string {
  const parts = word.split('-');
  const last = parts.pop()!;
  if (c === 'nom') return word;
  let out = last;
  if (/й$/.test(last)) out = last.slice(0, -1) + ({ gen: 'я', ins: 'ем', prep: 'е' } as Record<string, string>)[c]!;
  else out = ruNoun(last, c);
  return [...parts, out].join('-');
}

function ruName(name: string, kind: Kind, c: Case): string {
  const words = name.split(' ');
  if (kind !== 'person') return [...words.slice(0, -1), ruNoun(words[words.length - 1]!, c)].join(' ');
  const surname = words[words.length - 1]!;
  const given = words.slice(0, -1).map((w) => (/(ович|евич|овна|евна)$/.test(w) ? w : ruGiven(w, c)));
  return [...given, ruSurname(surname, c)].join(' ');
}

const KK_BACK = /[аоұыуaouyı]/;
const KK_FRONT = /[әөүіеäöüie]/;

function kkHarmonyBack(word: string): boolean {
  // The е of a Russian surname ending (-ев, -ева) does not set the harmony: Тоқаевқа, Әшімбаевтың.
  word = word.replace(/(?:ев|ева|ev|eva)$/iu, '');
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word.charAt(i).toLowerCase();
    if (KK_FRONT.test(ch)) return false;
    if (KK_BACK.test(ch)) return true;
  }
  return true;
}

function kkSuffix(word: string, c: Case, latin: boolean): string {
  if (c === 'nom') return word;
  const back = kkHarmonyBack(word);
  const lastCh = word.charAt(word.length - 1).toLowerCase();
  const vowel = /[аәоөұүыіеиуэюяaäoöuüyıiëe]/.test(lastCh);
  const nasal = /[мнңmnñ]/.test(lastCh);
  const voiced = /[жзлрйjzlrý]/.test(lastCh);
  const y = latin ? (back ? 'y' : 'ı') : back ? 'ы' : 'і';
  const a = latin ? (back ? 'a' : 'e') : back ? 'а' : 'е';
  const L = latin ? { n: 'n', d: 'd', t: 't', ng: 'ñ', g: back ? 'ğ' : 'g', q: back ? 'q' : 'k' } : { n: 'н', d: 'д', t: 'т', ng: 'ң', g: back ? 'ғ' : 'г', q: back ? 'қ' : 'к' };
  switch (c) {
    case 'gen':
      return word + (vowel || nasal ? L.n : voiced ? L.d : L.t) + y + L.ng;
    case 'dat':
      return word + (vowel || nasal || voiced ? L.g : L.q) + a;
    case 'loc':
      return word + (vowel || nasal || voiced ? L.d : L.t) + a;
    case 'abl':
      return word + (nasal ? L.n : vowel || voiced ? L.d : L.t) + a + L.n;
    default:
      return word;
  }
}

function uzSuffix(word: string, c: Case, latin: boolean): string {
  const s: Record<string, [string, string]> = { gen: ['нинг', 'ning'], dat: ['га', 'ga'], loc: ['да', 'da'], abl: ['дан', 'dan'] };
  const pair = s[c];
  return pair ? word + (latin ? pair[1] : pair[0]) : word;
}

/** The name in a grammatical case of the article's language. */
export function inflect(name: string, kind: Kind, lang: string, c: Case): string {
  if (c === 'nom') return name;
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  switch (lang) {
    case 'ru':
      return ruName(name, kind, c);
    case 'kk':
    case 'kk-Latn':
      return [...head, kkSuffix(last, c, lang === 'kk-Latn')].join(' ');
    case 'uz':
      return [...head, uzSuffix(last, c, formScript(name) === 'Latn')].join(' ');
    case 'en':
      return c === 'poss' ? `${name}'s` : name;
    default:
      return name;
  }
}

// ---------------------------------------------------------------- templates

type Template = (n: (c: Case) => string, other: string) => string;

const TEMPLATES: Record<string, Record<Kind, Template[]>> = {
  en: {
    person: [
      (n) => `${n('nom')} met with a delegation of international observers in Astana on Tuesday.`,
      (n, o) => `${n('nom')} and ${o} discussed cooperation in the energy sector.`,
      (n) => `According to ${n('nom')}, the reforms will continue next year.`,
      (n) => `${n('poss')} visit to the region was discussed at the briefing.`,
      (n, o) => `The meeting was attended by ${o} and ${n('nom')}, the press service reported.`,
    ],
    org: [
      (n) => `The bill was approved by the ${n('nom')} on Wednesday.`,
      (n) => `Deputies of the ${n('nom')} voted for the amendments.`,
      (n, o) => `${o} addressed the ${n('nom')} at its plenary session.`,
      (n) => `The ${n('poss')} new session opens in September.`,
    ],
    place: [
      (n) => `A new hospital opened in ${n('nom')} this week.`,
      (n, o) => `${o} visited ${n('nom')} to inspect the construction of a school.`,
      (n) => `The delegation travelled from ${n('nom')} to Almaty by train.`,
    ],
  },
  ru: {
    person: [
      (n) => `${n('nom')} провёл встречу с международными наблюдателями.`,
      (n, o) => `Встреча с ${n('ins')} состоялась в Астане, сообщил ${o}.`,
      (n) => `По словам ${n('gen')}, реформы будут продолжены.`,
      (n, o) => `${o} обсудил с ${n('ins')} вопросы сотрудничества.`,
      (n) => `О визите ${n('gen')} сообщила пресс-служба.`,
    ],
    org: [
      (n) => `${n('nom')} одобрил законопроект в первом чтении.`,
      (n) => `Депутаты ${n('gen')} проголосовали за поправки.`,
      (n, o) => `${o} выступил в ${n('prep')} с докладом.`,
    ],
    place: [
      (n) => `В ${n('prep')} открылась новая больница.`,
      (n, o) => `${o} посетил ${n('nom')} с рабочим визитом.`,
      (n) => `Делегация прибыла из ${n('gen')} в Алматы.`,
    ],
  },
  kk: {
    person: [
      (n) => `${n('nom')} халықаралық бақылаушылармен кездесті.`,
      (n) => `${n('gen')} айтуынша, реформалар жалғасады.`,
      (n, o) => `${o} және ${n('nom')} ынтымақтастықты талқылады.`,
      (n) => `Делегация ${n('dat')} хат жолдады.`,
    ],
    org: [
      (n) => `${n('nom')} заң жобасын мақұлдады.`,
      (n) => `${n('gen')} депутаттары түзетулерге дауыс берді.`,
      (n, o) => `Заң жобасы ${n('loc')} қаралды, деп хабарлады ${o}.`,
    ],
    place: [
      (n) => `${n('loc')} жаңа аурухана ашылды.`,
      (n, o) => `${o} ${n('dat')} жұмыс сапарымен барды.`,
      (n) => `Делегация ${n('abl')} Алматыға аттанды.`,
    ],
  },
  'kk-Latn': {
    person: [
      (n) => `${n('nom')} halyqaralyq baqylauşylarmen kezdesti.`,
      (n) => `${n('gen')} aituynşa, reformalar jalğasady.`,
      (n, o) => `${o} jäne ${n('nom')} yntymaqtastyqty talqylady.`,
      (n) => `Delegasiia ${n('dat')} hat joldady.`,
    ],
    org: [
      (n) => `${n('nom')} zañ jobasyn maqūldady.`,
      (n) => `${n('gen')} deputattary tüzetulerge dauys berdi.`,
      (n, o) => `Zañ jobasy ${n('loc')} qaraldy, dep habarlady ${o}.`,
    ],
    place: [
      (n) => `${n('loc')} jaña auruhana aşyldy.`,
      (n, o) => `${o} ${n('dat')} jūmys saparymen bardy.`,
    ],
  },
  uz: {
    person: [
      (n) => `${n('nom')} кузатувчилар билан учрашди.`,
      (n) => `${n('gen')} сўзларига кўра, ислоҳотлар давом этади.`,
      (n, o) => `${o} ва ${n('nom')} ҳамкорликни муҳокама қилди.`,
    ],
    org: [(n) => `${n('nom')} қонун лойиҳасини маъқуллади.`, (n) => `${n('gen')} депутатлари овоз берди.`],
    place: [(n) => `${n('loc')} янги шифохона очилди.`, (n) => `Делегация ${n('abl')} Тошкентга қайтди.`],
  },
  de: {
    person: [
      (n) => `${n('nom')} traf sich am Dienstag mit internationalen Beobachtern.`,
      (n, o) => `Nach Angaben von ${n('nom')} und ${o} werden die Reformen fortgesetzt.`,
    ],
    org: [(n) => `Das Gesetz wurde am Mittwoch vom ${n('nom')} verabschiedet.`, (n) => `Die Abgeordneten des ${n('nom')} stimmten zu.`],
    place: [(n) => `In ${n('nom')} wurde ein neues Krankenhaus eröffnet.`],
  },
  hu: {
    person: [(n) => `${n('nom')} kedden nemzetközi megfigyelőkkel találkozott.`, (n, o) => `A tárgyaláson ${o} és ${n('nom')} is részt vett.`],
    org: [(n) => `A törvényt szerdán fogadta el a ${n('nom')}.`],
    place: [(n) => `Új kórház nyílt ${n('nom')} városában.`],
  },
  tr: {
    person: [(n) => `${n('nom')} salı günü uluslararası gözlemcilerle görüştü.`, (n, o) => `Toplantıya ${o} ve ${n('nom')} katıldı.`],
    org: [(n) => `Yasa çarşamba günü ${n('nom')} tarafından kabul edildi.`],
    place: [(n) => `${n('nom')} şehrinde yeni bir hastane açıldı.`],
  },
  es: {
    person: [(n) => `${n('nom')} se reunió el martes con observadores internacionales.`, (n, o) => `En la reunión participaron ${o} y ${n('nom')}.`],
    org: [(n) => `La ley fue aprobada el miércoles por el ${n('nom')}.`],
    place: [(n) => `Se inauguró un nuevo hospital en ${n('nom')}.`],
  },
  hy: {
    person: [(n) => `Հանդիպմանը ներկա էր ${n('nom')}։`, (n, o) => `Հանդիպմանը մասնակցում էին ${o} և ${n('nom')}։`],
    org: [(n) => `Օրինագիծը հաստատեց ${n('nom')}։`],
    place: [(n) => `Նոր հիվանդանոց բացվեց ${n('nom')} քաղաքում։`],
  },
};

/** People who stand beside the name in generated sentences (none of them is in the dev file). */
const OTHERS: Record<string, string[]> = {
  en: ['Yerzhan Sadykov', 'Aigul Kuspan', 'Serik Zhumangarin', 'Dmitry Kobitskiy'],
  ru: ['Ержан Садыков', 'Серик Жумангарин', 'Дмитрий Кобицкий'],
  kk: ['Ержан Садықов', 'Серік Жұманғарин', 'Айгүл Құспан'],
  'kk-Latn': ['Erjan Sadyqov', 'Serık Jūmanğarin', 'Aigül Qūspan'],
  uz: ['Шавкат Мирзиёев', 'Бахтиёр Саидов'],
  de: ['Olaf Scholz', 'Annalena Baerbock'],
  hu: ['Orbán Viktor', 'Szijjártó Péter'],
  tr: ['Hakan Fidan', 'Mevlüt Çavuşoğlu'],
  es: ['José Manuel Albares', 'Pedro Sánchez'],
  hy: ['Նիկոլ Փաշինյան', 'Արարատ Միրզոյան'],
};

const TITLES: Record<string, string> = {
  en: 'News from the capital',
  ru: 'Новости столицы',
  kk: 'Елорда жаңалықтары',
  'kk-Latn': 'Elorda jañalyqtary',
  uz: 'Пойтахт янгиликлари',
  de: 'Nachrichten aus der Hauptstadt',
  hu: 'Hírek a fővárosból',
  tr: 'Başkentten haberler',
  es: 'Noticias de la capital',
  hy: 'Նորություններ մայրաքաղաքից',
  zh: '首都新闻',
  ar: 'أخبار العاصمة',
  ko: '수도 소식',
};

/** Foreign-script sentences hold the name as the gazetteer would meet it. */
const PLAIN_SENTENCES: Record<string, ((name: string) => string)[]> = {
  zh: [(n) => `${n}会见了国际观察员。`, (n) => `据报道，${n}出席了会议。`],
  ar: [(n) => `التقى ${n} بالمراقبين الدوليين.`, (n) => `وقال ${n} إن الإصلاحات ستستمر.`],
  ko: [(n) => `${n} 는 국제 참관인들과 만났다.`],
};

/** Sentences about a name in its language: nominative, inflected, beside other people. */
export function sentencesFor(form: string, kind: Kind, lang: string, r: () => number, count = 3): string[] {
  const plain = PLAIN_SENTENCES[lang];
  if (plain) return Array.from({ length: count }, () => pick(r, plain)(form));
  const templates = (TEMPLATES[lang] ?? TEMPLATES.en!)[kind];
  const others = OTHERS[lang] ?? OTHERS.en!;
  const n = (c: Case) => inflect(form, kind, lang, c);
  const chosen = [...templates].sort(() => r() - 0.5).slice(0, Math.min(count, templates.length));
  return chosen.map((t) => t(n, pick(r, others)));
}

export function articleFor(id: string, form: string, kind: Kind, r: () => number, lang = formLang(form)): NameArticle {
  return { id, lang, title: TITLES[lang] ?? TITLES.en!, paragraphs: sentencesFor(form, kind, lang, r) };
}

export function toKind(kind: string): Kind {
  return kind === 'person' || kind === 'place' || kind === 'org' ? kind : 'org';
}
