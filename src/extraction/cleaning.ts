/**
 * Cleaning rules shared by every path (site rules, structured data, generic extraction):
 * drop boilerplate lines, stop at the page's tail (related/popular/share sections), move
 * captions and credits to `credits`, and pick up an `Author:` line.
 */
import type { Block } from './text';
import { normalizeSpace } from './text';

/** Lines that are never article text, in any edition (compared lower-case, trailing colon removed). */
const BOILERPLATE_LINES = new Set([
  'photo', 'photos', 'фото', 'сурет', 'foto', 'video', 'видео', '照片', '图片', 'audio', 'аудио',
  'share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'поделиться', 'бөлісу', "bo'lishish", 'ulashish', 'улашиш', '分享',
  'tell a friend', 'рассказать другу', 'print', 'печать', 'версия для печати', 'print version',
  'advertisement', 'реклама', 'жарнама', 'ad', 'sponsored', '广告',
  'tags', 'теги', 'тэги', 'тегтер', 'tegter', '标签',
  'subscribe', 'подписаться', 'жазылу', 'loading', 'loading...', 'загрузка...', 'read more', 'подробнее',
  'comments', 'комментарии', 'пікірлер', 'source', 'источник',
]);

/** Headings that open the page's tail: nothing after them belongs to the article. */
const TAIL_HEADINGS = new Set([
  'related news', 'related', 'related articles', 'related stories', 'read also', 'also read', 'read more news',
  'see also', 'more news', 'popular', 'most read', 'most popular', 'latest news', 'news partner', 'you may also like',
  'новости по теме', 'читайте также', 'смотрите также', 'похожие новости', 'популярное', 'самое читаемое', 'последние новости',
  'тақырыпқа қатысты жаңалықтар', 'тақырып бойынша жаңалықтар', 'оқи отырыңыз', 'қатысты жаңалықтар', 'танымал', 'көп оқылған',
  'taqyrypqa qatysty jańalyqtar', 'oqı otyryńyz', 'tanymal', 'kóp oqylǵan',
  '相关新闻', '相关阅读', '热门', '热门新闻', '另请阅读',
  'мавзуга оид янгиликлар', 'шунингдек ўқинг', 'оммабоп', 'mavzuga oid yangiliklar', 'ommabop',
]);

/** A caption or credit line: `Photo: election.gov.kz`, `Фото: Акорда`, `Коллаж: Kazinform / ...`. */
const CREDIT_RE =
  /^(?:photos?|фото|фотографии|фотограф|коллаж|collage|сурет|суреттер|фотосурет|foto|kollaj|surat|сурат|video|видео|illustration|иллюстрация|infographics|инфографика|инфография|графика|cover|обложка|图片|照片|图|视频|图片来源|photo credit)\s*(?:by\s*)?[:：–—-]\s*\S/i;

/** A press-service credit line in parentheses, as the Senate prints it. */
const PRESS_CREDIT_RE = /^\([^()]{0,40}?(?:press service|press office|пресс-служб|баспасөз қызмет)[^()]*\)\.?$/i;

const AUTHOR_RE = /^(?:author|authors|by|автор|авторы|авторлар|avtor|avtorlar|muallif|муаллиф|作者|记者)\s*[:：]\s*(.*)$/i;

/** Remove an `Author:` label from a line (adapter transform and cleaning rule). */
export function stripAuthorLabel(value: string): string | null {
  const v = normalizeSpace(value);
  const m = AUTHOR_RE.exec(v);
  const name = normalizeSpace(m ? m[1]! : v);
  return name === '' ? null : name;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[\s:：.·|]+$/u, '').replace(/^[\s•·|]+/u, '').trim();
}

/** True for lines with no letters or digits, or only a number (view counts, bullets). */
function isNoise(text: string): boolean {
  return !/[\p{L}]/u.test(text) && (/^[\d\s.,+]*$/.test(text) || !/[\p{N}]/u.test(text));
}

export function isCreditLine(text: string): boolean {
  return text.length <= 200 && (CREDIT_RE.test(text) || PRESS_CREDIT_RE.test(text));
}

export function isTailHeading(text: string): boolean {
  return text.length <= 60 && TAIL_HEADINGS.has(key(text));
}

export function isBoilerplateLine(text: string): boolean {
  return text.length <= 40 && BOILERPLATE_LINES.has(key(text));
}

/** A block more than half made of link text is navigation (breadcrumbs, "read also" links, lists), not prose. */
const MAX_LINK_SHARE = 0.5;

export interface CleanContext {
  /** Title of the article: a block repeating it (image alt, caption) is dropped. */
  title: string | null;
  /** Lead paragraph: not repeated in the body. */
  lead: string | null;
}

export interface CleanedBody {
  paragraphs: string[];
  credits: string[];
  author: string | null;
  /** What was dropped, for warnings. */
  dropped: string[];
}

const sameText = (a: string, b: string | null): boolean => b !== null && key(a) === key(b);

/** Apply the shared cleaning rules to body blocks in reading order. */
export function cleanBlocks(blocks: readonly Block[], ctx: CleanContext): CleanedBody {
  const out: CleanedBody = { paragraphs: [], credits: [], author: null, dropped: [] };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text;
    if (isNoise(text)) continue;
    if (b.linkShare > MAX_LINK_SHARE) {
      out.dropped.push(text);
      continue;
    }
    if (isTailHeading(text) && out.paragraphs.length > 0) {
      out.dropped.push(`tail from "${text}" (${blocks.length - i} lines)`);
      break;
    }
    if (isBoilerplateLine(text) || isTailHeading(text)) {
      out.dropped.push(text);
      continue;
    }
    if (isCreditLine(text) || b.tag === 'figcaption') {
      if (!out.credits.includes(text)) out.credits.push(text);
      continue;
    }
    const author = AUTHOR_RE.exec(text);
    if (author && text.length <= 120) {
      let name = normalizeSpace(author[1]!);
      const next = blocks[i + 1];
      if (name === '' && next && next.text.length <= 60 && !isTailHeading(next.text)) {
        name = next.text;
        i++;
      }
      if (name !== '') out.author ??= name;
      continue;
    }
    if (sameText(text, ctx.title) || sameText(text, ctx.lead)) {
      out.dropped.push(text);
      continue;
    }
    out.paragraphs.push(text);
  }
  return out;
}
