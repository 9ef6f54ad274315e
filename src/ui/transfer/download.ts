/**
 * Handing a file to the person: a Blob behind an object URL, clicked through an
 * <a download> (no downloads permission needed). The URL is revoked once the browser
 * has had time to start the download (revoking at once can cancel it in Firefox).
 */
import type { ExportFile } from '../../export/types';

export const REVOKE_AFTER_MS = 30_000;

export function downloadFile(file: ExportFile, doc: Document = document, revokeAfterMs = REVOKE_AFTER_MS): void {
  const url = URL.createObjectURL(new Blob([file.data], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}
