import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { toStorageError } from '../../../src/storage/errors';

describe('toStorageError', () => {
  it('names a full quota, also when Dexie hides it among bulk failures', () => {
    const bulk = new Dexie.BulkError('2 of 3 failed', [new DOMException('no room', 'QuotaExceededError')]);
    expect(toStorageError(bulk).code).toBe('quota-exceeded');
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).message).toMatch(/quota reached/);
  });

  it('says the database is unavailable when it cannot be opened (Firefox private windows)', () => {
    const open = new Dexie.OpenFailedError('open failed', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'));
    const e = toStorageError(open);
    expect(e.code).toBe('storage-unavailable');
    expect(e.message).toMatch(/private window/);
    expect(toStorageError(new Dexie.MissingAPIError('no indexedDB')).code).toBe('storage-unavailable');
  });

  it('does not blame a private window for a write cut short', () => {
    const e = toStorageError(new DOMException('The transaction has finished.', 'InvalidStateError'));
    expect(e.code).toBe('internal');
    expect(e.message).toMatch(/interrupted; nothing was saved/);
  });

  it('says a failed schema upgrade changed nothing', () => {
    const e = toStorageError(new Dexie.OpenFailedError('open', new Dexie.UpgradeError('upgrade threw')));
    expect(e.message).toMatch(/^Updating the library to this version of Dala Reader failed; nothing was changed/);
  });

  it('keeps anything else as an internal failure with its detail', () => {
    expect(toStorageError(new Error('boom'))).toMatchObject({ code: 'internal', message: 'Storage failed: boom' });
    const already = toStorageError(new Error('x'));
    expect(toStorageError(already)).toBe(already);
  });
});
