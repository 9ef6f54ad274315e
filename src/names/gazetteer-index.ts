/**
 * Lookups into the shipped gazetteer: by folded key (kind of a name, aliases no rule
 * reaches) and by text (its Chinese, Arabic-script and Korean forms, found as written).
 */
import { personContext } from './fold';
import { GAZETTEER, KNOWN_PLACES, type GazetteerEntry, type GazetteerForm } from './gazetteer';
import { contextOf, firstPart, isArmenianSurname, keysOf, roughOf } from './name-keys';
import { hasGazetteerScript } from './scripts';

export interface EntryKeys {
  entry: GazetteerEntry;
  /** Person: surname key and first-name key. Others: the whole name's key. */
  surnameKey?: string;
  givenKey?: string;
  wholeKey?: string;
}

export interface GazetteerHit {
  entry: EntryKeys;
  form: GazetteerForm;
  surnameOnly: boolean;
  start: number;
  end: number;
}

interface Tables {
  entries: Map<string, EntryKeys>;
  byWholeKey: Map<string, { entry: EntryKeys; alias?: GazetteerForm }>;
  places: Set<string>;
  forms: { text: string; entry: EntryKeys; form: GazetteerForm; surnameOnly: boolean }[];
}

let tables: Tables | null = null;

function keyOf(text: string, lang: string, armenian = false): string {
  return keysOf(text, contextOf(lang, text.split(/\s+/), armenian))[0] ?? '';
}

function build(): Tables {
  const entries = new Map<string, EntryKeys>();
  const byWholeKey = new Map<string, { entry: EntryKeys; alias?: GazetteerForm }>();
  const forms: Tables['forms'] = [];
  for (const entry of GAZETTEER) {
    let keys: EntryKeys;
    if (entry.kind === 'person') {
      const words = entry.name.split(/\s+/);
      const surname = words[words.length - 1] ?? '';
      const armenian = isArmenianSurname(roughOf(surname));
      const ctx = personContext(contextOf('en', words, armenian));
      keys = {
        entry,
        surnameKey: keysOf(surname, ctx)[0] ?? '',
        givenKey: keysOf(firstPart(words[0] ?? ''), ctx)[0] ?? '',
      };
    } else {
      keys = { entry, wholeKey: keyOf(entry.name, 'en') };
      byWholeKey.set(keys.wholeKey!, { entry: keys });
    }
    entries.set(entry.id, keys);
    for (const alias of entry.aliases ?? []) byWholeKey.set(keyOf(alias.text, 'en'), { entry: keys, alias });
    for (const form of entry.forms) forms.push({ text: form.text, entry: keys, form, surnameOnly: false });
    for (const form of entry.surnameForms ?? []) forms.push({ text: form.text, entry: keys, form, surnameOnly: true });
  }
  forms.sort((a, b) => b.text.length - a.text.length);
  const places = new Set(KNOWN_PLACES.map((p) => keyOf(p, 'en')));
  return { entries, byWholeKey, places, forms };
}

function get(): Tables {
  tables ??= build();
  return tables;
}

/** The entry (and alias) whose whole-name key this is. */
export function gazetteerByKey(key: string): { entry: EntryKeys; alias?: GazetteerForm } | undefined {
  return get().byWholeKey.get(key);
}

/** The person entry with this surname and first-name key. */
export function gazetteerPerson(surnameKey: string, givenKey: string | null): EntryKeys | undefined {
  for (const e of get().entries.values()) {
    if (e.surnameKey === surnameKey && (givenKey === null || e.givenKey === givenKey)) return e;
  }
  return undefined;
}

export function isKnownPlace(key: string): boolean {
  return get().places.has(key);
}

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc]/;

/** Arabic-script forms must stand as words (a one-letter prefix و ب ل is allowed); Han and Hangul need no boundary. */
function boundaryOk(text: string, start: number, end: number, form: string): boolean {
  if (!ARABIC_LETTER.test(form)) return true;
  const before = text.charAt(start - 1);
  const before2 = text.charAt(start - 2);
  const after = text.charAt(end);
  const beforeOk = !ARABIC_LETTER.test(before) || ('وبل'.includes(before) && !ARABIC_LETTER.test(before2));
  return beforeOk && !ARABIC_LETTER.test(after);
}

/** Every gazetteer form written in the text, longest first, never overlapping. */
export function scanGazetteer(text: string): GazetteerHit[] {
  if (!hasGazetteerScript(text)) return [];
  const taken: [number, number][] = [];
  const hits: GazetteerHit[] = [];
  for (const f of get().forms) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(f.text, from);
      if (start < 0) break;
      const end = start + f.text.length;
      from = end;
      if (!boundaryOk(text, start, end, f.text)) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push({ entry: f.entry, form: f.form, surnameOnly: f.surnameOnly, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
