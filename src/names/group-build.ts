/**
 * Turns an entity (mentions of one person, place or body) into a variant group: its
 * distinct spellings as written, the articles using each, the kind, and the notes.
 * A shorter form spelled like part of a longer one (Tokayev beside Kassym-Jomart
 * Tokayev) is the same spelling, counted with the longer form.
 */
import type { Entity, Reading } from './cluster';
import { groupNotes, spellingId, type ExplainedForm } from './explain';
import { gazetteerPerson } from './gazetteer-index';
import type { NameKind, VariantGroup } from './types';

interface Form {
  id: string;
  variants: Map<string, number>;
  count: number;
  articles: Set<string>;
  reading: Reading;
}

function preferredText(variants: Map<string, number>): string {
  let top = '';
  let topScore = -1;
  for (const [text, n] of variants) {
    // Prefer the most used; among equals, not ALL CAPS.
    const score = n * 2 + (text === text.toUpperCase() ? 0 : 1);
    if (score > topScore || (score === topScore && text < top)) {
      top = text;
      topScore = score;
    }
  }
  return top;
}

/** Part ids of a reading: role and spelling, e.g. 'sur=tokayev'. */
function partIds(r: Reading): string[] {
  return r.parts.map((p) => `${p.role}=${spellingId(p.text)}`);
}

/** Folds forms that are a shorter writing of another form (surname alone, initials) into it. */
function absorbShorter(forms: Map<string, Form>): void {
  const list = [...forms.values()];
  for (const short of list) {
    if (short.reading.mention.display !== undefined || short.reading.mention.person === null) continue;
    if (short.reading.mention.person.given !== null) continue;
    const ids = partIds(short.reading);
    if (ids.length === 0) continue;
    const hosts = list.filter((f) => {
      if (f === short || !forms.has(f.id) || f.reading.parts.length <= short.reading.parts.length) return false;
      const own = new Set(partIds(f.reading));
      return ids.every((id) => own.has(id));
    });
    const host = hosts.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))[0];
    if (!host) continue;
    host.count += short.count;
    for (const a of short.articles) host.articles.add(a);
    forms.delete(short.id);
  }
}

function kindOf(entity: Entity): NameKind | null {
  const counts = new Map<NameKind, number>();
  for (const r of entity.readings) {
    if (r.mention.gazetteer) return r.mention.kind;
    if (r.mention.kind) counts.set(r.mention.kind, (counts.get(r.mention.kind) ?? 0) + r.articles.length);
  }
  let top: NameKind | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [top, n] = [k, c];
  return top;
}

/** The variant group of an entity, or null when it is written one way only. */
export function buildGroup(entity: Entity): VariantGroup | null {
  const forms = new Map<string, Form>();
  for (const r of entity.readings) {
    const id = spellingId(r.display);
    let f = forms.get(id);
    if (!f) forms.set(id, (f = { id, variants: new Map(), count: 0, articles: new Set(), reading: r }));
    f.variants.set(r.display, (f.variants.get(r.display) ?? 0) + r.articles.length);
    f.count += r.articles.length;
    for (const a of r.articles) f.articles.add(a);
  }
  if (forms.size < 2) return null;
  absorbShorter(forms);
  if (forms.size < 2) return null;

  const ordered = [...forms.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const texts = ordered.map((f) => preferredText(f.variants));
  const articles: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  const explained: ExplainedForm[] = [];
  ordered.forEach((f, i) => {
    const text = texts[i]!;
    articles[text] = [...f.articles].sort();
    counts[text] = f.count;
    const m = f.reading.mention;
    const gazetteerNote = m.gazetteer && m.gazetteer.note !== '' ? m.gazetteer.note : undefined;
    explained.push({ text, parts: f.reading.parts, ...(gazetteerNote !== undefined ? { gazetteerNote } : {}) });
  });

  const gazetteerId =
    entity.readings.find((r) => r.mention.gazetteer)?.mention.gazetteer?.id ??
    (entity.surnameKey !== undefined && entity.givenKey !== undefined
      ? gazetteerPerson(entity.surnameKey, entity.givenKey)?.entry.id
      : undefined);
  return {
    key: entity.key,
    kind: kindOf(entity),
    forms: texts,
    articles,
    counts,
    notes: groupNotes(explained),
    ...(gazetteerId !== undefined ? { gazetteerId } : {}),
  };
}
