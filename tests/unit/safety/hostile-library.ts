/**
 * Generated libraries full of what breaks exporters and importers: every edition
 * language and script, markup-looking text, bidi controls and zero-width characters,
 * quotes, commas and line breaks, spreadsheet formulas, RIS tags, lone surrogates,
 * null fields. Deterministic: same seed, same articles.
 */
import type { ExtractedArticle, FieldMethod, Lang, SiteId } from '../../../src/extraction/types';
import { ARTICLE_FIELDS } from '../../../src/extraction/types';
import { prng } from '../../../scripts/bench/lib/generate';

export const HOSTILE_SNIPPETS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"quoted", with a comma',
  'first line\nsecond line',
  'windows\r\nline',
  '\u202Egnirts desrever\u202C',
  '\u2066isolated\u2069 \u200Fright-to-left mark',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFFbom',
  '=HYPERLINK("http://evil.example","click")',
  '@SUM(A1:A9)',
  '+1 -1',
  '# not a heading',
  '| not | a | table |',
  '[link](javascript:alert(1)) ![x](http://evil.example/x.png)',
  '`code` *em* _em_ ~~del~~ $x$',
  '&amp; &lt;b&gt; &#60;',
  '\\backslash\\',
  'ER  - \nTY  - JOUR',
  '---\ntitle: injected\n---',
  'emoji 😀👍🏽 and e\u0301 combining',
  'lone \uD800 surrogate',
  'nul\u0000char\u0007bell\u007Fdel\u0085nel\u2028ls',
  '1. not a list',
];

const SENTENCES: Record<Lang, string[]> = {
  en: ['Chairman of the Senate Maulen Ashimbayev met observers.', 'The elections to the Majilis were held in line with the law.'],
  ru: ['Председатель Сената Маулен Ашимбаев встретился с наблюдателями.', 'Выборы в Мажилис прошли по закону, «без нарушений».'],
  kk: ['Сенат Төрағасы Мәулен Әшімбаев бақылаушылармен кездесті.', 'Мәжіліс сайлауы заңнамаға сәйкес өтті.'],
  'kk-Latn': ['Senat Tóraǵasy Máýlen Áshimbaev baqylaýshylarmen kezdesti.', 'Májilis saılaýy zańnamaǵa sáıkes ótti.'],
  zh: ['哈萨克斯坦总统托卡耶夫签署了命令。', '参议院议长阿希姆巴耶夫会见了观察员。'],
  uz: ['Қозоғистон Президенти Қосим-Жомарт Тўқаев фармонни имзолади.', 'Oʻzbekiston delegatsiyasi Astanaga keldi.'],
  'kk-Arab': ['سەنات ٴتوراعاسى ماۋلەن ٴاشىمباەۆ باقىلاۋشىلارمەن كەزدەستى.', 'مەملەكەت باسشىسى قاسىم-جومارت توقاەۆ جارلىققا قول قويدى.'],
};
const LANGS = Object.keys(SENTENCES) as Lang[];
const SITES: SiteId[] = ['kazinform', 'qazaqtv', 'senate'];
const AUTHORS = ['Adlet Seilkhanov', 'Айгерим Утешова', 'Иванов Иван Иванович', 'Seilkhanov, Adlet', 'Kazinform', 'A. Bekova and D. Omarov', '<b>Bold</b> Author'];
const METHODS: FieldMethod[] = ['site', 'structured', 'fallback'];

/** A URL of the site that no other index gives (its identity key is unique to i). */
function urlFor(site: SiteId, lang: Lang, i: number, variant: number): string {
  const hex = (0x1000000 + i).toString(16);
  if (site === 'senate') return `https://senate.parlam.kz/${lang === 'kk' ? 'kk-KZ' : 'ru-RU'}/news/details/${500000 + i}`;
  if (site === 'qazaqtv') return `https://qazaqtv.com/${lang === 'ru' ? 'ru' : 'en'}/news/${300000 + i}-generated`;
  switch (variant % 4) {
    case 0:
      return `https://www.inform.kz/ru/generated-article-${hex}`;
    case 1:
      return `https://qazinform.com/news/generated-${hex}`;
    case 2:
      return `https://www.inform.kz/kz/қазақша-мақала-${hex}`;
    default:
      return `https://www.inform.kz/ru/old-style-article_a${3000000 + i}`;
  }
}

export function hostileArticles(count: number, seed = 7): ExtractedArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const maybe = <T>(p: number, v: () => T): T | null => (rnd() < p ? v() : null);
  const sentence = (lang: Lang) => (rnd() < 0.25 ? `${pick(SENTENCES[lang])} ${pick(HOSTILE_SNIPPETS)}` : pick(SENTENCES[lang]));
  const out: ExtractedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(LANGS);
    const site = pick(SITES);
    const canonicalUrl = urlFor(site, lang, i, Math.floor(rnd() * 4));
    const url = rnd() < 0.2 ? `${canonicalUrl}?utm_source=telegram&x="1"` : canonicalUrl;
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rnd() * 3700) * 86_400_000);
    const offset = day < new Date('2024-03-01T00:00:00+06:00') ? '+06:00' : '+05:00';
    const fieldMethods: ExtractedArticle['fieldMethods'] = {};
    for (const f of ARTICLE_FIELDS) if (rnd() < 0.5) fieldMethods[f] = pick(METHODS);
    out.push({
      isArticle: true,
      site,
      lang,
      url,
      canonicalUrl,
      title: `${sentence(lang)} ${i}`.trim(),
      publishedAt: maybe(0.8, () => `${day.toISOString().slice(0, 10)}T${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00${offset}`),
      dateline: maybe(0.4, () => pick(['ASTANA', 'АСТАНА', 'Алматы', '<i>ASTANA</i>'])),
      author: maybe(0.4, () => pick(AUTHORS)),
      lead: maybe(0.5, () => sentence(lang)),
      paragraphs: Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${sentence(lang)} ${sentence(lang)}`),
      tags: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
        label: rnd() < 0.2 ? pick(HOSTILE_SNIPPETS) : pick(['Majilis', 'Сенат', 'Сайлау', 'Tokayev', '选举']),
        url: rnd() < 0.3 ? '' : `https://www.inform.kz/tag/t${Math.floor(rnd() * 100)}`,
      })),
      credits: Array.from({ length: Math.floor(rnd() * 3) }, () => pick(['Фото: Акорда', 'Photo: Senate press service', pick(HOSTILE_SNIPPETS)])),
      method: pick(['site', 'fallback', 'mixed'] as const),
      fieldMethods,
      adapter: pick(['kazinform@2023', 'qazaqtv@2024', 'senate@2022', 'generic']),
      warnings: rnd() < 0.2 ? [pick(HOSTILE_SNIPPETS)] : [],
    });
    // Every seventh dated article's page gave the day alone (no draw from rnd: the rest stays as it was).
    const last = out[out.length - 1]!;
    if (i % 7 === 0 && last.publishedAt) {
      last.publishedAt = `${last.publishedAt.slice(0, 11)}00:00:00${offset}`;
      last.publishedDateOnly = true;
    }
  }
  return out;
}
