/** The export formats as the interface names them, and the maker a backup names when the page was not told its version. */
import type { AppInfo } from '../../export/json-backup';
import type { ExportFormat } from '../../storage/exports';
import { t } from '../../i18n';

/** For pages started without the manifest (tests): the product, version unknown. */
export const UNKNOWN_VERSION: AppInfo = { name: 'Dala Reader', version: 'unknown' };

/** A format's label; for a list, the backup is "a backup of this list". */
export function formatLabel(format: ExportFormat, scope: 'library' | 'list'): string {
  return format === 'backup' && scope === 'list' ? t('transfer.listBackup') : t(`transfer.formats.${format}`);
}
