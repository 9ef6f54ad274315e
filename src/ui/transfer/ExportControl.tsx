/**
 * "Export" with a choice of format: the library on the settings page, the current
 * list in the library tab. The file is made by `run` and handed to `download`.
 */
import { useState } from 'preact/hooks';
import type { ExportFile } from '../../export/types';
import type { ExportFormat, Exported } from '../../storage/exports';
import { t } from '../../i18n';
import { errorText } from '../errors';
import { formatNumber } from '../format';
import { downloadFile } from './download';

interface Props {
  formats: readonly ExportFormat[];
  /** The label of each format, in the interface language. */
  label(format: ExportFormat): string;
  /** The button's text and test id. */
  action: string;
  testid: string;
  disabled?: boolean;
  run(format: ExportFormat): Promise<Exported>;
  download?(file: ExportFile): void;
}

export function ExportControl(p: Props) {
  const [format, setFormat] = useState<ExportFormat>(p.formats[0] ?? 'csv');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const go = async () => {
    setBusy(true);
    setStatus(null);
    setProblem(null);
    try {
      const { file, count } = await p.run(format);
      (p.download ?? downloadFile)(file);
      setStatus(t('transfer.exported', { n: formatNumber(count), file: file.fileName }));
    } catch (e) {
      setProblem(t('transfer.exportFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-control">
      <label>
        <span>{t('transfer.format')}</span>
        <select data-testid="export-format" value={format} disabled={busy} onChange={(e) => {
            const v = e.currentTarget.value;
            setFormat(p.formats.find((f) => f === v) ?? format);
          }}>
          {p.formats.map((f) => (
            <option key={f} value={f}>
              {p.label(f)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid={p.testid} disabled={busy || p.disabled} aria-busy={busy} onClick={() => void go()}>
        {busy ? t('transfer.exporting') : p.action}
      </button>
      {status && (
        <p class="status" role="status" data-testid="export-status">
          {status}
        </p>
      )}
      {problem && (
        <p class="error" role="alert" data-testid="export-error">
          {problem}
        </p>
      )}
    </div>
  );
}
