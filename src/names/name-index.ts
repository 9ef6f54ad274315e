/**
 * The incremental index of names over a library. Mentions are kept per article and
 * per bucket (surname key for people, loose key for places and bodies). Saving or
 * deleting an article marks only its buckets dirty; the next read recomputes the
 * groups of those buckets (and of buckets tied to them by mentions with several
 * readings), not of the whole library.
 */
import { resolveEntities } from './cluster';
import { buildGroup } from './group-build';
import { extractMentions, type Mention } from './mentions';
import { buildRelations, renameHit } from './relations';
import type { NameArticle, NameRelation, VariantGroup } from './types';

interface Component {
  buckets: Set<string>;
  groups: VariantGroup[];
}

/** What `toJSON` writes and `fromJSON` reads: the mentions of each article. */
export interface NameIndexState {
  version: 1;
  articles: [string, Mention[]][];
}

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
  private readonly byArticle = new Map<string, Mention[]>();
  private readonly buckets = new Map<string, Set<Mention>>();
  private readonly componentOf = new Map<string, number>();
  private readonly components = new Map<number, Component>();
  private readonly renameMentions = new Set<Mention>();
  private readonly dirty = new Set<string>();
  private nextComponent = 1;
  private flat: VariantGroup[] | null = null;

  /** Adds or replaces (same id) one article. */
  add(article: NameArticle): void {
    assertArticle(article);
    this.remove(article.id);
    this.insert(article.id, extractMentions(article));
  }

  /** Removes one article; unknown ids are ignored. */
  remove(id: string): void {
    const mentions = this.byArticle.get(id);
    if (!mentions) return;
    this.byArticle.delete(id);
    for (const m of mentions) {
      this.renameMentions.delete(m);
      for (const b of m.buckets) {
        this.buckets.get(b)?.delete(m);
        this.dirty.add(b);
      }
    }
  }

  has(id: string): boolean {
    return this.byArticle.has(id);
  }

  get size(): number {
    return this.byArticle.size;
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
    this.refresh();
    const mentions = this.byArticle.get(id);
    if (!mentions) return [];
    const seen = new Set<number>();
    const out: VariantGroup[] = [];
    for (const m of mentions) {
      for (const b of m.buckets) {
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
    return buildRelations(this.renameMentions);
  }

  toJSON(): NameIndexState {
    return { version: 1, articles: [...this.byArticle.entries()] };
  }

  static fromJSON(state: NameIndexState): NameIndex {
    if (state?.version !== 1 || !Array.isArray(state.articles)) throw new TypeError('NameIndex.fromJSON: not a version 1 state');
    const index = new NameIndex();
    for (const [id, mentions] of state.articles) index.insert(id, mentions);
    return index;
  }

  private insert(id: string, mentions: Mention[]): void {
    this.byArticle.set(id, mentions);
    for (const m of mentions) {
      if (renameHit(m)) this.renameMentions.add(m);
      for (const b of m.buckets) {
        let set = this.buckets.get(b);
        if (!set) this.buckets.set(b, (set = new Set()));
        set.add(m);
        this.dirty.add(b);
      }
    }
  }

  /** Recomputes the components touched since the last read. */
  private refresh(): void {
    if (this.dirty.size === 0) return;
    const seeds = new Set(this.dirty);
    this.dirty.clear();
    for (const b of [...seeds]) {
      const c = this.componentOf.get(b);
      if (c === undefined) continue;
      const comp = this.components.get(c);
      if (comp) for (const other of comp.buckets) seeds.add(other);
      this.components.delete(c);
    }
    for (const b of seeds) this.componentOf.delete(b);

    for (const seed of seeds) {
      if (this.componentOf.has(seed)) continue;
      const first = this.buckets.get(seed);
      if (!first || first.size === 0) {
        this.buckets.delete(seed);
        continue;
      }
      const id = this.nextComponent++;
      const bucketSet = new Set([seed]);
      const mentions = new Set<Mention>();
      const queue = [seed];
      this.componentOf.set(seed, id);
      while (queue.length > 0) {
        const b = queue.pop()!;
        for (const m of this.buckets.get(b) ?? []) {
          mentions.add(m);
          for (const other of m.buckets) {
            if (bucketSet.has(other)) continue;
            bucketSet.add(other);
            this.componentOf.set(other, id);
            queue.push(other);
          }
        }
      }
      const groups: VariantGroup[] = [];
      for (const e of resolveEntities([...mentions])) {
        const g = buildGroup(e);
        if (g) groups.push(g);
      }
      this.components.set(id, { buckets: bucketSet, groups });
    }
    this.flat = null;
  }
}
