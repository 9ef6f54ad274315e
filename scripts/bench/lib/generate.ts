/**
 * Deterministic generated libraries for benchmarks: articles in every edition
 * language, with tags, credits, names and realistic lengths. Same seed, same library.
 */
import type { ExtractedArticle, Lang, SiteId } from '../../../src/extraction/types';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES: Record<Lang, string[]> = {
  en: [
    'Chairman of the Senate Maulen Ashimbayev met with a delegation of observers.',
    'The elections to the Majilis were held in line with the legislation, the mission said.',
    'President Kassym-Jomart Tokayev signed a decree on the development of the regions.',
    'Vagharshak Hakobyan was appointed coordinator of the group of observers.',
    'The CEC Chairman Nurlan Abdirov briefed the guests about the preparation for the vote.',
  ],
  ru: [
    'Председатель Сената Маулен Ашимбаев встретился с наблюдателями ОБСЕ.',
    'Выборы в Мажилис прошли в соответствии с законодательством, заявили в миссии.',
    'Президент Касым-Жомарт Токаев подписал указ о развитии регионов.',
    'Глава ЦИК Нурлан Абдиров провёл встречу с международными наблюдателями.',
  ],
  kk: [
    'Сенат Төрағасы Мәулен Әшімбаев ЕҚЫҰ бақылаушыларымен кездесті.',
    'Мемлекет басшысы Қасым-Жомарт Тоқаев өңірлерді дамыту туралы жарлыққа қол қойды.',
    'Мәжіліс сайлауы заңнамаға сәйкес өтті.',
  ],
  'kk-Latn': [
    'Senat Tóraǵasy Máýlen Áshimbaev EQYU baqylaýshylarymen kezdesti.',
    'Memleket basshysy Qasym-Jomart Toqaev óńirlerdi damytý týraly jarlyqqa qol qoidy.',
    'Májilis saılaýy zańnamaǵa sáıkes ótti.',
  ],
  zh: ['哈萨克斯坦总统托卡耶夫签署了关于地区发展的命令。', '参议院议长阿希姆巴耶夫会见了欧安组织观察员。', '马吉利斯选举依法举行。'],
  uz: ['Қозоғистон Президенти Қосим-Жомарт Тўқаев фармонни имзолади.', 'Сенат раиси Маулен Ашимбаев кузатувчилар билан учрашди.'],
  'kk-Arab': ['سەنات ٴتوراعاسى ماۋلەن ٴاشىمباەۆ باقىلاۋشىلارمەن كەزدەستى.', 'مەملەكەت باسشىسى قاسىم-جومارت توقاەۆ جارلىققا قول قويدى.'],
};
const TAGS = ['Majilis', 'Senate', 'Elections', 'Tokayev', 'Economy', 'Astana', 'CIS', 'OSCE', 'Мажилис', 'Сенат', 'Сайлау'];
const LANGS = Object.keys(SENTENCES) as Lang[];
const SITES: SiteId[] = ['kazinform', 'qazaqtv', 'senate'];

export function generateArticles(count: number, seed = 1): ExtractedArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: ExtractedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(LANGS);
    const site = pick(SITES);
    const paragraphs = Array.from({ length: 4 + Math.floor(rnd() * 8) }, () =>
      Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SENTENCES[lang])).join(' '),
    );
    const url =
      site === 'senate'
        ? `https://senate.parlam.kz/ru-RU/news/details/${100000 + i}`
        : site === 'qazaqtv'
          ? `https://qazaqtv.com/en/news/${200000 + i}-generated`
          : `https://www.inform.kz/ru/generated-article-${(0x100000 + i).toString(16)}`;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rnd() * 1400) * 86_400_000);
    const offset = day < new Date('2024-03-01T00:00:00+06:00') ? '+06:00' : '+05:00';
    out.push({
      isArticle: true,
      site,
      lang,
      url,
      canonicalUrl: url,
      title: `${pick(SENTENCES[lang]).slice(0, 80)} #${i}`,
      publishedAt: `${day.toISOString().slice(0, 10)}T${String(8 + Math.floor(rnd() * 12)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00${offset}`,
      dateline: rnd() < 0.5 ? 'ASTANA' : null,
      author: rnd() < 0.3 ? 'Adlet Seilkhanov' : null,
      lead: rnd() < 0.5 ? pick(SENTENCES[lang]) : null,
      paragraphs,
      tags: Array.from({ length: Math.floor(rnd() * 4) }, () => {
        const label = pick(TAGS);
        return { label, url: `https://www.inform.kz/tag/${encodeURIComponent(label.toLowerCase())}` };
      }),
      credits: rnd() < 0.3 ? ['Фото: Акорда'] : [],
      method: 'site',
      fieldMethods: { title: 'site', paragraphs: 'site' },
      adapter: 'generated',
      warnings: [],
    });
  }
  return out;
}
