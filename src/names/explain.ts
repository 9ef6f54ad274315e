/**
 * Explains why two spellings of one name differ: the smallest set of folding rules
 * that still makes their keys meet, each rule naming the romanization systems behind
 * it. A difference no rule explains is reported as "unexplained", with low
 * confidence, never hidden.
 */
import { contextSignature, firingRules, foldWith, roughLatin, type FoldContext } from './fold';
import { FOLD_RULES, RULES_BY_ID } from './fold-rules';
import { looseKey } from './name-keys';
import { scriptOf } from './scripts';
import type { VariantNote } from './types';

/** One word (or the whole name) of a form, with the context its keys were made in. */
export interface FormPart {
  role: string;
  text: string;
  ctx: FoldContext;
}

export interface ExplainedForm {
  text: string;
  parts: FormPart[];
  /** Set when the form joined through the shipped gazetteer; its note is shown instead of rules. */
  gazetteerNote?: string;
}

export interface Finding {
  rule: string;
  confidence: 'high' | 'low';
}

/** Texts of the notes that are not folding rules. */
export const SPECIAL_NOTES: Record<string, string> = {
  script: 'the same name in Cyrillic and Latin letters; the romanization systems agree on every letter here',
  'same-reading': 'spelled with letters that read the same (е and э, і and i), not a difference of romanization',
  'h-dropped':
    'an h of zh, sh, kh or ch is missing; no romanization system drops it (a typo or a machine translation), so the match is uncertain',
  unexplained: 'no romanization rule explains this difference; shown as a possible variant only',
  gazetteer: 'joined by the name list shipped with the extension, not by its spelling',
};

/** Two spellings are the same when they differ only in case, hyphens or spaces. */
export function spellingId(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-‐‑–]+/g, '').replace(/[’ʼ]/g, "'");
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const ORDER = new Map(FOLD_RULES.map((r, i) => [r.id, i]));
const cache = new Map<string, Finding[]>();

/** The rules behind the difference between two spellings of one word (or one whole name). */
export function explainDifference(a: FormPart, b: FormPart): Finding[] {
  if (spellingId(a.text) === spellingId(b.text)) return [];
  const sa = scriptOf(a.text);
  const sb = scriptOf(b.text);
  const ra = roughLatin(a.text, sa);
  const rb = roughLatin(b.text, sb);
  const id = `${contextSignature(a.ctx)}|${ra}|${contextSignature(b.ctx)}|${rb}`;
  const hit = cache.get(id);
  if (hit) return hit;

  let found: Finding[];
  const meets = (on?: (id: string) => boolean) => intersects(foldWith(ra, a.ctx, on), foldWith(rb, b.ctx, on));
  // Only the rules that change one of the spellings, and whose mark the spellings show (FoldRule.evident), may explain them.
  const candidates = new Set(
    [...firingRules(ra, a.ctx), ...firingRules(rb, b.ctx)].filter((r) => {
      const evident = RULES_BY_ID.get(r)?.evident;
      return !evident || evident(ra) || evident(rb);
    }),
  );
  const on = (r: string) => candidates.has(r);
  if (!meets(on)) {
    // No rule explains it: the keys meet only through a mark the folding itself made, or
    // only once a dropped h is allowed (Mazilis), or not at all.
    const ka = foldWith(ra, a.ctx);
    const kb = foldWith(rb, b.ctx);
    const loose = !intersects(ka, kb) && intersects(ka.map(looseKey), kb.map(looseKey));
    found = [{ rule: loose ? 'h-dropped' : 'unexplained', confidence: 'low' }];
  } else {
    const order = [...candidates].sort((x, y) => {
      const gx = RULES_BY_ID.get(x)?.generic ? 0 : 1;
      const gy = RULES_BY_ID.get(y)?.generic ? 0 : 1;
      return gx - gy || (ORDER.get(x) ?? 0) - (ORDER.get(y) ?? 0);
    });
    // Drop each rule the keys still meet without (generic ones first, so that specific ones are named).
    for (const rule of order) {
      candidates.delete(rule);
      if (!meets(on)) candidates.add(rule);
    }
    const needed = [...candidates].sort((x, y) => (ORDER.get(x) ?? 0) - (ORDER.get(y) ?? 0));
    found =
      needed.length > 0
        ? needed.map((rule) => ({ rule, confidence: 'high' as const }))
        : [{ rule: sa !== sb ? 'script' : 'same-reading', confidence: 'high' }];
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(id, found);
  return found;
}

function noteText(rule: string): string {
  return RULES_BY_ID.get(rule)?.text ?? SPECIAL_NOTES[rule] ?? rule;
}

/** The differences between two forms of one name, part by part (first name with first name, surname with surname). */
export function explainPair(a: ExplainedForm, b: ExplainedForm): { finding: Finding; pair: [string, string] }[] {
  const out: { finding: Finding; pair: [string, string] }[] = [];
  for (const pa of a.parts) {
    const pb = b.parts.find((p) => p.role === pa.role);
    if (!pb) continue;
    for (const finding of explainDifference(pa, pb)) out.push({ finding, pair: [pa.text, pb.text] });
  }
  return out;
}

/** All notes of a group: every pair of forms explained, gathered by rule; gazetteer forms carry their own note. */
export function groupNotes(forms: readonly ExplainedForm[]): VariantNote[] {
  const byRule = new Map<string, { confidence: 'high' | 'low'; pairs: [string, string][] }>();
  const gazetteerNotes: VariantNote[] = [];
  const seenPairs = new Set<string>();
  for (let i = 0; i < forms.length; i++) {
    const a = forms[i]!;
    if (a.gazetteerNote !== undefined) {
      gazetteerNotes.push({
        rule: 'gazetteer',
        text: `${a.text}: ${a.gazetteerNote}; ${SPECIAL_NOTES.gazetteer}`,
        confidence: 'high',
        pairs: [],
      });
      continue;
    }
    for (let j = i + 1; j < forms.length; j++) {
      const b = forms[j]!;
      if (b.gazetteerNote !== undefined) continue;
      for (const { finding, pair } of explainPair(a, b)) {
        const pairId = `${finding.rule}\u0001${[spellingId(pair[0]), spellingId(pair[1])].sort().join('\u0001')}`;
        if (seenPairs.has(pairId)) continue;
        seenPairs.add(pairId);
        const entry = byRule.get(finding.rule) ?? { confidence: finding.confidence, pairs: [] };
        entry.pairs.push(pair);
        byRule.set(finding.rule, entry);
      }
    }
  }
  const notes: VariantNote[] = [];
  for (const [rule, { confidence, pairs }] of byRule) {
    if (confidence === 'low') {
      for (const [x, y] of pairs) notes.push({ rule, text: `${x} / ${y}: ${noteText(rule)}`, confidence, pairs: [[x, y]] });
      continue;
    }
    const shown = pairs.slice(0, 3).map(([x, y]) => `${x} / ${y}`).join(', ');
    const more = pairs.length > 3 ? ` (and ${pairs.length - 3} more)` : '';
    notes.push({ rule, text: `${shown}${more}: ${noteText(rule)}`, confidence, pairs });
  }
  notes.sort((x, y) => (ORDER.get(x.rule) ?? 99) - (ORDER.get(y.rule) ?? 99));
  return [...notes, ...gazetteerNotes];
}
