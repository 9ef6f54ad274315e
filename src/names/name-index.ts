/**
 * The incremental index of names over a library. It holds each distinct mention
 * (signature) once, with the articles that write it and how often, in buckets by
 * surname key for people and loose key for places and bodies. Saving or deleting an
 * article marks only its buckets dirty; the next read recomputes the groups of those
 * buckets (and of buckets tied to them by mentions with several readings), not of the
 * whole library.
 *
 * Articles come in as text (`add`, which extracts their names) or as the stored name
 * data of name-data.ts (`put`: signature ids and counts, no text read again).
 */
import { resolveEntities, type Occurrence } from './cluster';
import { buildGroup } from './group-build';
import type { Mention } from './mentions';
import { articleMentions, isNameRefs, parseSig, type NameRefs } from './name-data';
import { buildRelations, renameHit } from './relations';
import type { NameArticle, NameRelation, VariantGroup } from './types';

interface Component {
  buckets: Set<string>;
  groups: VariantGroup[];
}

/** One distinct mention and where it is written. */
interface SigEntry {
  id: string;
  m: Mention;
  /** Article id -> how often the article writes it. */
  articles: Map<string, number>;
}

/** What `toJSON` writes and `fromJSON` reads: each signature once, and each article's refs to them. */
export interface NameIndexState {
  version: 2;
  /** [signature id, signature]. */
  sigs: [string, string][];
  articles: [string, NameRefs][];
}

/** Finds the stored signature (JSON) of an id, for `put`. */
export type SigLookup = (id: string) => string | undefined;

function assertArticle(a: unknown): asserts a is NameArticle {
  const o = a as Partial<NameArticle> | null;
  if (
    typeof o !== 'object' ||
    o === null ||
    typeof o.id !== 'string' ||
    typeof o.lang !== 'string' ||
    typeof o.title !== 'string' ||
    !Array.isArray(o.paragraphs) ||
    !o.paragraphs.every((p) => typeof p === 'string')
  ) {
    throw new TypeError('NameIndex.add: an article needs string id, lang and title and string[] paragraphs');
  }
}

function totalCount(g: VariantGroup): number {
  return Object.values(g.counts).reduce((a, b) => a + b, 0);
}

export class NameIndex {
  private readonly byArticle = new Map<string, NameRefs>();
  private readonly entries = new Map<string, SigEntry>();
  private readonly buckets = new Map<string, Set<SigEntry>>();
  private readonly renames = new Set<SigEntry>();
  private readonly componentOf = new Map<string, number>();
  private readonly components = new Map<number, Component>();
  private readonly dirty = new Set<string>();
  private nextComponent = 1;
  private flat: VariantGroup[] | null = null;

  /** Adds or replaces (same id) one article, reading its names from the text. */
  add(article: NameArticle): void {
    assertArticle(article);
    const { refs, mentions } = articleMentions(article);
    this.remove(article.id);
    this.insert(article.id, refs, refs.sigs.map((sid) => mentions.get(sid)!));
  }

  /**
   * Adds or replaces (same id) one article from its stored name data: the refs, and a
   * look-up of the signatures this index does not hold yet. Throws a TypeError, and
   * changes nothing, when the refs are malformed or a signature is missing or damaged.
   */
  put(id: string, refs: NameRefs, sigs: SigLookup): void {
    if (typeof id !== 'string' || !isNameRefs(refs) || new Set(refs.sigs).size !== refs.sigs.length) {
      throw new TypeError(`NameIndex.put: article ${String(id)} needs refs of distinct signature ids with positive counts`);
    }
    const mentions = refs.sigs.map((sid) => {
      const known = this.entries.get(sid);
      if (known) return known.m;
      const text = sigs(sid);
      const m = text === undefined ? null : parseSig(text);
      if (!m) throw new TypeError(`NameIndex.put: article ${id} refers to signature ${sid}, which is ${text === undefined ? 'missing' : 'damaged'}`);
      return m;
    });
    this.remove(id);
    this.insert(id, { sigs: [...refs.sigs], counts: [...refs.counts] }, mentions);
  }

  /** Removes one article; unknown ids are ignored. */
  remove(id: string): void {
    const refs = this.byArticle.get(id);
    if (!refs) return;
    this.byArticle.delete(id);
    for (const sid of refs.sigs) {
      const e = this.entries.get(sid);
      if (!e) continue;
      e.articles.delete(id);
      for (const b of e.m.buckets) this.dirty.add(b);
      if (e.articles.size > 0) continue;
      this.entries.delete(sid);
      this.renames.delete(e);
      for (const b of e.m.buckets) this.buckets.get(b)?.delete(e);
    }
  }

  has(id: string): boolean {
    return this.byArticle.has(id);
  }

  /** How many articles the index holds. */
  get size(): number {
    return this.byArticle.size;
  }

  /** How many distinct mentions (signatures) the index holds. */
  get signatures(): number {
    return this.entries.size;
  }

  /** Every variant group of the library (two or more spellings), most mentioned first. */
  groups(): VariantGroup[] {
    this.refresh();
    if (!this.flat) {
      const all: VariantGroup[] = [];
      for (const c of this.components.values()) all.push(...c.groups);
      this.flat = all.sort((a, b) => totalCount(b) - totalCount(a) || a.key.localeCompare(b.key));
    }
    return this.flat;
  }

  /** The groups that have a form written in this article. */
  groupsForArticle(id: string): VariantGroup[] {
    const refs = this.byArticle.get(id);
    if (!refs) return [];
    this.refreshAround([...new Set(refs.sigs.flatMap((sid) => this.entries.get(sid)?.m.buckets ?? []))]);
    const seen = new Set<number>();
    const out: VariantGroup[] = [];
    for (const sid of refs.sigs) {
      for (const b of this.entries.get(sid)?.m.buckets ?? []) {
        const c = this.componentOf.get(b);
        if (c === undefined || seen.has(c)) continue;
        seen.add(c);
        for (const g of this.components.get(c)?.groups ?? []) {
          if (Object.values(g.articles).some((ids) => ids.includes(id))) out.push(g);
        }
      }
    }
    return out;
  }

  /** Renames and other names of one place or body found in the library (Astana / Nur-Sultan), with their dates. */
  relations(): NameRelation[] {
    return buildRelations([...this.renames].map((e) => ({ m: e.m, articles: e.articles.keys() })));
  }

  toJSON(): NameIndexState {
    return {
      version: 2,
      sigs: [...this.entries.values()].map((e): [string, string] => [e.id, e.m.sig]),
      articles: [...this.byArticle.entries()],
    };
  }

  /** An index from `toJSON`'s state; a TypeError for anything else. */
  static fromJSON(state: NameIndexState): NameIndex {
    if (state?.version !== 2 || !Array.isArray(state.sigs) || !Array.isArray(state.articles)) {
      throw new TypeError('NameIndex.fromJSON: not a version 2 state');
    }
    const sigs = new Map(state.sigs);
    const index = new NameIndex();
    for (const [id, refs] of state.articles) index.put(id, refs, (sid) => sigs.get(sid));
    return index;
  }

  private insert(id: string, refs: NameRefs, mentions: readonly Mention[]): void {
    this.byArticle.set(id, refs);
    refs.sigs.forEach((sid, i) => {
      let e = this.entries.get(sid);
      if (!e) {
        e = { id: sid, m: mentions[i]!, articles: new Map() };
        this.entries.set(sid, e);
        if (renameHit(e.m)) this.renames.add(e);
        for (const b of e.m.buckets) {
          let set = this.buckets.get(b);
          if (!set) this.buckets.set(b, (set = new Set()));
          set.add(e);
        }
      }
      e.articles.set(id, refs.counts[i]!);
      for (const b of e.m.buckets) this.dirty.add(b);
    });
  }

  /** Recomputes every component touched since the last read. */
  private refresh(): void {
    if (this.dirty.size === 0) return;
    const seeds = this.invalidate(this.dirty);
    this.dirty.clear();
    for (const seed of seeds) if (!this.componentOf.has(seed)) this.build(seed);
  }

  /**
   * Recomputes only the components that hold these buckets (what one article's groups
   * need), leaving the rest of the touched buckets for the next full read.
   */
  private refreshAround(buckets: readonly string[]): void {
    if (this.dirty.size === 0) return;
    const reach = this.reach(buckets);
    if (![...reach].some((b) => this.dirty.has(b))) return;
    for (const b of this.invalidate(reach)) {
      if (reach.has(b)) this.dirty.delete(b);
      else this.dirty.add(b);
    }
    for (const seed of reach) if (!this.componentOf.has(seed)) this.build(seed);
  }

  /** The buckets tied to these by mentions, as the index is now. */
  private reach(from: readonly string[]): Set<string> {
    const seen = new Set(from);
    const queue = [...from];
    while (queue.length > 0) {
      for (const e of this.buckets.get(queue.pop()!) ?? []) {
        for (const other of e.m.buckets) {
          if (seen.has(other)) continue;
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return seen;
  }

  /** Drops the components of these buckets; returns every bucket left without a component. */
  private invalidate(buckets: Iterable<string>): Set<string> {
    const seeds = new Set(buckets);
    for (const b of [...seeds]) {
      const c = this.componentOf.get(b);
      if (c === undefined) continue;
      const comp = this.components.get(c);
      if (comp) for (const other of comp.buckets) seeds.add(other);
      this.components.delete(c);
    }
    for (const b of seeds) this.componentOf.delete(b);
    this.flat = null;
    return seeds;
  }

  /** Builds the component of a bucket and its groups (none when no mention is left in it). */
  private build(seed: string): void {
    const first = this.buckets.get(seed);
    if (!first || first.size === 0) {
      this.buckets.delete(seed);
      return;
    }
    const id = this.nextComponent++;
    const bucketSet = this.reach([seed]);
    const members = new Set<SigEntry>();
    for (const b of bucketSet) {
      this.componentOf.set(b, id);
      for (const e of this.buckets.get(b) ?? []) members.add(e);
    }
    const groups: VariantGroup[] = [];
    for (const e of resolveEntities([...members].map(occurrence))) {
      const g = buildGroup(e);
      if (g) groups.push(g);
    }
    this.components.set(id, { buckets: bucketSet, groups });
  }
}

/** A signature with the article of each of its occurrences. */
function occurrence(e: SigEntry): Occurrence {
  const articles: string[] = [];
  for (const [a, n] of e.articles) for (let i = 0; i < n; i++) articles.push(a);
  return { m: e.m, articles };
}
