/**
 * An IndexedDB made to fail, for storage-fault tests. Built on fake-indexeddb
 * (tests/unit/setup.ts installs it): the faults are injected where a browser raises
 * them, under Dexie, so the code under test sees what it would see in a browser.
 *
 * - failWritesAfter(n): the (n+1)th and later writes (put/add/delete) of any object
 *   store fail as requests with a DOMException of the given name; per the IndexedDB
 *   spec the transaction then aborts with that error and rolls back what it wrote.
 * - abortAtCommit(): the next read-write transaction aborts with the error where it would
 *   commit (how Chromium reports a full quota: on the transaction, at commit).
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
  mode: IDBTransactionMode;
  _state: string;
  _requests: { request: { readyState: string } }[];
  _rollbackLog: unknown[];
  _start(): void;
  _abort(errorName: string): void;
}

/**
 * The next read-write transaction that wrote something aborts with `errorName` where it
 * would commit, its writes rolled back: how Chromium reports a full quota (on the
 * transaction, at commit, after every request succeeded).
 */
export function abortAtCommit(errorName = 'QuotaExceededError'): Restore {
  const proto = globalThis.IDBTransaction.prototype as unknown as FakeTransaction;
  const original = proto._start;
  if (typeof original !== 'function' || typeof proto._abort !== 'function') {
    throw new Error('faulty-idb: fake-indexeddb internals changed (FDBTransaction._start/_abort); update this helper');
  }
  let armed = true;
  proto._start = function (this: FakeTransaction) {
    // The same condition on which fake-indexeddb commits: nothing left to run, not finished.
    const committing = this._state !== 'finished' && this._requests.every((r) => r.request.readyState === 'done');
    if (armed && committing && this.mode === 'readwrite' && this._rollbackLog.length > 0) {
      armed = false;
      this._abort(errorName);
      return;
    }
    original.call(this);
  };
  return () => {
    proto._start = original;
  };
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
