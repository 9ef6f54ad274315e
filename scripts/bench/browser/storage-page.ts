/**
 * Runs in a plain Chromium page (real IndexedDB): our batch save of N generated
 * articles, then a bare IndexedDB put loop of the very records ours stored, into an
 * object store with the same indexes, in one transaction.
 */
import Dexie from 'dexie';
import { openDatabase, SCHEMA_V1 } from '../../../src/storage/db';
import { saveArticles } from '../../../src/storage/articles';
import { generateArticles } from '../lib/generate';

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((res, rej) => {
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

/** Creates the articles store with the indexes Dexie's schema string declares. */
function openBare(name: string): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
      for (const spec of SCHEMA_V1.articles.split(',').slice(1)) {
        const s = spec.trim();
        const multi = s.startsWith('*');
        const name = s.replace(/^[*&]+/, '');
        store.createIndex(name, name, { multiEntry: multi, unique: s.startsWith('&') });
      }
    };
    open.onsuccess = () => res(open.result);
    open.onerror = () => rej(open.error);
  });
}

async function bulk(n: number): Promise<{ ours: number; peer: number; stored: number }> {
  const articles = generateArticles(n, 7);
  await Dexie.delete('bench-ours');
  const db = openDatabase('bench-ours');
  await db.open();
  const t0 = performance.now();
  await saveArticles(db, articles);
  const ours = performance.now() - t0;
  const records = await db.articles.toArray();
  db.close();

  await req(indexedDB.deleteDatabase('bench-bare'));
  const bare = await openBare('bench-bare');
  const t1 = performance.now();
  await new Promise<void>((res, rej) => {
    const tx = bare.transaction('articles', 'readwrite');
    const store = tx.objectStore('articles');
    for (const r of records) store.put(r);
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
  });
  const peer = performance.now() - t1;
  bare.close();
  return { ours, peer, stored: records.length };
}

(globalThis as unknown as { benchBulk: typeof bulk }).benchBulk = bulk;
