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

/**
 * Lines that are page furniture in any language: timestamps, copyright, cookie and script notices,
 * promos. (Bare URL lines were tried and dropped: on the public benchmark they are article text as often as not.)
 */
const FURNITURE_RULES: readonly [name: string, test: (t: string) => boolean][] = [
  ['timestamp', (t) => t.length <= 100 && /^(?:updated|posted|published|last updated|originally published|publicado|atualizado|опубликовано|обновлено|жарияланды)\b/i.test(t) && /\d/.test(t)],
  ['copyright', (t) => t.length <= 250 && (/^(?:©|\(c\)\s|copyright\b)/i.test(t) || /©\s*(?:\d{4}|[A-Z])/.test(t) || /\ball rights reserved\b|все права защищены|барлық құқықтар қорғалған/i.test(t))],
  ['cookies', (t) => t.length <= 300 && /\bcookies?\b/i.test(t) && /\b(?:uses?|accept|consent|policy|agree)\b/i.test(t)],
  ['script', (t) => t.length <= 200 && /\b(?:requires?|enable|enabled|turn on)\s+javascript\b/i.test(t)],
  ['promo', (t) => t.length <= 300 && /^(?:sign up\b|subscribe\b|get (?:breaking|the latest|our)\b|follow (?:us|@)|join (?:our|us)\b|click here\b|download (?:our|the) app\b)/i.test(t)],
];

/** The name of the furniture rule a line matches, or null. */
export function furnitureKind(text: string): string | null {
  for (const [name, test] of FURNITURE_RULES) if (test(text)) return name;
  return null;
}

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

/**
 * A short line more than half made of link text is navigation (breadcrumbs, "read also" links,
 * lists); a long one is prose with links in it unless it is nearly all link.
 */
const LINK_LINE_LONG_CHARS = 80;
const MAX_LINK_SHARE_SHORT = 0.5;
const MAX_LINK_SHARE_LONG = 0.8;

function isLinkLine(b: Block): boolean {
  return b.linkShare > (b.text.length >= LINK_LINE_LONG_CHARS ? MAX_LINK_SHARE_LONG : MAX_LINK_SHARE_SHORT);
}

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

/** A block that reads as article prose: long enough and not a link. */
const isProse = (b: Block): boolean => b.text.length >= 120 && b.linkShare < 0.3;

/** True when prose follows block `i`: the heading then sits inside the article (an inline "related" box), not at its tail. */
function hasProseAfter(blocks: readonly Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) if (isProse(blocks[j]!)) return true;
  return false;
}

const sameText = (a: string, b: string | null): boolean => b !== null && key(a) === key(b);

/** Apply the shared cleaning rules to body blocks in reading order. */
export function cleanBlocks(blocks: readonly Block[], ctx: CleanContext): CleanedBody {
  const out: CleanedBody = { paragraphs: [], credits: [], author: null, dropped: [] };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text;
    if (isNoise(text)) continue;
    if (isLinkLine(b)) {
      out.dropped.push(text);
      continue;
    }
    if (isTailHeading(text) && out.paragraphs.length > 0 && !hasProseAfter(blocks, i)) {
      out.dropped.push(`tail from "${text}" (${blocks.length - i} lines)`);
      break;
    }
    if (isBoilerplateLine(text) || isTailHeading(text) || furnitureKind(text) !== null) {
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
