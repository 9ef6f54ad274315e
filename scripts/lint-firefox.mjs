#!/usr/bin/env node
/**
 * `npm run lint:firefox`: web-ext lint (Mozilla's addons-linter, as AMO runs it) on the Firefox
 * build. Fails on any error and on any warning, except Preact's own UNSAFE_VAR_ASSIGNMENT: the
 * `dom.innerHTML = props.dangerouslySetInnerHTML.__html` line of its runtime, which the linter
 * cannot tell apart from a real innerHTML write. Each exemption is checked at the flagged
 * line and column, so an innerHTML write anywhere else still fails. The full JSON report is
 * saved to test-results/web-ext-lint.json.
 *
 *   node scripts/lint-firefox.mjs [source dir, default .output/firefox-mv2]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.resolve(repoRoot, process.argv[2] ?? '.output/firefox-mv2');
const reportFile = path.join(repoRoot, 'test-results', 'web-ext-lint.json');

/** Preact's runtime applying dangerouslySetInnerHTML: `<dom>.innerHTML=<props>.__html`. */
const PREACT_INNER_HTML = /^[\w$.]+\.innerHTML\s*=\s*[\w$.]+\.__html\b/;

/** True when a warning is Preact's own innerHTML write, judged by the code at its line and column. */
function isPreactInnerHtml(message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line || !message.column) return false;
  const file = path.join(sourceDir, message.file);
  if (!existsSync(file)) return false;
  const line = readFileSync(file, 'utf8').split('\n')[message.line - 1] ?? '';
  return PREACT_INNER_HTML.test(line.slice(message.column - 1));
}

function describe(message) {
  const where = message.file ? ` ${message.file}${message.line ? `:${message.line}${message.column ? `:${message.column}` : ''}` : ''}` : '';
  const detail = message.description ? `\n      ${String(message.description).replace(/\s+/g, ' ').trim()}` : '';
  return `${message.code}${where}: ${message.message}${detail}`;
}

if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no Firefox build at ${sourceDir} (run npm run build first)`);
  process.exit(1);
}

let report;
try {
  report = await webExt.cmd.lint(
    { sourceDir, output: 'none', selfHosted: false, warningsAsErrors: false, boring: true, pretty: false },
    { shouldExitProgram: false },
  );
} catch (err) {
  console.error(`lint-firefox: web-ext lint could not run on ${sourceDir}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
if (!report || !Array.isArray(report.errors) || !Array.isArray(report.warnings)) {
  console.error('lint-firefox: web-ext lint returned no report');
  process.exit(1);
}
mkdirSync(path.dirname(reportFile), { recursive: true });
writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');

const allowed = report.warnings.filter(isPreactInnerHtml);
const failing = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w))];
const rel = path.relative(repoRoot, sourceDir) || sourceDir;
console.log(
  `lint-firefox: web-ext lint ${rel}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices?.length ?? 0} notices` +
    ` (report: ${path.relative(repoRoot, reportFile)})`,
);
for (const w of allowed) console.log(`  allowed (Preact's own dangerouslySetInnerHTML): ${describe(w)}`);
for (const n of report.notices ?? []) console.log(`  notice: ${describe(n)}`);
for (const m of failing) console.log(`  ${m._type === 'error' ? 'ERROR' : 'WARNING'}: ${describe(m)}`);
if (failing.length > 0) {
  console.log(`lint-firefox: FAILED: ${failing.length} error(s)/warning(s) besides Preact's own UNSAFE_VAR_ASSIGNMENT`);
  process.exit(1);
}
console.log('lint-firefox: OK');
