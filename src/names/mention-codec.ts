/**
 * A mention as a short JSON array: its signature (equal mentions, equal signatures)
 * and the form it is stored in. Field names, the fold context's eight fields and the
 * index buckets (derived from the readings) are left out, which makes a signature
 * about a quarter of the mention's plain JSON.
 *
 *   [lang, kind, context, person | 0, whole | 0, gazetteer | 0, display?]
 *   kind:      '' | 'p' (person) | 'l' (place) | 'o' (organisation)
 *   context:   '<lang>:<flags>' (flags as fold.contextSignature writes them: A P G H T R U)
 *   person:    [given | 0, givenRest, initials | 0, patronymic | 0, surname]
 *   reading:   [text, keys, flags?, fullKeys?]   flags: 's' stripped, 'n' not stripped, 'm' / 'f' gender
 *   gazetteer: [entry id, note]
 */
import { contextSignature, type FoldContext } from './fold';
import type { KeyedText, Mention, PersonParts } from './mentions';
import { looseKey } from './name-keys';
import type { NameKind } from './types';

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Index buckets of a person: 'p:' + each surname key. */
export function personBuckets(surname: KeyedText[]): string[] {
  return uniq(surname.flatMap((s) => s.keys.map((k) => `p:${k}`)));
}

/** Index buckets of a place or body: 'n:' + the loose form of each key. */
export function wholeBuckets(whole: KeyedText[]): string[] {
  return uniq(whole.flatMap((w) => w.keys.map((k) => `n:${looseKey(k)}`)));
}

type Reading = [string, string[], string?, string[]?];
type Person = [Reading[] | 0, string[], string | 0, string | 0, Reading[]];

const KIND_CODE: Record<string, string> = { person: 'p', place: 'l', org: 'o' };
const KIND_OF: Record<string, NameKind | null> = { '': null, p: 'person', l: 'place', o: 'org' };
const FLAGS: [keyof Omit<FoldContext, 'lang'>, string][] = [
  ['armenian', 'A'],
  ['person', 'P'],
  ['german', 'G'],
  ['hungarian', 'H'],
  ['turkish', 'T'],
  ['romance', 'R'],
  ['uzbek', 'U'],
];

function encodeReading(k: KeyedText): Reading {
  const flags = `${k.stripped === true ? 's' : k.stripped === false ? 'n' : ''}${k.gender ?? ''}`;
  const out: Reading = [k.text, k.keys];
  if (flags || k.fullKeys) out.push(flags);
  if (k.fullKeys) out.push(k.fullKeys);
  return out;
}

/** The signature of a mention (everything in it but its buckets, which follow from its readings). */
export function encodeMention(m: Omit<Mention, 'sig'>): string {
  const p = m.person;
  const person: Person | 0 = p
    ? [p.given ? p.given.map(encodeReading) : 0, p.givenRest, p.initials ?? 0, p.patronymic ?? 0, p.surname.map(encodeReading)]
    : 0;
  const out: unknown[] = [
    m.lang,
    m.kind ? KIND_CODE[m.kind] : '',
    `${m.ctx.lang}:${contextSignature(m.ctx)}`,
    person,
    m.whole ? m.whole.map(encodeReading) : 0,
    m.gazetteer ? [m.gazetteer.id, m.gazetteer.note] : 0,
  ];
  if (m.display !== undefined) out.push(m.display);
  return JSON.stringify(out);
}

// ---- decoding (stored data is checked: a damaged signature decodes to null) ----------

class Malformed extends Error {}

function check(ok: boolean): void {
  if (!ok) throw new Malformed();
}

const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): string[] => {
  check(Array.isArray(v) && v.every(isString));
  return v as string[];
};
const optional = (v: unknown): string | null => {
  if (v === 0) return null;
  check(isString(v));
  return v as string;
};

function decodeReading(v: unknown): KeyedText {
  check(Array.isArray(v) && v.length >= 2 && v.length <= 4 && isString(v[0]));
  const [text, keys, flags = '', fullKeys] = v as unknown[];
  check(isString(flags) && /^[sn]?[mf]?$/.test(flags));
  const k: KeyedText = { text: text as string, keys: strings(keys) };
  if (fullKeys !== undefined) k.fullKeys = strings(fullKeys);
  if ((flags as string).includes('s')) k.stripped = true;
  else if ((flags as string).includes('n')) k.stripped = false;
  const gender = (flags as string).slice(-1);
  if (gender === 'm' || gender === 'f') k.gender = gender;
  return k;
}

function readings(v: unknown): KeyedText[] {
  check(Array.isArray(v) && v.length > 0);
  return (v as unknown[]).map(decodeReading);
}

function decodeContext(v: unknown): FoldContext {
  check(isString(v) && /^[^:]*:[APGHTRU]*$/.test(v));
  const [lang, flags] = (v as string).split(':') as [string, string];
  const ctx = { lang } as FoldContext;
  for (const [field, letter] of FLAGS) ctx[field] = flags.includes(letter);
  return ctx;
}

function decodePerson(v: unknown): PersonParts {
  check(Array.isArray(v) && v.length === 5);
  const [given, givenRest, initials, patronymic, surname] = v as unknown[];
  return {
    given: given === 0 ? null : readings(given),
    givenRest: strings(givenRest),
    initials: optional(initials),
    patronymic: optional(patronymic),
    surname: readings(surname),
  };
}

/** A mention from its signature, or null when the text is not one. */
export function decodeMention(sig: string): Mention | null {
  try {
    const v: unknown = JSON.parse(sig);
    check(Array.isArray(v) && (v.length === 6 || v.length === 7));
    const [lang, kind, ctx, person, whole, gazetteer, display] = v as unknown[];
    check(isString(lang) && isString(kind) && kind in KIND_OF && (person === 0) !== (whole === 0));
    const p = person === 0 ? null : decodePerson(person);
    const w = whole === 0 ? null : readings(whole);
    const m: Mention = {
      lang: lang as string,
      kind: KIND_OF[kind as string]!,
      person: p,
      whole: w,
      ctx: decodeContext(ctx),
      buckets: p ? personBuckets(p.surname) : wholeBuckets(w!),
      sig,
    };
    if (gazetteer !== 0) {
      check(Array.isArray(gazetteer) && gazetteer.length === 2 && gazetteer.every(isString));
      m.gazetteer = { id: (gazetteer as string[])[0]!, note: (gazetteer as string[])[1]! };
    }
    if (display !== undefined) {
      check(isString(display));
      m.display = display as string;
    }
    return m;
  } catch (e) {
    if (e instanceof Malformed || e instanceof SyntaxError) return null;
    throw e;
  }
}
