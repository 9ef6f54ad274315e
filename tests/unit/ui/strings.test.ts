import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../src/i18n';
import { LANGS, SITE_IDS } from '../../../src/extraction/types';
import { SAVE_MODES } from '../../../src/storage/settings';
import type { NameKind, NameRelation } from '../../../src/names/types';
import type { TabState } from '../../../src/messaging/protocol';

// Keys the interface builds from a value (`tab.state.${state}` …): the locale test sees only
// literal keys, so each family is checked here for every value it can take.
const TAB_STATES: TabState[] = ['saved', 'not-saved', 'not-article', 'unsupported', 'unknown'];
const KINDS: NameKind[] = ['person', 'place', 'org'];
const RELATIONS: NameRelation['type'][] = ['rename', 'exonym', 'translation'];

const families: [string, readonly string[]][] = [
  ['tab.state', TAB_STATES],
  ['notes.kind', KINDS],
  ['notes.relation', RELATIONS],
  ['options.mode', SAVE_MODES],
  ['site', SITE_IDS],
  ['edition', LANGS],
];

function lookup(res: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((v, part) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined), res);
}

describe('interface strings built from values', () => {
  it.each(Object.keys(RESOURCES))('%s has a string for every value of every family', (lang) => {
    const res = RESOURCES[lang as keyof typeof RESOURCES];
    for (const [family, values] of families) {
      for (const v of values) expect(typeof lookup(res, `${family}.${v}`), `${lang}: ${family}.${v}`).toBe('string');
    }
  });
});
