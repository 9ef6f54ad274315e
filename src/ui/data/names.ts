/**
 * The one place the reading room gets name variants from (the views read groups
 * through `NamesSource`).
 */
import type { DalaDatabase } from '../../storage/db';
import { toStorageError } from '../../storage/errors';
import type { LiveNameIndex } from '../../storage/names-store';
import type { NameRelation, VariantGroup } from '../../names/types';

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

/**
 * Name variants of the library in `db`, from the name data the store keeps beside
 * every article (written in the same transaction as the article). The first question
 * loads the index module (kept out of the popup's first paint) and the stored data;
 * later questions apply only the saves and deletions made since, from any context.
 */
export function libraryNames(db: DalaDatabase): NamesSource {
  let live: Promise<LiveNameIndex> | null = null;
  const current = async () => {
    live ??= import('../../storage/names-store').then((m) => m.liveNameIndex(db));
    try {
      return await (await live).current();
    } catch (e) {
      throw toStorageError(e);
    }
  };
  return {
    groups: async () => [...(await current()).groups()].sort(byUsage),
    relations: async () => (await current()).relations(),
    groupsForArticle: async (id) => [...(await current()).groupsForArticle(String(id))].sort(byUsage),
  };
}
