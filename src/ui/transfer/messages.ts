/**
 * Import and export failures in words, in the interface language: what is wrong with
 * a backup file (from BackupError's code and path), or the storage failure.
 */
import { BackupError, type BackupErrorCode } from '../../export/json-backup';
import { t } from '../../i18n';
import { errorText } from '../errors';

const BACKUP_ERROR_KEY: Record<BackupErrorCode, string> = {
  'not-json': 'transfer.error.notJson',
  'not-a-backup': 'transfer.error.notBackup',
  'newer-version': 'transfer.error.newerVersion',
  invalid: 'transfer.error.invalid',
};

/** Why a file cannot be imported, or why the import failed. */
export function importErrorText(e: unknown): string {
  if (e instanceof BackupError) return t(BACKUP_ERROR_KEY[e.code], { path: e.path ?? '?' });
  return errorText(e);
}
