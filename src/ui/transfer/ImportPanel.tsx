/**
 * Importing a JSON backup: the file is read and checked whole first (readBackup) and
 * described (articles, when and by what it was exported); the import itself merges it
 * in one transaction and reports what it did. A file that is not a valid backup, or a
 * failing database, changes nothing, and the page says so.
 */
import { useState } from 'preact/hooks';
import { readBackup, type CheckedBackup } from '../../export/json-backup';
import { importBackup, type ImportReport } from '../../storage/backup';
import type { DalaDatabase } from '../../storage/db';
import { t } from '../../i18n';
import { formatMoment, formatNumber } from '../format';
import { importErrorText } from './messages';

interface Props {
  db: DalaDatabase;
  /** Called after an import that replaced the settings. */
  onSettingsImported?(): void;
}

interface Picked {
  name: string;
  backup: CheckedBackup;
}

export function ImportPanel({ db, onSettingsImported }: Props) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [withSettings, setWithSettings] = useState(false);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Emptied at once (the preview names the file), so choosing the same file again is a change too.
    input.value = '';
    setPicked(null);
    setReport(null);
    setProblem(null);
    if (!file) return;
    setBusy('reading');
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        setProblem(t('transfer.readFailed', { error: e instanceof Error ? e.message : String(e) }));
        return;
      }
      setPicked({ name: file.name, backup: readBackup(text) });
    } catch (e) {
      setProblem(importErrorText(e));
    } finally {
      setBusy(null);
    }
  };

  const run = async () => {
    if (!picked) return;
    setBusy('importing');
    setProblem(null);
    try {
      const r = await importBackup(db, picked.backup, { importSettings: withSettings });
      setReport(r);
      setPicked(null);
      if (r.settingsImported) onSettingsImported?.();
    } catch (e) {
      setProblem(importErrorText(e));
    } finally {
      setBusy(null);
    }
  };

  const exportedAt = picked ? Date.parse(picked.backup.exportedAt) : NaN;
  return (
    <div class="import-panel">
      <label>
        <span>{t('transfer.importFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={busy !== null}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {busy === 'reading' && <p class="status">{t('transfer.reading')}</p>}
      {picked && (
        <div class="import-preview" data-testid="import-preview">
          <dl class="facts">
            <dt>{t('transfer.previewFile')}</dt>
            <dd>{picked.name}</dd>
            <dt>{t('transfer.previewArticles')}</dt>
            <dd data-testid="import-preview-count">{formatNumber(picked.backup.articles.length)}</dd>
            <dt>{t('transfer.previewExported')}</dt>
            <dd>{Number.isNaN(exportedAt) ? picked.backup.exportedAt : formatMoment(exportedAt)}</dd>
            <dt>{t('transfer.previewApp')}</dt>
            <dd>
              {picked.backup.app.name} {picked.backup.app.version}
            </dd>
          </dl>
          <label>
            <input
              type="checkbox"
              data-testid="import-settings"
              checked={withSettings}
              disabled={busy !== null}
              onChange={(e) => setWithSettings(e.currentTarget.checked)}
            />
            {t('transfer.importSettings')}
          </label>
          <button type="button" data-testid="import-confirm" disabled={busy !== null} aria-busy={busy === 'importing'} onClick={() => void run()}>
            {busy === 'importing' ? t('transfer.importing') : t('transfer.importConfirm')}
          </button>
        </div>
      )}
      {report && (
        <p class="status" role="status" data-testid="import-result">
          {t('transfer.result', {
            added: formatNumber(report.added),
            updated: formatNumber(report.updated),
            unchanged: formatNumber(report.unchanged),
            skipped: formatNumber(report.skipped),
          })}
          {report.settingsImported && ` ${t('transfer.resultSettings')}`}
        </p>
      )}
      {problem && (
        <p class="error" role="alert" data-testid="import-error">
          {problem} {t('transfer.nothingChanged')}
        </p>
      )}
    </div>
  );
}
