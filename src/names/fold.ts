/**
 * Runs the folding rules: a word's rough Latin form (by its script) goes through the
 * ordered rules into one key, or a few keys where a spelling is ambiguous. Also runs
 * them with some rules switched off, which is how a difference is explained.
 */
import { romanizeArmenian } from './armenian';
import { romanizeCyrillic } from './cyrillic';
import { FOLD_RULES, type FoldContext } from './fold-rules';
import type { Script } from './scripts';

export type { FoldContext } from './fold-rules';

const MAX_READINGS = 4;
const ROMANCE = new Set(['es', 'pt', 'it', 'fr', 'ca', 'ro', 'gl']);

/** Lower-case rough Latin for a word in any script the module reads letter by letter. */
export function roughLatin(word: string, script: Script): string {
  if (script === 'Cyrl') return romanizeCyrillic(word);
  if (script === 'Armn') return romanizeArmenian(word);
  // Turkish/Kazakh İ lower-cases to i + combining dot above.
  return word.normalize('NFC').toLowerCase().replace(/i\u0307/g, 'i');
}

function baseLang(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/** The context of a whole name: which non-English spelling conventions its words show, and whether it is Armenian. Not yet a person's (see `personContext`). */
export function foldContext(lang: string, words: readonly { text: string; rough: string; script: Script }[], armenian: boolean): FoldContext {
  const base = baseLang(lang);
  let german = base === 'de';
  let hungarian = base === 'hu';
  let uzbek = base === 'uz';
  for (const w of words) {
    if (w.script === 'Latn') {
      if (/sch|(?:ow|ew|owa|ewa)$/.test(w.rough)) german = true;
      if (/zs|sz|cs/.test(w.rough)) hungarian = true;
      if (/[oOgG]ʻ/.test(w.text)) uzbek = true;
    } else if (w.script === 'Cyrl' && /[ўҳЎҲ]/.test(w.text)) {
      uzbek = true;
    }
  }
  return { lang: base, armenian, person: false, german, hungarian, turkish: base === 'tr', romance: ROMANCE.has(base), uzbek };
}

/** The same context for a person's name: the rules of rendering personal names (kk-reduced-vowel) apply too. */
export function personContext(c: FoldContext): FoldContext {
  return c.person ? c : { ...c, person: true };
}

export function contextSignature(c: FoldContext): string {
  return `${c.armenian ? 'A' : ''}${c.person ? 'P' : ''}${c.german ? 'G' : ''}${c.hungarian ? 'H' : ''}${c.turkish ? 'T' : ''}${c.romance ? 'R' : ''}${c.uzbek ? 'U' : ''}`;
}

/** A key keeps letters only: hyphens and spaces between the words of a name do not count. */
function finish(s: string): string {
  return s.replace(/[^\p{L}]/gu, '');
}

/**
 * Applies the rules whose ids pass `enabled` (all by default) in order.
 * Returns the distinct results (one, or a few where a rule read a spelling two ways).
 */
export function foldWith(rough: string, ctx: FoldContext, enabled?: (id: string) => boolean): string[] {
  let forms = [rough];
  for (const rule of FOLD_RULES) {
    if (enabled && !enabled(rule.id)) continue;
    if (rule.when && !rule.when(ctx)) continue;
    const next: string[] = [];
    for (const f of forms) {
      const out = rule.apply(f);
      if (typeof out === 'string') next.push(out);
      else for (const o of out) if (next.length < MAX_READINGS) next.push(o);
    }
    forms = next.length > 1 ? [...new Set(next)] : next;
  }
  return [...new Set(forms.map(finish))];
}

/** The rules that change this rough form at their turn in the full run: the only candidates for explaining a difference. */
export function firingRules(rough: string, ctx: FoldContext): Set<string> {
  const fired = new Set<string>();
  let forms = [rough];
  for (const rule of FOLD_RULES) {
    if (rule.when && !rule.when(ctx)) continue;
    const next: string[] = [];
    for (const f of forms) {
      const out = rule.apply(f);
      if (typeof out === 'string') {
        if (out !== f) fired.add(rule.id);
        next.push(out);
      } else {
        fired.add(rule.id);
        for (const o of out) if (next.length < MAX_READINGS) next.push(o);
      }
    }
    forms = next.length > 1 ? [...new Set(next)] : next;
  }
  return fired;
}

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 200_000;

/** The keys of a rough form in a context (memoised: names repeat across a library). */
export function foldKeys(rough: string, ctx: FoldContext): string[] {
  const id = `${contextSignature(ctx)}\u0001${rough}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const keys = foldWith(rough, ctx);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, keys);
  return keys;
}

/** The plain context: an English article, no foreign spelling conventions. */
export const PLAIN_CONTEXT: FoldContext = {
  lang: 'en',
  armenian: false,
  person: false,
  german: false,
  hungarian: false,
  turkish: false,
  romance: false,
  uzbek: false,
};
