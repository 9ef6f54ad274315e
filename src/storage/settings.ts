/**
 * User settings, kept in the library database (so a backup holds them and they
 * survive a service-worker restart). Every read validates what it finds and falls
 * back to the default for anything unreadable.
 */
import { SITE_IDS, type SiteId } from '../extraction/types';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import type { DalaDatabase } from './db';
import { toStorageError } from './errors';

import type { SaveMode } from '../messaging/protocol';

export type { SaveMode };
export const SAVE_MODES: readonly SaveMode[] = ['auto', 'ask', 'never'];

export interface Settings {
  /** Per site: save automatically, ask on the page, or never save by itself. */
  saveMode: Record<SiteId, SaveMode>;
  /** Interface language; null follows the browser. */
  uiLanguage: UiLanguage | null;
}

export const DEFAULT_SETTINGS: Settings = {
  saveMode: { kazinform: 'auto', qazaqtv: 'auto', senate: 'auto' },
  uiLanguage: null,
};

const KEY = 'settings';

/** Any value -> valid Settings; unknown or bad parts take their defaults. */
export function normaliseSettings(v: unknown): Settings {
  const r = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  const modes = typeof r.saveMode === 'object' && r.saveMode !== null ? (r.saveMode as Record<string, unknown>) : {};
  const saveMode = { ...DEFAULT_SETTINGS.saveMode };
  for (const site of SITE_IDS) {
    const m = modes[site];
    if (typeof m === 'string' && (SAVE_MODES as readonly string[]).includes(m)) saveMode[site] = m as SaveMode;
  }
  const lang = r.uiLanguage;
  const uiLanguage = typeof lang === 'string' && (UI_LANGUAGES as readonly string[]).includes(lang) ? (lang as UiLanguage) : null;
  return { saveMode, uiLanguage };
}

export async function getSettings(db: DalaDatabase): Promise<Settings> {
  try {
    return normaliseSettings((await db.settings.get(KEY))?.value);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Applies a partial change and returns the settings as stored. */
export async function updateSettings(db: DalaDatabase, change: Partial<Settings>): Promise<Settings> {
  try {
    return await db.transaction('rw', db.settings, async () => {
      const current = normaliseSettings((await db.settings.get(KEY))?.value);
      const next = normaliseSettings({ ...current, ...change, saveMode: { ...current.saveMode, ...change.saveMode } });
      await db.settings.put({ key: KEY, value: next });
      return next;
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
