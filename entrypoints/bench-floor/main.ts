/**
 * Benchmark-only page (built only with DALA_BENCH_BUILD=1 into .output-bench, never
 * shipped): the practical floor for the popup's numbers. It renders the same first
 * rows from the same database with bare IndexedDB and DOM calls, no framework, and
 * answers a search with one look-up of the same word index. It also seeds the
 * database with generated articles for the benchmark.
 */
import { DB_NAME, openDatabase } from '../../src/storage/db';
import { saveArticles } from '../../src/storage/articles';
import { foldWords } from '../../src/storage/search-text';
import { generateArticles } from '../../scripts/bench/lib/generate';

interface Row {
  id: number;
  title: string;
  site: string;
  publishedAt: string | null;
}

const ROWS = 50;

function openRaw(): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = indexedDB.open(DB_NAME);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

function collect(source: IDBIndex, range: IDBKeyRange | null, direction: IDBCursorDirection): Promise<Row[]> {
  return new Promise((res, rej) => {
    const out: Row[] = [];
    const seen = new Set<number>();
    const c = source.openCursor(range, direction);
    c.onsuccess = () => {
      const cur = c.result;
      if (!cur || out.length >= ROWS) return res(out);
      const v = cur.value as Row;
      if (!seen.has(v.id)) {
        seen.add(v.id);
        out.push(v);
      }
      cur.continue();
    };
    c.onerror = () => rej(c.error);
  });
}

function paint(rows: Row[]): Promise<number> {
  const list = document.getElementById('list') as HTMLUListElement;
  const frag = document.createDocumentFragment();
  for (const r of rows) {
    const li = document.createElement('li');
    li.dataset.testid = 'floor-item';
    li.textContent = `${r.title} · ${r.site} · ${r.publishedAt ?? ''}`;
    frag.append(li);
  }
  list.replaceChildren(frag);
  return new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(performance.now()))));
}

async function firstPaint(): Promise<number> {
  const db = await openRaw();
  const rows = await collect(db.transaction('articles').objectStore('articles').index('savedAt'), null, 'prev');
  const t = await paint(rows);
  db.close();
  return t;
}

/** Every primary key under an index range. */
function keysIn(index: IDBIndex, range: IDBKeyRange): Promise<IDBValidKey[]> {
  return new Promise((res, rej) => {
    const r = index.getAllKeys(range);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

/**
 * The same job as the popup's search: every article with a word starting with the
 * folded term, newest saved first, the first rows painted, and the match count.
 */
async function search(query: string): Promise<{ ms: number; count: number }> {
  const t0 = performance.now();
  const db = openRawOnce ?? (openRawOnce = await openRaw());
  const term = foldWords(query)[0] ?? '';
  const store = db.transaction('articles').objectStore('articles');
  const matching = new Set(await keysIn(store.index('words'), IDBKeyRange.bound(term, term + '\uffff')));
  const rows = await new Promise<Row[]>((res, rej) => {
    const out: Row[] = [];
    const c = store.index('savedAt').openCursor(null, 'prev');
    c.onsuccess = () => {
      const cur = c.result;
      if (!cur || out.length >= ROWS) return res(out);
      if (matching.has(cur.primaryKey)) out.push(cur.value as Row);
      cur.continue();
    };
    c.onerror = () => rej(c.error);
  });
  const t1 = await paint(rows);
  return { ms: t1 - t0, count: matching.size };
}

/** Kept open across searches, as the popup keeps its database open. */
let openRawOnce: IDBDatabase | null = null;

async function seed(n: number): Promise<number> {
  const db = openDatabase();
  await db.articles.clear();
  await saveArticles(db, generateArticles(n, 11));
  const count = await db.articles.count();
  db.close();
  return count;
}

const api = { firstPaint, search, seed };
(globalThis as unknown as { benchFloor: typeof api }).benchFloor = api;
