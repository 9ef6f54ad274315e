/**
 * What every exporter returns: the file's content (a string is written as UTF-8),
 * the name to suggest when saving it, and its MIME type. The caller makes the Blob:
 * `new Blob([file.data], { type: file.mimeType })`.
 */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array<ArrayBuffer>;
}

export interface ExportOptions {
  /** The export's time (ms since epoch): file names, zip entry times, backup `exportedAt`. Defaults to now. */
  now?: number;
}
