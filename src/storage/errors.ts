/**
 * Storage failures, named for what the user can do about them.
 */
export type StorageErrorCode = 'quota-exceeded' | 'storage-unavailable' | 'internal';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Every error name in a Dexie error's chain (its own, `inner`, and each of `failures`). */
function errorNames(e: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (typeof e !== 'object' || e === null || depth > 5) return out;
  const o = e as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof o.name === 'string' && o.name !== 'DexieError') out.add(o.name);
  errorNames(o.inner, out, depth + 1);
  if (Array.isArray(o.failures)) for (const f of o.failures.slice(0, 20)) errorNames(f, out, depth + 1);
  return out;
}

const UNAVAILABLE = ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError'];
const INTERRUPTED = ['InvalidStateError', 'TransactionInactiveError', 'AbortError', 'PrematureCommitError'];

/** Maps an IndexedDB/Dexie failure to a StorageError with a message a person can act on. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const names = errorNames(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (names.has('QuotaExceededError') || /quota/i.test(detail)) {
    return new StorageError('quota-exceeded', 'The browser refused to store more: storage quota reached. Free space or delete saved articles.', e);
  }
  if (names.has('UpgradeError')) {
    return new StorageError('internal', `Updating the library to this version of Dala Reader failed; nothing was changed (${detail}).`, e);
  }
  if (UNAVAILABLE.some((n) => names.has(n))) {
    return new StorageError(
      'storage-unavailable',
      'The browser does not let the extension use its database here (private window, or history set to never remember).',
      e,
    );
  }
  if (INTERRUPTED.some((n) => names.has(n))) {
    return new StorageError('internal', `The write was interrupted; nothing was saved (${detail}).`, e);
  }
  return new StorageError('internal', `Storage failed: ${detail}`, e);
}
