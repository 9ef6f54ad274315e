/**
 * Finds renames and other names (Astana / Nur-Sultan, Aktyubinsk / Aktobe,
 * Ust-Kamenogorsk / Oskemen) among place and body mentions, and reports them as
 * relations with their dates: never as spelling variants.
 */
import type { Mention } from './mentions';
import { contextOf, keysOf } from './name-keys';
import { RENAMES, type RenameEntry } from './renames';
import { scriptOf } from './scripts';
import type { NameRelation } from './types';

interface RenameHit {
  entry: RenameEntry;
  nameIndex: number;
}

let table: Map<string, { hit: RenameHit; compound: boolean }[]> | null = null;

const isCompound = (text: string) => /[\s\-‐‑]/.test(text.trim());

function build(): Map<string, { hit: RenameHit; compound: boolean }[]> {
  const t = new Map<string, { hit: RenameHit; compound: boolean }[]>();
  for (const entry of RENAMES) {
    entry.names.forEach((n, nameIndex) => {
      for (const spelling of n.spellings) {
        const lang = scriptOf(spelling) === 'Cyrl' ? 'ru' : 'en';
        for (const key of keysOf(spelling, contextOf(lang, spelling.split(/\s+/), false))) {
          const list = t.get(key) ?? [];
          if (!list.some((x) => x.hit.entry === entry && x.hit.nameIndex === nameIndex)) {
            list.push({ hit: { entry, nameIndex }, compound: isCompound(spelling) });
          }
          t.set(key, list);
        }
      }
    });
  }
  return t;
}

/** The rename entry and name a place or body mention is, if any (Nursultan the first name is not Nur-Sultan the city). */
export function renameHit(m: Mention): (RenameHit & { written: string }) | null {
  if (m.person !== null || m.whole === null || m.display !== undefined) return null;
  table ??= build();
  for (const w of m.whole) {
    for (const key of w.keys) {
      const found = table.get(key)?.find((x) => x.compound === isCompound(w.text));
      if (found) return { ...found.hit, written: w.text };
    }
  }
  return null;
}

/** Relations for the rename entries of which two or more names occur in these mentions (each with the articles that write it). */
export function buildRelations(mentions: Iterable<{ m: Mention; articles: Iterable<string> }>): NameRelation[] {
  const found = new Map<string, { entry: RenameEntry; byName: Map<number, Map<string, Set<string>>> }>();
  for (const { m, articles } of mentions) {
    const hit = renameHit(m);
    if (!hit) continue;
    let e = found.get(hit.entry.id);
    if (!e) found.set(hit.entry.id, (e = { entry: hit.entry, byName: new Map() }));
    let written = e.byName.get(hit.nameIndex);
    if (!written) e.byName.set(hit.nameIndex, (written = new Map()));
    let ids = written.get(hit.written);
    if (!ids) written.set(hit.written, (ids = new Set()));
    for (const a of articles) ids.add(a);
  }
  const out: NameRelation[] = [];
  for (const { entry, byName } of found.values()) {
    if (byName.size < 2) continue;
    const names: string[] = [];
    const articles: Record<string, string[]> = {};
    for (const idx of [...byName.keys()].sort((a, b) => a - b)) {
      for (const [text, ids] of byName.get(idx)!) {
        names.push(text);
        articles[text] = [...ids].sort();
      }
    }
    out.push({
      id: entry.id,
      kind: entry.kind,
      type: entry.type,
      names,
      articles,
      note: { rule: entry.type, text: `${names.join(' / ')}: ${entry.text}` },
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
