import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type DalaDatabase } from '../../../src/storage/db';
import { DEFAULT_SETTINGS, getSettings, normaliseSettings, updateSettings } from '../../../src/storage/settings';

let db: DalaDatabase;
let n = 0;
beforeEach(() => {
  db = openDatabase(`settings-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('settings', () => {
  it('defaults to saving automatically on every site and following the browser language', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores per-site modes and the interface language, keeping the other sites', async () => {
    await updateSettings(db, { saveMode: { ...DEFAULT_SETTINGS.saveMode, senate: 'ask' } });
    const s = await updateSettings(db, { uiLanguage: 'kk-Arab' });
    expect(s).toEqual({ saveMode: { kazinform: 'auto', qazaqtv: 'auto', senate: 'ask' }, uiLanguage: 'kk-Arab' });
    expect(await getSettings(db)).toEqual(s);
  });

  it('reads damaged settings as defaults, part by part', () => {
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ saveMode: { senate: 'never', kazinform: 'sometimes' }, uiLanguage: 'fr' })).toEqual({
      saveMode: { kazinform: 'auto', qazaqtv: 'auto', senate: 'never' },
      uiLanguage: null,
    });
  });
});
