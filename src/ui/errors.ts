/**
 * Failures in words a person can act on, in the interface language.
 */
import { t } from '../i18n';
import { toStorageError } from '../storage/errors';

/** A storage (or any) failure as a sentence: quota reached, database unavailable, or what went wrong. */
export function errorText(e: unknown): string {
  const err = toStorageError(e);
  switch (err.code) {
    case 'quota-exceeded':
      return t('errors.quota');
    case 'storage-unavailable':
      return t('errors.unavailable');
    default:
      return t('errors.internal', { error: err.message });
  }
}
