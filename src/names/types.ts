/**
 * Public shapes of the Names module: what goes in (articles) and what comes out
 * (variant groups, their notes, and the rename / other-name relations).
 * Plain data only, so every value can be stored, sent in a message or printed as JSON.
 */

/** The part of a saved article the Names module reads. `lang` is a Lang code ('en', 'ru', 'kk', 'kk-Latn', 'uz', 'zh', 'kk-Arab') or any other BCP 47 tag. */
export interface NameArticle {
  id: string;
  lang: string;
  title: string;
  paragraphs: string[];
}

export type NameKind = 'person' | 'place' | 'org';

/** One explanation of a spelling difference, naming the rule (and through its text the romanization systems) behind it. */
export interface VariantNote {
  /** Rule id, e.g. 'ye-after-vowel', 'q-k', 'gazetteer', 'unexplained'. */
  rule: string;
  /** For a person: the differing spellings first ("Ashimbaev / Ashimbayev: ..."), then the rule's explanation. */
  text: string;
  /** 'high' for a rule or the shipped gazetteer, 'low' for a difference no rule explains. */
  confidence: 'high' | 'low';
  /** The pairs of differing words (or forms) this note explains. */
  pairs: [string, string][];
}

/** Several spellings of one person, place or organisation found in the saved articles. */
export interface VariantGroup {
  /** Stable identity of the group inside one index state (derived from its folded key). */
  key: string;
  kind: NameKind | null;
  /** Distinct spellings, as written (case endings stripped), most used first. */
  forms: string[];
  /** For each form, the ids of the articles that use it. */
  articles: Record<string, string[]>;
  /** For each form, how many times it occurs. */
  counts: Record<string, number>;
  notes: VariantNote[];
  /** The shipped gazetteer entry that the group matched, when one did. */
  gazetteerId?: string;
}

/** Two or more *names* (not spellings) of one place or body found in the saved articles: renames, exonyms, translations. */
export interface NameRelation {
  id: string;
  kind: NameKind;
  type: 'rename' | 'exonym' | 'translation';
  /** The names found, as written. */
  names: string[];
  articles: Record<string, string[]>;
  note: { rule: string; text: string };
}
