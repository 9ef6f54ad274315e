import { describe, expect, it } from 'vitest';
import { RESOURCES, i18n, initI18n, t } from '../../../src/i18n';
import { UI_LANGUAGES, matchLanguage } from '../../../src/i18n/languages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

const en = RESOURCES.en;
const enKeys = keys(en).sort();

describe('locales', () => {
  it('ships a file for every interface language and nothing else', () => {
    const files = readdirSync(join(__dirname, '../../../locales')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of en, each non-empty, with the same placeholders', (lang) => {
    const res = RESOURCES[lang];
    expect(keys(res).sort()).toEqual(enKeys);
    const flat = (o: Record<string, unknown>, k: string) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) as string;
    for (const k of enKeys) {
      const v = flat(res, k);
      expect(v.trim(), `${lang}:${k}`).not.toBe('');
      expect(placeholders(v), `${lang}:${k}`).toEqual(placeholders(flat(en, k)));
    }
  });

  it('every key the code uses exists in en', () => {
    const src = join(__dirname, '../../../src');
    const entry = join(__dirname, '../../../entrypoints');
    const files: string[] = [];
    const walk = (d: string) =>
      readdirSync(d, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : /\.(ts|tsx)$/.test(e.name) && files.push(join(d, e.name)),
      );
    walk(src);
    walk(entry);
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1] ?? '');
    expect(used.size).toBeGreaterThan(5);
    for (const k of used) expect(enKeys, `missing key ${k}`).toContain(k);
  });

  it('translates through i18next and follows the browser language', async () => {
    await initI18n('ru-RU');
    expect(i18n.language).toBe('ru');
    expect(t('popup.count', { n: '3' })).toBe('Сохранено: 3');
    expect(matchLanguage('kk-Arab')).toBe('kk-Arab');
    expect(matchLanguage('kk_KZ')).toBe('kk');
    expect(matchLanguage('zh-Hans-CN')).toBe('zh');
    expect(matchLanguage('de-DE')).toBe('en');
  });
});
