/** Databases a test file opens: closed and deleted after each test, any injected storage fault undone first. */
import { afterEach } from 'vitest';
import Dexie from 'dexie';

export function databasesPerTest() {
  const open: Dexie[] = [];
  let undo: (() => void) | null = null;
  const clearFault = () => {
    undo?.();
    undo = null;
  };
  afterEach(async () => {
    clearFault();
    for (const db of open.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return {
    /** Tracks a database for clean-up and returns it. */
    keep<T extends Dexie>(db: T): T {
      open.push(db);
      return db;
    },
    /** Holds the undo of an injected fault (faulty-idb.ts) until clearFault or the end of the test. */
    fault(restore: () => void): void {
      undo = restore;
    },
    clearFault,
  };
}
