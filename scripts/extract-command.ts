/**
 * The maintainer command's logic, apart from process handling so it can be tested:
 * `extract -- --url <url> <file.html>` parses the file with linkedom and runs exactly the
 * extension's `extract()`. Unreadable input gives a clear message and a non-zero exit code.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extract } from '../src/extraction/extract';

export const USAGE = 'usage: npm run --silent extract -- --url <page URL> <file.html>';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

const fail = (message: string): CommandResult => ({ code: 1, stdout: '', stderr: `extract: ${message}\n${USAGE}\n` });

interface Args {
  url: string;
  file: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return 'missing value after --url';
      url = v;
      i++;
    } else if (a.startsWith('--url=')) {
      url = a.slice('--url='.length);
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else {
      files.push(a);
    }
  }
  if (url === null) return 'missing --url <page URL> (the page\'s real address decides site, edition and page kind)';
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return `--url must be an http(s) URL, got ${url}`;
  } catch {
    return `--url is not a valid URL: ${url}`;
  }
  if (files.length === 0) return 'missing the HTML file to read';
  if (files.length > 1) return `one HTML file at a time, got ${files.length}: ${files.join(', ')}`;
  return { url, file: files[0]! };
}

/** Why `text` cannot be an HTML page, or null when it can. */
function notHtmlReason(text: string): string | null {
  if (text.trim() === '') return 'the file is empty';
  if (text.includes('\u0000')) return 'the file is binary, not HTML';
  if (!/<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title)\b/i.test(text)) return 'the file does not look like HTML (no <html>, <body> or block elements)';
  return null;
}

/** Run the command on already-split arguments (without `node` and the script path). */
export function runExtractCommand(argv: readonly string[]): CommandResult {
  if (argv.includes('--help') || argv.includes('-h')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const args = parseArgs(argv);
  if (typeof args === 'string') return fail(args);
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    return fail(`cannot read ${args.file}: ${why}`);
  }
  text = text.replace(/^\uFEFF/, '');
  const notHtml = notHtmlReason(text);
  if (notHtml) return fail(`${args.file}: ${notHtml}`);
  const { document } = parseHTML(text);
  const result = extract(document as unknown as Document, args.url);
  return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
}
