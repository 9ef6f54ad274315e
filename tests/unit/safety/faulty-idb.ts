/**
 * An IndexedDB made to fail, for storage-fault tests. Built on fake-indexeddb
 * (tests/unit/setup.ts installs it): the faults are injected where a browser raises
 * them, under Dexie, so the code under test sees what it would see in a browser.
 *
 * - failWritesAfter(n): the (n+1)th and later writes (put/add/delete) of any object
 *   store fail as requests with a DOMException of the given name; per the IndexedDB
 *   spec the transaction then aborts with that error and rolls back what it wrote.
 * - abortAtWrite(n): the (n+1)th write succeeds, then its transaction aborts with the
 *   error (how Chromium reports a full quota: at commit, on the transaction).
 * - unavailableIndexedDB(): every open fails as in a Firefox private window (InvalidStateError).
 *
 * The first two patch fake-indexeddb's object store internals (pinned 6.2.8); they
 * check that the internals are there and fail loudly if a new version moved them.
 */
import Dexie from 'dexie';

type Restore = () => void;

interface RawStoreProto {
  storeRecord: (...args: unknown[]) => unknown;
  deleteRecord: (...args: unknown[]) => unknown;
}

/** The prototype of fake-indexeddb's internal object store, reached through a throw-away database. */
async function rawStorePrototype(): Promise<RawStoreProto> {
  const name = `faulty-idb-probe-${Math.random()}`;
  const db = new Dexie(name);
  db.version(1).stores({ t: '++id' });
  await db.open();
  const store = db.backendDB().transaction(['t'], 'readonly').objectStore('t') as unknown as { _rawObjectStore?: object };
  const proto = store._rawObjectStore ? (Object.getPrototypeOf(store._rawObjectStore) as Partial<RawStoreProto>) : undefined;
  db.close();
  await Dexie.delete(name);
  if (typeof proto?.storeRecord !== 'function' || typeof proto.deleteRecord !== 'function') {
    throw new Error('faulty-idb: fake-indexeddb internals changed (ObjectStore.storeRecord/deleteRecord); update this helper');
  }
  return proto as RawStoreProto;
}

/** Lets n writes through, then every later write fails with a DOMException named `errorName`. */
export async function failWritesAfter(n: number, errorName = 'QuotaExceededError'): Promise<Restore> {
  const proto = await rawStorePrototype();
  const originals = { storeRecord: proto.storeRecord, deleteRecord: proto.deleteRecord };
  let writes = 0;
  // Requests pass their transaction's rollback log as the last argument; a rollback's own
  // writes pass none, and must go through or the abort could not undo anything.
  const rollbackLogAt = { storeRecord: 2, deleteRecord: 1 };
  for (const method of ['storeRecord', 'deleteRecord'] as const) {
    proto[method] = function (this: unknown, ...args: unknown[]) {
      const isRequest = Array.isArray(args[rollbackLogAt[method]]);
      if (isRequest && ++writes > n) throw new DOMException(`Injected failure of write ${writes}`, errorName);
      return originals[method].apply(this, args);
    };
  }
  return () => Object.assign(proto, originals);
}

interface FakeTransaction {
  _abort?: (errorName: string) => void;
}

/** Lets n writes through; the next one succeeds, then its transaction aborts with `errorName` (as at commit). */
export function abortAtWrite(n: number, errorName = 'QuotaExceededError'): Restore {
  const proto = globalThis.IDBObjectStore.prototype;
  const originals = { put: proto.put, add: proto.add };
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = originals[method].apply(this, args);
      if (++writes === n + 1) {
        const tx = this.transaction as unknown as FakeTransaction;
        if (typeof tx._abort !== 'function') throw new Error('faulty-idb: fake-indexeddb internals changed (FDBTransaction._abort)');
        request.addEventListener('success', () => tx._abort?.(errorName));
      }
      return request;
    };
  }
  return () => Object.assign(proto, originals);
}

/**
 * Makes every database open fail with `errorName` (Firefox private windows and
 * "never remember history": InvalidStateError). Affects Dexie instances made after the call.
 */
export function unavailableIndexedDB(errorName = 'InvalidStateError', message = 'A mutation operation was attempted on a database that did not allow mutations.'): Restore {
  const deps = Dexie.dependencies;
  const real = deps.indexedDB;
  if (!real) throw new Error('faulty-idb: no indexedDB to wrap');
  const failing: IDBFactory = {
    open() {
      const request = new EventTarget() as EventTarget & Partial<IDBOpenDBRequest> & { error?: DOMException; onerror?: ((e: Event) => void) | null };
      // A plain EventTarget does not call on<event> properties: wire onerror as IDBRequest does.
      request.addEventListener('error', (event) => request.onerror?.(event));
      setTimeout(() => {
        Object.defineProperty(request, 'error', { value: new DOMException(message, errorName) });
        request.dispatchEvent(new Event('error', { cancelable: true }));
      });
      return request as IDBOpenDBRequest;
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: () => real.databases(),
  };
  deps.indexedDB = failing;
  return () => {
    deps.indexedDB = real;
  };
}

/** Makes `indexedDB` missing altogether (some embedded browsers, disabled storage). */
export function missingIndexedDB(): Restore {
  const deps = Dexie.dependencies;
  const real = deps.indexedDB;
  (deps as { indexedDB?: IDBFactory }).indexedDB = undefined;
  return () => {
    deps.indexedDB = real;
  };
}
