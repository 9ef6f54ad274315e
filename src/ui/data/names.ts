/**
 * The one place the reading room gets name variants from. Today it builds the Names
 * module's incremental index over the library in this page; if the index moves to the
 * background, only this file changes (the views read groups through `NamesSource`).
 */
import type { DalaDatabase, StoredArticle } from '../../storage/db';
import { toStorageError } from '../../storage/errors';
import type { NameIndex } from '../../names';
import type { NameArticle, NameRelation, VariantGroup } from '../../names/types';

export type { NameRelation, VariantGroup };

export interface NamesSource {
  /** Every variant group in the library, most used first. */
  groups(): Promise<VariantGroup[]>;
  /** The groups with a form used in this article. */
  groupsForArticle(id: number): Promise<VariantGroup[]>;
  /** Other names (not spellings) of one place or body in the library: renames, exonyms, translations. */
  relations(): Promise<NameRelation[]>;
}

/** How many articles use any form of the group. */
export function usageOf(g: VariantGroup): number {
  return new Set(Object.values(g.articles).flat()).size;
}

function occurrences(g: VariantGroup): number {
  return Object.values(g.counts ?? {}).reduce((a, b) => a + b, 0);
}

/** Most used first: by articles, then by occurrences, then by the first form (stable for equal groups). */
export function byUsage(a: VariantGroup, b: VariantGroup): number {
  return usageOf(b) - usageOf(a) || occurrences(b) - occurrences(a) || (a.forms[0] ?? '').localeCompare(b.forms[0] ?? '');
}

export function toNameArticle(a: Pick<StoredArticle, 'id' | 'lang' | 'title' | 'lead' | 'paragraphs'>): NameArticle {
  return { id: String(a.id), lang: a.lang, title: a.title, paragraphs: a.lead ? [a.lead, ...a.paragraphs] : a.paragraphs };
}

/**
 * Name variants of the library in `db`, read lazily: the first question loads the Names
 * module (kept out of the popup's first paint) and reads every article once, in batches;
 * later questions add and remove only what changed since.
 */
export function libraryNames(db: DalaDatabase, batch = 500): NamesSource {
  let loading: Promise<NameIndex> | null = null;
  let index: NameIndex;
  /** Article id -> the updatedAt the index has seen. */
  const seen = new Map<number, number>();
  let running: Promise<void> | null = null;

  const put = (a: StoredArticle) => {
    if (seen.has(a.id)) index.remove(String(a.id));
    index.add(toNameArticle(a));
    seen.set(a.id, a.updatedAt);
  };

  async function sync(): Promise<void> {
    loading ??= import('../../names').then((m) => new m.NameIndex());
    index = await loading;
    const ids = await db.articles.toCollection().primaryKeys();
    const present = new Set(ids);
    for (const id of [...seen.keys()]) {
      if (!present.has(id)) {
        index.remove(String(id));
        seen.delete(id);
      }
    }
    const added = ids.filter((id) => !seen.has(id));
    for (let i = 0; i < added.length; i += batch) {
      for (const a of await db.articles.bulkGet(added.slice(i, i + batch))) if (a) put(a);
    }
  }

  const synced = async () => {
    running ??= sync().finally(() => {
      running = null;
    });
    try {
      await running;
    } catch (e) {
      throw toStorageError(e);
    }
  };

  return {
    async groups() {
      await synced();
      return [...index.groups()].sort(byUsage);
    },
    async relations() {
      await synced();
      return index.relations();
    },
    async groupsForArticle(id) {
      await synced();
      // The article on screen is read anyway: if its text changed since the index saw it, re-read it.
      const a = await db.articles.get(id).catch((e: unknown) => {
        throw toStorageError(e);
      });
      if (a && seen.get(id) !== a.updatedAt) put(a);
      return [...index.groupsForArticle(String(id))].sort(byUsage);
    },
  };
}
