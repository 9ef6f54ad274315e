/**
 * What the reference-manager formats (CSL-JSON, RIS) share: the outlet's name,
 * and a byline split into family and given names where that can be told.
 */
import type { SiteId } from '../extraction/types';

export const OUTLET_NAMES: Record<SiteId, string> = {
  kazinform: 'Kazinform',
  qazaqtv: 'Qazaq TV',
  senate: 'Senate of the Parliament of the Republic of Kazakhstan',
};

export type PersonName = { family: string; given: string } | { literal: string };

/** A word that can be part of a personal name: starts with a capital letter, then letters, apostrophes, dots, hyphens. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Patronymics (Russian, Kazakh) mark the "Family Given Patronymic" order of official Russian-language bylines. */
const PATRONYMIC = /(?:вич|вна|ична|ұлы|қызы|uly|kyzy|qyzy|ovich|evich|ovna|evna)$/iu;
/** Between two people in one byline. */
const SEPARATOR = /\s*(?:;|,|&|\s(?:and|и|және|men|va)\s)\s*/u;

function person(part: string): PersonName {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return { literal: part };
  if (words.length === 3 && PATRONYMIC.test(words[2] as string)) {
    return { family: words[0] as string, given: words.slice(1).join(' ') };
  }
  return { family: words[words.length - 1] as string, given: words.slice(0, -1).join(' ') };
}

/**
 * The people in a byline. "Adlet Seilkhanov" -> family Seilkhanov, given Adlet;
 * "Seilkhanov, Adlet" (one comma, one word each side) -> the same; "Иванов Иван
 * Иванович" -> family Иванов; several people split on commas, semicolons, "and"/"и"/"және".
 * Anything else (one word, an agency, a long phrase) stays one literal name.
 */
export function parseByline(byline: string | null): PersonName[] {
  const text = (byline ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const commaParts = text.split(/\s*,\s*/);
  if (commaParts.length === 2 && commaParts.every((p) => NAME_WORD.test(p))) {
    return [{ family: commaParts[0] as string, given: commaParts[1] as string }];
  }
  return text
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(person);
}
