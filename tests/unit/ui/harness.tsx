/**
 * Shared set-up for the reading room's component tests: a fresh database per test,
 * a mounted App with recorded effects (tabs opened, text copied), and waiting helpers.
 */
import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import Dexie from 'dexie';
import { openDatabase, type DalaDatabase, type StoredArticle } from '../../../src/storage/db';
import { articleWords } from '../../../src/storage/search-text';
import { saveArticle } from '../../../src/storage/articles';
import type { ExtractedArticle } from '../../../src/extraction/types';
import { App, type AppProps } from '../../../src/ui/app/App';
import { libraryNames } from '../../../src/ui/data/names';
import { makeArticle } from '../helpers/article';
import { initI18n, setLanguage } from '../../../src/i18n';

let n = 0;

export async function waitFor<T>(fn: () => T | null | undefined | false, ms = 4000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)}`);
    await act(() => new Promise((r) => setTimeout(r, 15)));
  }
}

export function freshDb(prefix: string): DalaDatabase {
  return openDatabase(`${prefix}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export async function dropDb(db: DalaDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

let articleNo = 0x100000;

/** The URL of a distinct Kazinform article (its id suffix is unique, so no two merge). */
export function articleUrl(slug: string): string {
  return `https://qazinform.com/news/${slug}-${(++articleNo).toString(16)}`;
}

/** Saves an article with a distinct URL and a given saved time. */
export async function save(db: DalaDatabase, slug: string, over: Partial<ExtractedArticle> = {}, savedAt = 1): Promise<number> {
  const url = articleUrl(slug);
  return (await saveArticle(db, makeArticle({ url, canonicalUrl: url, ...over }), savedAt)).id;
}

export interface Mounted {
  root: HTMLElement;
  opened: string[];
  copied: string[];
  q(testid: string): HTMLElement | null;
  q<E extends Element>(testid: string): E | null;
  all(testid: string): HTMLElement[];
  all<E extends Element>(testid: string): E[];
  unmount(): void;
}

export function mountApp(db: DalaDatabase, over: Partial<AppProps> = {}): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  const opened: string[] = [];
  const copied: string[] = [];
  render(
    <App
      db={db}
      mode="popup"
      names={libraryNames(db)}
      openTab={(u: string) => opened.push(u)}
      copyText={async (s: string) => {
        copied.push(s);
      }}
      {...over}
    />,
    root,
  );
  return {
    root,
    opened,
    copied,
    q: <E extends Element = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid="${id}"]`),
    all: <E extends Element = HTMLElement>(id: string) => [...root.querySelectorAll<E>(`[data-testid="${id}"]`)],
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

export function titles(m: Mounted): string[] {
  return m.all('article-item').map((li) => li.querySelector('[data-testid="article-title"]')?.textContent ?? '');
}

/** Types into an input or select as a person would (value, then the input/change event). */
export async function type(el: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

export async function key(target: EventTarget, k: string): Promise<KeyboardEvent> {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  await act(() => {
    target.dispatchEvent(e);
  });
  return e;
}

/** Waits until the list shows exactly these titles, in this order. */
export async function expectTitles(m: Mounted, expected: string[]): Promise<void> {
  try {
    await waitFor(() => JSON.stringify(titles(m)) === JSON.stringify(expected));
  } catch {
    throw new Error(`list shows ${JSON.stringify(titles(m))}, expected ${JSON.stringify(expected)}`);
  }
}

/** Adds n minimal articles straight to the store (fast: one bulk write), newest saved = highest number. */
export async function bulkArticles(db: DalaDatabase, n: number, title = (i: number) => `Article ${i}`): Promise<void> {
  const rows: Omit<StoredArticle, 'id'>[] = Array.from({ length: n }, (_unused, i) => {
    const url = `https://qazinform.com/news/bulk-${(0x200000 + i).toString(16)}`;
    const a = makeArticle({ url, canonicalUrl: url, title: title(i), paragraphs: [`Body of article ${i}.`], tags: [] });
    const { isArticle: _isArticle, ...rest } = a;
    return {
      ...rest,
      keys: [`url:${url}`],
      urls: [url],
      savedAt: 1000 + i,
      updatedAt: 1000 + i,
      seenAt: 1000 + i,
      contentHash: String(i),
      tagKeys: [] as string[],
      words: articleWords(a),
    };
  });
  await db.articles.bulkAdd(rows);
}

/**
 * Registers the per-test set-up of an app test file: English interface, left-to-right
 * page, a fresh database handed to `useDb`; after each test `cleanup` runs, then the
 * database is dropped.
 */
export function onEachTest(prefix: string, useDb: (db: DalaDatabase) => void, cleanup: () => void = () => {}): void {
  let db: DalaDatabase | null = null;
  beforeEach(async () => {
    await initI18n('en');
    await setLanguage('en');
    document.documentElement.dir = 'ltr';
    db = freshDb(prefix);
    useDb(db);
  });
  afterEach(async () => {
    cleanup();
    if (db) await dropDb(db);
    await setLanguage('en');
  });
}

/** Waits until an asynchronous check (a database read) holds. */
export async function eventually(check: () => Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never held: ${check.toString().slice(0, 120)}`);
    await act(() => new Promise((r) => setTimeout(r, 15)));
  }
}
