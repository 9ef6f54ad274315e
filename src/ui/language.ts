/**
 * The interface language of an extension page: the one chosen in settings, else the
 * browser's; applied to <html lang dir> so right-to-left languages mirror the layout.
 */
import { currentLanguage, initI18n, isRtl, setLanguage } from '../i18n';
import { matchLanguage, type UiLanguage } from '../i18n/languages';
import type { DalaDatabase } from '../storage/db';
import { getSettings, updateSettings } from '../storage/settings';

function browserLanguage(): UiLanguage {
  return matchLanguage(globalThis.navigator?.language);
}

/** Sets <html lang> and <html dir> from the current interface language. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = currentLanguage();
  doc.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
}

/** Switches the interface to `choice` (null: the browser's language) in this page. */
export async function applyLanguage(choice: UiLanguage | null, doc: Document = document): Promise<void> {
  await initI18n();
  await setLanguage(choice ?? browserLanguage());
  applyDocumentLanguage(doc);
}

/** Reads the chosen language from settings and applies it; a storage failure is returned (the page shows it), the browser's language is used meanwhile. */
export async function startLanguage(db: DalaDatabase, doc: Document = document): Promise<{ choice: UiLanguage | null; error: unknown }> {
  let choice: UiLanguage | null = null;
  let error: unknown = null;
  try {
    choice = (await getSettings(db)).uiLanguage;
  } catch (e) {
    error = e;
  }
  await applyLanguage(choice, doc);
  return { choice, error };
}

/** Switches and remembers the choice; the switch happens even if remembering fails (the error is thrown after). */
export async function chooseLanguage(db: DalaDatabase, choice: UiLanguage | null, doc: Document = document): Promise<void> {
  await applyLanguage(choice, doc);
  await updateSettings(db, { uiLanguage: choice });
}
