/**
 * Markdown export: one document per article, YAML front matter then the text, all
 * in one zip. Page text stays text: every character Markdown or HTML would read as
 * markup is escaped, so `<img src=x onerror=alert(1)>` in a title renders as those
 * characters, never as an element. Front matter values are YAML double-quoted
 * scalars (JSON string syntax, which YAML reads the same way), with the characters
 * YAML forbids or folds inside them written as \u escapes.
 */
import type { StoredArticle } from '../storage/db';
import { localDay, publishedValue } from './dates';
import { exportFileName, slugify, uniqueNamer } from './file-names';
import type { ExportFile, ExportOptions } from './types';
import { zipStore } from './zip';

/** DEL and C1 controls, NEL, line/paragraph separators (line breaks in YAML 1.1), BOM and non-characters. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function yamlString(s: string): string {
  return JSON.stringify(s).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const yamlValue = (s: string | null) => (s === null ? 'null' : yamlString(s));

function yamlList(key: string, items: readonly string[]): string {
  return items.length ? `${key}:\n${items.map((i) => `  - ${yamlString(i)}`).join('\n')}` : `${key}: []`;
}

export function frontMatter(a: StoredArticle): string {
  return [
    '---',
    `title: ${yamlString(a.title)}`,
    `url: ${yamlString(a.url)}`,
    `canonical: ${yamlString(a.canonicalUrl)}`,
    `site: ${yamlString(a.site)}`,
    `lang: ${yamlString(a.lang)}`,
    `publishedAt: ${yamlValue(publishedValue(a))}`,
    `author: ${yamlValue(a.author)}`,
    `dateline: ${yamlValue(a.dateline)}`,
    yamlList('tags', a.tags.map((t) => t.label)),
    yamlList('credits', a.credits),
    `savedAt: ${yamlString(new Date(a.savedAt).toISOString())}`,
    '---',
  ].join('\n');
}

/** Characters with a meaning anywhere in a line (CommonMark, GFM tables/strikethrough, HTML, math). */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$#]/g;
/** Line starts that make lists, thematic breaks or setext underlines (headings and quotes: `#` and `>` are escaped everywhere). */
const BLOCK_START = /^([-+=]|\d+(?=[.)]))/;

/** One line of page text as Markdown that renders to exactly that text. */
function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_MARKUP, '\\$&');
  return escaped.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Page text as Markdown text: markup escaped, a line break inside a paragraph kept as a hard break. */
export function markdownText(text: string): string {
  return text.trim().split(/\r\n|[\r\n\u2028\u2029]/).map(escapeLine).join('\\\n');
}

export function articleToMarkdown(a: StoredArticle): string {
  const blocks = [`# ${markdownText(a.title.replace(/\s+/g, ' '))}`];
  for (const p of [a.lead, ...a.paragraphs]) {
    const md = p === null ? '' : markdownText(p);
    if (md) blocks.push(md);
  }
  return `${frontMatter(a)}\n\n${blocks.join('\n\n')}\n`;
}

/** The file stem of an article: its printed publication date (or "undated") and its title in ASCII, or its id. */
function fileStem(a: StoredArticle): string {
  const day = a.publishedAt?.slice(0, 10) ?? 'undated';
  return `${day}-${slugify(a.title) || `article-${a.id}`}`;
}

export function toMarkdownZip(articles: readonly StoredArticle[], options: ExportOptions = {}): ExportFile {
  const now = options.now ?? Date.now();
  const folder = `dala-reader-${localDay(now)}`;
  const name = uniqueNamer();
  const entries = articles.map((a) => ({ name: `${folder}/${name(fileStem(a), 'md')}`, data: articleToMarkdown(a) }));
  return { fileName: exportFileName('markdown', 'zip', now), mimeType: 'application/zip', data: zipStore(entries, now) };
}
