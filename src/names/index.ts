/**
 * Names: finds every spelling of a name across saved articles and scripts, groups
 * them, and explains each difference by the romanization rule behind it.
 * Pure TypeScript: no DOM, no browser API.
 */
import { NameIndex } from './name-index';
import type { NameArticle, NameRelation, VariantGroup } from './types';

export type { NameArticle, NameKind, NameRelation, VariantGroup, VariantNote } from './types';
export { NameIndex, type NameIndexState, type SigLookup } from './name-index';
export { articleNames, NAMES_DATA_VERSION, type ArticleNames, type NameRefs, type NameSig } from './name-data';
export { foldForSearch, foldQuery, type FoldedQuery } from './search-fold';
export { explainDifference, spellingId } from './explain';
export { FOLD_RULES } from './fold-rules';

/** The variant groups (two or more spellings of one person, place or body) of a set of articles. */
export function findVariantGroups(articles: NameArticle[]): VariantGroup[] {
  const index = new NameIndex();
  for (const a of articles) index.add(a);
  return index.groups();
}

/** Renames and other names (Astana / Nur-Sultan) found in a set of articles, with their dates. */
export function findNameRelations(articles: NameArticle[]): NameRelation[] {
  const index = new NameIndex();
  for (const a of articles) index.add(a);
  return index.relations();
}
