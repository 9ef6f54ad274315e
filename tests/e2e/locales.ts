/**
 * The interface strings as the extension ships them (locales/<lang>.json), so a case can
 * say "the page shows the Russian words" without copying them: `uiString('ru', 'app.articles')`.
 * Only plain strings are looked up; {{placeholders}} are filled by `fill`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');
const cache = new Map<string, Record<string, unknown>>();

function locale(lang: string): Record<string, unknown> {
  let data = cache.get(lang);
  if (!data) {
    data = JSON.parse(readFileSync(path.join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Record<string, unknown>;
    cache.set(lang, data);
  }
  return data;
}

/** The string at a dotted key (`tab.state.saved`) of one interface language; throws when there is none. */
export function uiString(lang: string, key: string): string {
  let node: unknown = locale(lang);
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') throw new Error(`locales/${lang}.json has no string at "${key}"`);
  return node;
}

/** A string with its {{name}} placeholders filled. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
