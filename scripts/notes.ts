/**
 * `npm run --silent notes -- <articles.json>`: reads [{ "id", "lang", "title", "paragraphs": [..] }]
 * and prints { "groups": [ { "kind", "forms", "articles", "notes": [ { "rule", "text" } ] } ],
 * "relations": [...] } — the spelling variants found across the articles, each
 * difference explained by its romanization rule, and the renames (Astana / Nur-Sultan)
 * found, with their dates. Bad input: a message on stderr and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { NameIndex, type NameArticle } from '../src/names';

function fail(message: string): never {
  process.stderr.write(`notes: ${message}\n`);
  process.exit(1);
}

function readArticles(path: string): NameArticle[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(`${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(data)) fail(`${path}: expected an array of articles [{ "id", "lang", "title", "paragraphs": [..] }]`);
  const ids = new Set<string>();
  data.forEach((a: unknown, i: number) => {
    const o = a as Record<string, unknown> | null;
    const where = `${path}: article ${i}`;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) fail(`${where} is not an object`);
    for (const field of ['id', 'lang', 'title'] as const) {
      if (typeof o[field] !== 'string') fail(`${where}: "${field}" must be a string`);
    }
    const paragraphs = o.paragraphs;
    if (!Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) {
      fail(`${where}: "paragraphs" must be an array of strings`);
    }
    const id = o.id as string;
    if (ids.has(id)) fail(`${where}: duplicate id "${id}"`);
    ids.add(id);
  });
  return data as NameArticle[];
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1) fail('usage: npm run --silent notes -- <articles.json>');
const articles = readArticles(args[0]!);
const index = new NameIndex();
for (const a of articles) index.add(a);
const groups = index.groups().map((g) => ({
  kind: g.kind,
  forms: g.forms,
  articles: g.articles,
  notes: g.notes.map((n) => ({ rule: n.rule, text: n.text, confidence: n.confidence })),
}));
process.stdout.write(`${JSON.stringify({ groups, relations: index.relations() }, null, 2)}\n`);
