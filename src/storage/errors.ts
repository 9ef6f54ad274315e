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

function errorName(e: unknown): string {
  if (typeof e !== 'object' || e === null) return '';
  const n = (e as { name?: unknown }).name;
  const inner = (e as { inner?: unknown }).inner;
  return typeof n === 'string' && n !== 'DexieError' ? n : errorName(inner);
}

/** Maps an IndexedDB/Dexie failure to a StorageError with a message a person can act on. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = errorName(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return new StorageError('quota-exceeded', 'The browser refused to store more: storage quota reached. Free space or delete saved articles.', e);
  }
  if (name === 'InvalidStateError' || name === 'MissingAPIError' || name === 'DatabaseClosedError' || name === 'OpenFailedError') {
    return new StorageError(
      'storage-unavailable',
      'The browser does not let the extension use its database here (private window, or history set to never remember).',
      e,
    );
  }
  return new StorageError('internal', `Storage failed: ${detail}`, e);
}
