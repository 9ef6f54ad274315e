/**
 * Names bench rows:
 * - `notes precision` / `notes recall`: spelling pairs of the dev set (tests/unit/names/data/
 *   dev-variants.json: variant groups and hard negatives), each form set in generated
 *   sentences of its language inside a library of 10,000 generated articles. A pair is two
 *   distinct dev spellings in one group; the truth is the dev file's grouping. Only forms
 *   in Latin, Cyrillic and Armenian letters count: Chinese, Arabic and Korean forms join
 *   only through the shipped gazetteer, which lists the dev file's own forms.
 *   Peer, measured in the same run: Jaro-Winkler >= 0.9 between the lower-cased,
 *   diacritic-stripped forms, given the forms (no span finding, no inflection).
 * - `notes full 10k`: building the index over the 10,000 articles and reading all groups.
 * - `notes incremental`: saving one more article into that library and reading its groups
 *   (median of 25); peer: recomputing the whole library (findVariantGroups) once.
 * - `notes load 10k`: what a popup or a woken service worker does: loadNameIndex over the
 *   stored name data of 10,000 articles (scripts/bench/generate.ts, seed 3: name-dense
 *   news texts), through Dexie on fake-indexeddb in Node, then all groups. The data is
 *   written by the store's own writeNames; the articles table holds the ids only (a load
 *   reads only its keys). Peer: building the index from the 10,000 texts, as before.
 * - `notes storage 10k`: the stored name data of that library (signature and refs rows,
 *   as JSON, UTF-8); peer: the version 1 state (NameIndex.toJSON: every mention of every
 *   article in full, with its signature), rebuilt from the same mentions.
 * - `notes load 10k (varied names)` and `notes storage 10k (varied names)`: the same on
 *   the precision library above, whose filler names make 16,000+ distinct mentions.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findVariantGroups, NameIndex, spellingId } from '../../src/names';
import type { NameArticle, VariantGroup } from '../../src/names';
import { extractMentions, forgetMentions } from '../../src/names/mentions';
import { articleNames } from '../../src/names/name-data';
import { openDatabase, type StoredArticle } from '../../src/storage/db';
import { nameTables, writeNames } from '../../src/storage/name-writes';
import { loadNameIndex } from '../../src/storage/names-store';
import { generateArticles } from './lib/generate';
import { articleFor, formLang, formScript, negativeForms, pick, rng, sentencesFor, toKind, type DevData } from '../../tests/unit/names/helpers/corpus';
import type { BenchRow } from './row';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LIBRARY_SIZE = 10_000;
const READ_BY_RULES = new Set(['Latn', 'Cyrl', 'Armn']);

interface DevForm {
  form: string;
  kind: string;
  /** Entity id: variant group index, or a negative's own id. */
  entity: string;
}

function devForms(dev: DevData): DevForm[] {
  const out = new Map<string, DevForm>();
  dev.variants.forEach((v, g) => {
    for (const form of v.group) if (READ_BY_RULES.has(formScript(form))) out.set(spellingId(form), { form, kind: v.kind, entity: `v${g}` });
  });
  dev.negatives.forEach((n, g) => {
    n.group.forEach((entry, e) => {
      for (const form of negativeForms(entry)) {
        if (!READ_BY_RULES.has(formScript(form)) || out.has(spellingId(form))) continue;
        out.set(spellingId(form), { form, kind: n.kind, entity: `n${g}-${e}` });
      }
    });
  });
  return [...out.values()];
}

// Filler people: generated Kazakh names written in Latin (English), Russian Cyrillic and Kazakh Cyrillic.
const SYLLABLES: [string, string, string][] = [
  ['Bek', 'Бек', 'Бек'], ['Tas', 'Тас', 'Тас'], ['Nur', 'Нур', 'Нұр'], ['Zhan', 'Жан', 'Жан'], ['Sar', 'Сар', 'Сар'],
  ['Kul', 'Кул', 'Құл'], ['Ait', 'Аит', 'Айт'], ['Mukh', 'Мух', 'Мұх'], ['Ser', 'Сер', 'Сер'], ['Dos', 'Дос', 'Дос'],
  ['Tur', 'Тур', 'Тұр'], ['Bai', 'Бай', 'Бай'], ['Erk', 'Ерк', 'Ерк'], ['Tol', 'Тол', 'Тол'], ['Ras', 'Рас', 'Рас'],
  ['Mar', 'Мар', 'Мар'], ['Kair', 'Каир', 'Қайр'], ['Dau', 'Дау', 'Дәу'], ['Ul', 'Ул', 'Ұл'], ['Sag', 'Саг', 'Сағ'],
];
const GIVEN: [string, string, string][] = [
  ['Arman', 'Арман', 'Арман'], ['Dauren', 'Даурен', 'Дәурен'], ['Askar', 'Аскар', 'Асқар'], ['Gulnara', 'Гульнара', 'Гүлнара'],
  ['Timur', 'Тимур', 'Тимур'], ['Madina', 'Мадина', 'Мадина'], ['Bolat', 'Болат', 'Болат'], ['Aizhan', 'Айжан', 'Айжан'],
];

function fillerName(r: () => number, lang: string): string {
  const script = lang === 'ru' ? 1 : lang === 'kk' ? 2 : 0;
  const a = pick(r, SYLLABLES);
  const b = pick(r, SYLLABLES);
  const g = pick(r, GIVEN);
  const end = script === 0 ? pick(r, ['ov', 'ev', 'in']) : pick(r, ['ов', 'ев', 'ин']);
  const stem = script === 0 ? a[0] + b[0].toLowerCase() : a[script]! + b[script]!.toLowerCase();
  return `${g[script]} ${stem}${end}`;
}

export function buildLibrary(dev: DevData, size: number): { articles: NameArticle[]; embedded: Map<string, DevForm> } {
  const r = rng(424242);
  const forms = devForms(dev);
  const articles: NameArticle[] = [];
  const embedded = new Map<string, DevForm>();
  for (let i = 0; i < size; i++) {
    const id = `b${i}`;
    const f = forms[i % forms.length]!;
    const base = articleFor(id, f.form, toKind(f.kind), r);
    const lang = base.lang;
    const fillerLang = lang === 'ru' || lang === 'kk' ? lang : 'en';
    const filler = Array.from({ length: 2 }, () => fillerName(r, fillerLang));
    const extra = filler.flatMap((n) => sentencesFor(n, 'person', fillerLang === lang ? lang : formLang(n), r, 1));
    articles.push({ ...base, paragraphs: [...base.paragraphs, extra.join(' ')] });
    embedded.set(id, f);
  }
  return { articles, embedded };
}

const lastWord = (s: string) => spellingId(s.split(/\s+/).pop() ?? s);

/** Dev forms each group holds: listed as a form, or written in one of its articles and counted under a longer form with the same last word. */
function predictedPairs(groups: VariantGroup[], embedded: Map<string, DevForm>): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups) {
    const ids = new Set(g.forms.map(spellingId));
    const lasts = new Set(g.forms.map(lastWord));
    const members = new Set<string>();
    for (const [form, articleIds] of Object.entries(g.articles)) {
      void form;
      for (const a of articleIds) {
        const d = embedded.get(a);
        if (!d) continue;
        if (ids.has(spellingId(d.form)) || (!d.form.includes(' ') && lasts.has(lastWord(d.form)))) members.add(spellingId(d.form));
      }
    }
    const list = [...members].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}\u0001${list[j]}`);
  }
  return pairs;
}

function goldPairs(forms: DevForm[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < forms.length; j++) {
      if (forms[i]!.entity !== forms[j]!.entity) continue;
      const [a, b] = [spellingId(forms[i]!.form), spellingId(forms[j]!.form)].sort();
      pairs.add(`${a}\u0001${b}`);
    }
  }
  return pairs;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(lb, i + window + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const plainFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function peerPairs(forms: DevForm[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < forms.length; j++) {
      if (jaroWinkler(plainFold(forms[i]!.form), plainFold(forms[j]!.form)) < 0.9) continue;
      const [a, b] = [spellingId(forms[i]!.form), spellingId(forms[j]!.form)].sort();
      pairs.add(`${a}\u0001${b}`);
    }
  }
  return pairs;
}

function score(pred: Set<string>, gold: Set<string>): { precision: number; recall: number } {
  let hit = 0;
  for (const p of pred) if (gold.has(p)) hit++;
  return { precision: pred.size ? hit / pred.size : 1, recall: gold.size ? hit / gold.size : 1 };
}

type Text = Pick<NameArticle, 'lang' | 'title' | 'paragraphs'>;

/** Bytes of the version 1 state (toJSON of the old NameIndex): per article every mention in full, with its article id and its signature, the mention's JSON. */
function version1StateBytes(articles: Text[]): number {
  const perMention = new Map<object, number>();
  let bytes = '{"version":1,"articles":[]}'.length;
  articles.forEach((a, i) => {
    const id = String(i + 1);
    const mentions = extractMentions(a);
    bytes += id.length + 6 + Math.max(0, mentions.length - 1);
    for (const m of mentions) {
      let n = perMention.get(m);
      if (n === undefined) {
        const { sig: _compact, ...rest } = m;
        n = Buffer.byteLength(JSON.stringify({ articleId: '', ...rest, sig: JSON.stringify(rest) }));
        perMention.set(m, n);
      }
      bytes += n + id.length;
    }
  });
  return bytes;
}

/**
 * Stores the name data of a library (as saving its articles would) in a fresh database
 * on fake-indexeddb, then times loadNameIndex + groups() on a new connection.
 */
async function storedLoad(articles: Text[]): Promise<{ ms: number; bytes: number; groups: number }> {
  const deps = Dexie.dependencies;
  const real = { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange };
  deps.indexedDB = indexedDB;
  deps.IDBKeyRange = IDBKeyRange;
  const name = `names-bench-${process.pid}-${articles.length}`;
  try {
    const db = openDatabase(name);
    const computed = articles.map((a, i) => [i + 1, articleNames(a)] as const);
    await db.transaction('rw', [db.articles, ...nameTables(db)], async () => {
      await db.articles.bulkAdd(articles.map((_, i) => ({ id: i + 1 }) as StoredArticle));
      await writeNames(db, computed);
    });
    const rows = [...(await db.nameSigs.toArray()), ...(await db.nameRefs.toArray())];
    const bytes = rows.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0);
    db.close();

    const reader = openDatabase(name);
    const t0 = performance.now();
    const index = await loadNameIndex(reader);
    const groups = index.groups().length;
    const ms = performance.now() - t0;
    reader.close();
    if (index.size !== articles.length) throw new Error(`loaded ${index.size} articles of ${articles.length}`);
    return { ms, bytes, groups };
  } finally {
    await Dexie.delete(name);
    Object.assign(deps, real);
  }
}

/** The index built from the texts, from cold (a page just opened has built no mention yet). */
function rebuiltGroups(articles: Text[]): { ms: number; groups: number } {
  forgetMentions();
  const t0 = performance.now();
  const index = new NameIndex();
  articles.forEach((a, i) => index.add({ ...a, id: String(i + 1) }));
  const groups = index.groups().length;
  return { ms: performance.now() - t0, groups };
}

async function persistedRows(articles: Text[], label: string, what: string): Promise<BenchRow[]> {
  const stored = await storedLoad(articles);
  const rebuilt = rebuiltGroups(articles);
  if (stored.groups !== rebuilt.groups) throw new Error(`${label}: ${stored.groups} groups loaded, ${rebuilt.groups} rebuilt`);
  const mb = (b: number) => round(b / 1e6, 2);
  return [
    { metric: `notes load 10k${label}`, ours: Math.round(stored.ms), peer: Math.round(rebuilt.ms), peerName: `building the index from the 10,000 texts (${what})`, unit: 'ms' },
    { metric: `notes storage 10k${label}`, ours: mb(stored.bytes), peer: mb(version1StateBytes(articles)), peerName: 'version 1 state (every mention in full, per article)', unit: 'MB (JSON, UTF-8)' },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(): Promise<BenchRow[]> {
  const dev = JSON.parse(readFileSync(join(root, 'tests/unit/names/data/dev-variants.json'), 'utf8')) as DevData;
  const forms = devForms(dev);
  const { articles, embedded } = buildLibrary(dev, LIBRARY_SIZE);

  const t0 = performance.now();
  const index = new NameIndex();
  for (const a of articles) index.add(a);
  const groups = index.groups();
  const full = performance.now() - t0;

  const gold = goldPairs(forms);
  const predicted = predictedPairs(groups, embedded);
  const ours = score(predicted, gold);
  if (process.env.NAMES_BENCH_DEBUG) {
    for (const g of gold) if (!predicted.has(g)) console.error('missed', g.replace('\u0001', ' / '));
    for (const p of predicted) if (!gold.has(p)) console.error('wrong', p.replace('\u0001', ' / '));
  }
  const peer = score(peerPairs(forms), gold);

  const r = rng(99);
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const f = forms[Math.floor(r() * forms.length)]!;
    const extra = articleFor(`new${i}`, f.form, toKind(f.kind), r);
    const s = performance.now();
    index.add(extra);
    index.groupsForArticle(extra.id);
    times.push(performance.now() - s);
  }
  const s = performance.now();
  findVariantGroups([...articles, articleFor('new-full', forms[0]!.form, toKind(forms[0]!.kind), r)]);
  const recompute = performance.now() - s;

  const peerName = 'Jaro-Winkler >= 0.9 on lower-cased, diacritic-stripped forms (given the forms)';
  const generated = generateArticles(LIBRARY_SIZE, 3).map((a) => ({ lang: a.lang, title: a.title, paragraphs: a.lead ? [a.lead, ...a.paragraphs] : a.paragraphs }));
  const persisted = [...(await persistedRows(generated, '', 'generate.ts, seed 3')), ...(await persistedRows(articles, ' (varied names)', 'the precision library'))];
  return [
    { metric: 'notes precision', ours: round(ours.precision), peer: round(peer.precision), peerName, unit: 'fraction of pairs' },
    { metric: 'notes recall', ours: round(ours.recall), peer: round(peer.recall), peerName, unit: 'fraction of pairs' },
    { metric: 'notes full 10k', ours: Math.round(full), peer: null, peerName: null, unit: 'ms' },
    { metric: 'notes incremental', ours: round(median(times), 2), peer: Math.round(recompute), peerName: 'full recomputation of 10,001 articles', unit: 'ms' },
    ...persisted,
  ];
}
