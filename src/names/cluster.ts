/**
 * Decides which mentions name the same entity, inside one set of index buckets.
 *
 * Every mention first settles on one reading (its case ending and ambiguous letters
 * can allow several): the reading most other mentions share wins. Then:
 * - people with a first name are one entity when surname AND first-name keys are equal
 *   (the first name of a hyphenated pair decides: Kassym of Kassym-Jomart); a surname
 *   match with another first name is another person, and a feminine surname never
 *   meets a masculine one;
 * - a person written with initials joins the one entity whose first name fits them;
 * - a surname written alone joins the entity with that surname in the same article,
 *   or the only one in the library; when several people share it, it stays apart;
 * - places and bodies are one entity when their keys are equal; keys equal only once a
 *   dropped h is allowed (Mazilis) join too, and are explained with low confidence.
 */
import { initialClasses, looseKey } from './name-keys';
import type { FormPart } from './explain';
import type { KeyedText, Mention } from './mentions';

export interface Reading {
  /** One of the mentions read this way (all share its signature). */
  mention: Mention;
  display: string;
  parts: FormPart[];
  /** The article of each mention read this way (an id repeats when an article repeats the name). */
  articles: string[];
}

/** Mentions with one signature: resolved once, for all their articles. */
export interface Occurrence {
  m: Mention;
  /** The article of each occurrence (an id repeats when an article repeats the name). */
  articles: string[];
}

const bySig = (a: Occurrence, b: Occurrence) => (a.m.sig < b.m.sig ? -1 : a.m.sig > b.m.sig ? 1 : 0);

export interface Entity {
  key: string;
  readings: Reading[];
  surnameKey?: string;
  givenKey?: string;
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function initialsText(initials: string): string {
  return initials
    .split(/\s+/)
    .map((i) => `${i}.`)
    .join(' ');
}

function personReading(m: Mention, surname: KeyedText, given: KeyedText | null, articles: string[]): Reading {
  const p = m.person!;
  if (m.display !== undefined) return { mention: m, display: m.display, parts: [], articles };
  const parts: FormPart[] = [];
  const words: string[] = [];
  let g = 0;
  if (given) {
    words.push(given.text);
    for (const part of given.text.split(/[-‐‑]/)) parts.push({ role: `g${g++}`, text: part, ctx: m.ctx });
  } else if (p.initials) {
    words.push(initialsText(p.initials));
  }
  for (const rest of p.givenRest) {
    words.push(rest);
    parts.push({ role: `g${g++}`, text: rest, ctx: m.ctx });
  }
  if (p.patronymic) {
    words.push(p.patronymic);
    parts.push({ role: 'pat', text: p.patronymic.replace(/(?:ovich|evich|ovič|evič|ovna|evna|uly|ūly|ulı|ұлы|ович|евич|овна|евна|qyzy|kyzy|қызы)$/iu, ''), ctx: m.ctx });
  }
  words.push(surname.text);
  parts.push({ role: 'sur', text: surname.text, ctx: m.ctx });
  return { mention: m, display: words.join(' '), parts, articles };
}

function best<T>(items: T[], score: (t: T) => number[]): T | undefined {
  let top: T | undefined;
  let topScore: number[] = [];
  for (const it of items) {
    const s = score(it);
    let better = top === undefined;
    for (let i = 0; !better && i < s.length; i++) {
      if (s[i]! > topScore[i]!) better = true;
      else if (s[i]! < topScore[i]!) break;
    }
    if (better) {
      top = it;
      topScore = s;
    }
  }
  return top;
}

interface Choice {
  surname: KeyedText;
  sk: string;
  given: KeyedText | null;
  gk: string | null;
  rank: number;
}

function resolvePeople(occs: Occurrence[]): Entity[] {
  const supportS = new Map<string, number>();
  const supportSG = new Map<string, number>();
  const supportGiven = new Map<string, number>();
  const givenScore = (g: KeyedText | null) => Math.max(0, ...(g?.fullKeys ?? []).map((k) => supportGiven.get(k) ?? 0));
  const choices = (m: Mention): Choice[] => {
    const p = m.person!;
    const out: Choice[] = [];
    p.surname.forEach((s, si) => {
      for (const sk of s.keys) {
        // Russian declines first name and surname together: readings that agree (both stripped or neither) come first.
        if (p.given) {
          p.given.forEach((g, gi) =>
            g.keys.forEach((gk) => {
              const agree = Boolean(g.stripped) === Boolean(s.stripped) || (s.stripped === true && p.given!.length === 1);
              out.push({ surname: s, sk, given: g, gk, rank: (agree ? 100 : 0) - (si + gi) });
            }),
          );
        } else out.push({ surname: s, sk, given: null, gk: null, rank: -si });
      }
    });
    return out;
  };
  const all = occs.map((o) => ({ o, options: choices(o.m) }));
  for (const { o, options } of all) {
    const n = o.articles.length;
    for (const sk of uniq(options.map((x) => x.sk))) bump(supportS, sk, n);
    for (const sg of uniq(options.filter((x) => x.gk !== null).map((x) => `${x.sk}|${x.gk}`))) bump(supportSG, sg, n);
    for (const gk of uniq(options.flatMap((x) => x.given?.fullKeys ?? []))) bump(supportGiven, gk, n);
  }

  const entities = new Map<string, Entity>();
  const bySurname = new Map<string, Set<string>>();
  const add = (key: string, reading: Reading, sk: string, gk?: string) => {
    let e = entities.get(key);
    if (!e) {
      e = { key, readings: [], surnameKey: sk, ...(gk !== undefined ? { givenKey: gk } : {}) };
      entities.set(key, e);
    }
    e.readings.push(reading);
  };
  const index = (key: string, sk: string) => {
    let set = bySurname.get(sk);
    if (!set) bySurname.set(sk, (set = new Set()));
    set.add(key);
  };
  const articleSets = new Map<string, Set<string>>();
  const articlesOf = (key: string): Set<string> => {
    let set = articleSets.get(key);
    if (!set) articleSets.set(key, (set = new Set((entities.get(key)?.readings ?? []).flatMap((r) => r.articles))));
    return set;
  };

  // 1. People with a first name.
  const later: { o: Occurrence; options: Choice[] }[] = [];
  for (const item of all) {
    if (!item.o.m.person!.given) {
      later.push(item);
      continue;
    }
    const c = best(item.options, (x) => [supportSG.get(`${x.sk}|${x.gk}`) ?? 0, supportS.get(x.sk) ?? 0, givenScore(x.given), x.rank])!;
    const key = `p:${c.sk}|${c.gk}`;
    add(key, personReading(item.o.m, c.surname, c.given, item.o.articles), c.sk, c.gk!);
    index(key, c.sk);
  }
  const fullKeys = (sk: string) => [...(bySurname.get(sk) ?? [])];

  // 2. Initials, then 3. surnames alone.
  later.sort((a, b) => Number(a.o.m.person!.initials === null) - Number(b.o.m.person!.initials === null));
  for (const { o, options } of later) {
    const m = o.m;
    const c = best(options, (x) => [supportS.get(x.sk) ?? 0, x.rank])!;
    const initials = m.person!.initials;
    if (initials !== null) {
      const reading = personReading(m, c.surname, null, o.articles);
      const classes = initialClasses(initials.split(/\s+/)[0] ?? initials, m.ctx);
      const fits = fullKeys(c.sk).filter((k) => {
        const gk = entities.get(k)?.givenKey ?? '';
        return classes.some((cl) => gk.startsWith(cl));
      });
      if (fits.length === 1) add(fits[0]!, reading, c.sk);
      else {
        const key = `p:${c.sk}|${initials.toLowerCase()}.`;
        add(key, reading, c.sk);
        index(key, c.sk);
      }
      continue;
    }
    const candidates = fullKeys(c.sk);
    if (candidates.length <= 1) {
      add(candidates[0] ?? `p:${c.sk}|?`, personReading(m, c.surname, null, o.articles), c.sk);
      continue;
    }
    // Several people share the surname: an article that names one of them in full decides; otherwise it stays apart.
    const byTarget = new Map<string, string[]>();
    for (const a of o.articles) {
      const here = candidates.filter((k) => articlesOf(k).has(a));
      const target = here.length === 1 ? here[0]! : `p:${c.sk}|?`;
      byTarget.set(target, [...(byTarget.get(target) ?? []), a]);
    }
    for (const [target, articles] of byTarget) add(target, personReading(m, c.surname, null, articles), c.sk);
  }
  return [...entities.values()];
}

function resolveOthers(occs: Occurrence[]): Entity[] {
  const support = new Map<string, number>();
  for (const { m, articles } of occs) {
    const w = m.whole!;
    for (const k of uniq(w.flatMap((x) => x.keys))) bump(support, k, articles.length);
    for (const k of w[0]?.keys ?? []) bump(support, k, 0.5 * articles.length);
  }
  const entities = new Map<string, Entity>();
  for (const { m, articles } of occs) {
    const options = m.whole!.flatMap((t, i) => t.keys.map((k) => ({ t, k, rank: -i })));
    const c = best(options, (o) => [support.get(o.k) ?? 0, o.rank]);
    if (!c) continue;
    const key = `n:${c.k}`;
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, readings: [] }));
    const display = m.display ?? c.t.text;
    e.readings.push({ mention: m, display, parts: m.display !== undefined ? [] : [{ role: 'whole', text: c.t.text, ctx: m.ctx }], articles });
  }
  // A dropped h (Mazilis) joins the entity with the full spelling, for keys long enough to be safe.
  const byLoose = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const k = e.key.slice(2);
    if (k.length < 6) continue;
    const lk = looseKey(k);
    byLoose.set(lk, [...(byLoose.get(lk) ?? []), e]);
  }
  const size = (e: Entity) => e.readings.reduce((n, r) => n + r.articles.length, 0);
  for (const group of byLoose.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => size(b) - size(a) || a.key.localeCompare(b.key));
    const [head, ...rest] = group;
    for (const e of rest) {
      head!.readings.push(...e.readings);
      entities.delete(e.key);
    }
  }
  return [...entities.values()];
}

/** The entities named by the occurrences (one per signature) of a set of index buckets. */
export function resolveEntities(occurrences: readonly Occurrence[]): Entity[] {
  const occs = [...occurrences].sort(bySig);
  const people = occs.filter((o) => o.m.person !== null);
  const others = occs.filter((o) => o.m.person === null && o.m.whole !== null);
  return [...resolvePeople(people), ...resolveOthers(others)];
}
