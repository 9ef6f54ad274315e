/**
 * Runs in a quiet page of the extension's origin (raw IndexedDB, no Dexie, nothing else
 * reading the library) for the `save latency` bench: empties the library between page
 * visits and watches for the record a visit creates, reading the database every 5 ms.
 */

interface Found {
  /** Date.now() when the read that first saw the committed record succeeded. */
  at: number;
  /** The record's savedAt (the background's Date.now() when the save began). */
  savedAt: number;
  url: string;
  /**
   * The longest gap between reads that found nothing, ms: the watch's real resolution.
   * (The last read may wait for the save's write transaction to commit, which is the point.)
   */
  maxGap: number;
}

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((res, rej) => {
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
    // The background creates the database; opening it here must not.
    r.onupgradeneeded = () => {
      r.transaction?.abort();
      rej(new Error(`database ${name} does not exist yet`));
    };
  });
}

let db: IDBDatabase | null = null;
let watch: Promise<Found> | null = null;

/** Deletes every record of every store but the settings, in one transaction. */
async function clear(dbName: string): Promise<number> {
  db ??= await openDb(dbName);
  const stores = [...db.objectStoreNames].filter((s) => s !== 'settings');
  const tx = db.transaction(stores, 'readwrite');
  for (const s of stores) tx.objectStore(s).clear();
  await new Promise<void>((res, rej) => {
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
    tx.onabort = () => rej(tx.error ?? new Error('clearing aborted'));
  });
  return req(db.transaction('articles').objectStore('articles').count());
}

/** Starts watching for the first article record; `found()` resolves when one is committed. */
function arm(timeoutMs: number): void {
  const conn = db;
  if (!conn) throw new Error('clear() first');
  const deadline = Date.now() + timeoutMs;
  watch = new Promise<Found>((res, rej) => {
    let last = Date.now();
    let maxGap = 0;
    const poll = (): void => {
      const r = conn.transaction('articles').objectStore('articles').openCursor();
      r.onsuccess = () => {
        const now = Date.now();
        const cur = r.result;
        if (!cur) maxGap = Math.max(maxGap, now - last);
        last = now;
        if (cur) {
          const v = cur.value as { savedAt: number; url: string };
          res({ at: now, savedAt: v.savedAt, url: v.url, maxGap });
        } else if (now > deadline) rej(new Error(`no record stored within ${timeoutMs} ms`));
        else setTimeout(poll, 5);
      };
      r.onerror = () => rej(r.error);
    };
    poll();
  });
}

function found(): Promise<Found> {
  if (!watch) throw new Error('arm() first');
  return watch;
}

const api = { clear, arm, found };
(globalThis as unknown as { saveProbe: typeof api }).saveProbe = api;
