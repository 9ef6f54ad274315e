/**
 * The stored form of the names: short signatures that decode to the same mentions,
 * per-article refs, and a NameIndex loaded from them (no text read again) that gives
 * exactly the groups of one built from the texts, also after incremental changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { articleNames, NameIndex, NAMES_DATA_VERSION, type NameArticle, type NameRefs } from '../../../src/names';
import { decodeMention } from '../../../src/names/mention-codec';
import { extractMentions, type Mention } from '../../../src/names/mentions';
import { sigId } from '../../../src/names/name-data';
import { articleFor, rng, toKind, type DevData } from './helpers/corpus';
import { seedArticles } from './helpers/seeds';

const dev = JSON.parse(readFileSync(join(__dirname, 'data/dev-variants.json'), 'utf8')) as DevData;

/** The seeds and every dev form (all scripts, gazetteer forms too) in sentences of its language. */
function library(): NameArticle[] {
  const r = rng(11);
  const out = seedArticles();
  dev.variants.forEach((v, g) => v.group.forEach((form, i) => out.push(articleFor(`v${g}-${i}`, form, toKind(v.kind), r))));
  dev.negatives.forEach((n, g) => n.group.forEach((form, i) => out.push(articleFor(`n${g}-${i}`, form.split(' (')[0]!, toKind(n.kind), r))));
  return out;
}

/** What a store keeps: each signature once, and each article's refs. */
function stored(articles: NameArticle[]) {
  const sigs = new Map<string, string>();
  const refs = new Map<string, NameRefs>();
  for (const a of articles) {
    const names = articleNames(a);
    for (const s of names.sigs) sigs.set(s.id, s.sig);
    refs.set(a.id, names.refs);
  }
  return { sigs, refs, lookup: (id: string) => sigs.get(id) };
}

function fromTexts(articles: NameArticle[]): NameIndex {
  const index = new NameIndex();
  for (const a of articles) index.add(a);
  return index;
}

function expectSameIndex(actual: NameIndex, expected: NameIndex, ids: string[]): void {
  expect(actual.size).toBe(expected.size);
  expect(actual.groups()).toEqual(expected.groups());
  expect(actual.relations()).toEqual(expected.relations());
  for (const id of ids) expect(actual.groupsForArticle(id), id).toEqual(expected.groupsForArticle(id));
}

const lib = library();

describe('signatures', () => {
  it('decode to the very mentions extraction made, in under a third of their plain JSON', () => {
    const mentions = new Set<Mention>(lib.flatMap((a) => extractMentions(a)));
    expect(mentions.size).toBeGreaterThan(100);
    expect([...mentions].some((m) => m.gazetteer && m.display !== undefined)).toBe(true);
    expect([...mentions].some((m) => m.person?.given?.some((g) => g.stripped))).toBe(true);
    let plain = 0;
    let short = 0;
    for (const m of mentions) {
      const back = decodeMention(m.sig);
      expect(isDeepStrictEqual(back, m), m.sig).toBe(true);
      const { sig: _sig, ...rest } = m;
      plain += JSON.stringify(rest).length;
      short += m.sig.length;
    }
    expect(short).toBeLessThan(plain / 3);
  });

  it('that are damaged or foreign decode to null', () => {
    const good = extractMentions({ lang: 'en', title: '', paragraphs: ['President Kassym-Jomart Tokayev met Maulen Ashimbayev.'] })[0]!.sig;
    expect(decodeMention(good)).not.toBeNull();
    for (const bad of ['', 'null', '{}', '[]', good.slice(0, -3), good.replace('"p"', '"x"'), good.replace(/:[A-Z]*"/, ':Q"'), '["en","",0,0,0,0]', '["en","p","en:",[0,[],0,0,[]],0,0]']) {
      expect(decodeMention(bad), bad).toBeNull();
    }
  });

  it('have ids that depend on the signature only, never on the article', () => {
    const text = { lang: 'en', title: 'Senate', paragraphs: ['Maulen Ashimbayev met observers. Ashimbayev said the Majilis agreed. Maulen Ashimbayev left.'] };
    const a = articleNames(text);
    expect(articleNames({ ...text })).toEqual(a);
    const other = articleNames({ lang: 'en', title: 'Other', paragraphs: ['Later Maulen Ashimbayev spoke.'] });
    const full = a.sigs.find((s) => decodeMention(s.sig)?.person?.given)!;
    expect(other.refs.sigs).toContain(full.id);
    expect(full.id).toBe(sigId(full.sig));
    expect(full.id).toMatch(/^[0-9a-z]{14}$/);
    // Distinct ids in text order, with how often each occurs.
    expect(new Set(a.refs.sigs).size).toBe(a.refs.sigs.length);
    expect(a.refs.counts[a.refs.sigs.indexOf(full.id)]).toBe(2);
    expect(a.refs.counts.reduce((x, y) => x + y, 0)).toBe(extractMentions(text).length);
  });
});

describe('NameIndex from stored data', () => {
  it('gives exactly the groups, relations and per-article groups of one built from the texts', () => {
    const { refs, lookup } = stored(lib);
    const loaded = new NameIndex();
    for (const a of lib) loaded.put(a.id, refs.get(a.id)!, lookup);
    expect(loaded.groups().length).toBeGreaterThan(5);
    expectSameIndex(loaded, fromTexts(lib), lib.map((a) => a.id));
  });

  it('applies saves and deletions one article at a time as a fresh build would', () => {
    const { refs, lookup } = stored(lib);
    const index = new NameIndex();
    for (const a of lib) index.put(a.id, refs.get(a.id)!, lookup);
    index.groups();
    const removed = lib.filter((_, i) => i % 3 === 0);
    for (const a of removed) index.remove(a.id);
    const edited = lib.filter((_, i) => i % 3 === 1).map((a) => ({ ...a, paragraphs: [...a.paragraphs].reverse().slice(0, 2) }));
    const changed = stored(edited);
    for (const a of edited) index.put(a.id, changed.refs.get(a.id)!, changed.lookup);
    const after = lib.filter((_, i) => i % 3 === 2).concat(edited);
    expectSameIndex(index, fromTexts(after), lib.map((a) => a.id));
  });

  it('answers one article before any full read, and agrees with a fresh build through any order of changes and reads', () => {
    const { refs, lookup } = stored(lib);
    const index = new NameIndex();
    for (const a of lib) index.put(a.id, refs.get(a.id)!, lookup);
    const current = new Map(lib.map((a) => [a.id, a]));
    let reference = fromTexts([...current.values()]);
    const r = rng(5);
    for (let step = 0; step < 60; step++) {
      const a = lib[Math.floor(r() * lib.length)]!;
      const roll = r();
      if (roll < 0.3) {
        index.remove(a.id);
        current.delete(a.id);
      } else if (roll < 0.6) {
        const edited = { ...a, paragraphs: a.paragraphs.slice(Math.floor(r() * a.paragraphs.length)) };
        const data = stored([edited]);
        index.put(a.id, data.refs.get(a.id)!, data.lookup);
        current.set(a.id, edited);
      } else {
        index.put(a.id, refs.get(a.id)!, lookup);
        current.set(a.id, a);
      }
      if (roll < 0.9) {
        reference = fromTexts([...current.values()]);
        const probe = lib[Math.floor(r() * lib.length)]!.id;
        expect(index.groupsForArticle(probe), `step ${step}: ${probe}`).toEqual(reference.groupsForArticle(probe));
      } else {
        reference = fromTexts([...current.values()]);
        expect(index.groups(), `step ${step}`).toEqual(reference.groups());
      }
    }
    expectSameIndex(index, reference, lib.map((x) => x.id));
  });

  it('refuses missing or damaged signatures and malformed refs, and keeps what it had', () => {
    const { refs, lookup } = stored(lib);
    const index = new NameIndex();
    for (const a of lib.slice(0, 20)) index.put(a.id, refs.get(a.id)!, lookup);
    const before = index.groups();
    const r = refs.get(lib[25]!.id)!;
    expect(r.sigs.length).toBeGreaterThan(0);
    expect(() => index.put(lib[25]!.id, r, () => undefined)).toThrow(/missing/);
    expect(() => index.put(lib[25]!.id, r, () => '["en"')).toThrow(/damaged/);
    expect(() => index.put(lib[0]!.id, { sigs: ['a', 'a'], counts: [1, 1] }, lookup)).toThrow(TypeError);
    expect(() => index.put(lib[0]!.id, { sigs: ['a'], counts: [0] }, lookup)).toThrow(TypeError);
    expect(() => index.put(lib[0]!.id, { sigs: ['a'] } as never, lookup)).toThrow(TypeError);
    expect(index.size).toBe(20);
    expect(index.groups()).toEqual(before);
  });

  it('round-trips through JSON holding each signature once', () => {
    const big = Array.from({ length: 20 }, (_, k) => lib.map((a) => ({ ...a, id: `${k}/${a.id}` }))).flat();
    const index = fromTexts(big);
    const state = JSON.parse(JSON.stringify(index));
    expect(state.sigs).toHaveLength(index.signatures);
    expect(index.signatures).toBe(new Set(lib.flatMap((a) => articleNames(a).refs.sigs)).size);
    expectSameIndex(NameIndex.fromJSON(state), index, big.slice(0, 50).map((a) => a.id));
  });
});

describe('NAMES_DATA_VERSION', () => {
  // A change detector, on purpose: stored name data is only recomputed when this version
  // changes. When this fails, extraction now makes other mentions of the same texts:
  // raise NAMES_DATA_VERSION in src/names/name-data.ts and record the new fingerprint
  // (only the fingerprint, when the change is to the seed texts or the dev file).
  it('names what extraction makes of the seeds and the dev forms', () => {
    const ids = [...new Set(lib.flatMap((a) => articleNames(a).refs.sigs))].sort();
    expect({ version: NAMES_DATA_VERSION, fingerprint: sigId(ids.join(',')) }).toEqual({ version: 2, fingerprint: '026ex1e0nsgm39' });
  });
});
