/**
 * The settings page: how each site's articles are saved, the interface language,
 * the storage the library uses (and whether the browser keeps it for good), export
 * of the library (a JSON backup or an open format), import of a backup, and "delete
 * everything", behind a confirmation step.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { SITE_IDS, type SiteId } from '../../extraction/types';
import type { DalaDatabase } from '../../storage/db';
import { deleteAllArticles } from '../../storage/articles';
import { countArticles } from '../../storage/query';
import { DEFAULT_SETTINGS, SAVE_MODES, getSettings, updateSettings, type SaveMode, type Settings } from '../../storage/settings';
import { EXPORT_FORMATS, exportArticles } from '../../storage/exports';
import type { AppInfo } from '../../export/json-backup';
import type { ExportFile } from '../../export/types';
import type { UiLanguage } from '../../i18n/languages';
import { t } from '../../i18n';
import { errorText } from '../errors';
import { formatBytes, formatNumber } from '../format';
import { LanguageSwitch } from '../LanguageSwitch';
import { applyLanguage, chooseLanguage } from '../language';
import { ExportControl } from '../transfer/ExportControl';
import { UNKNOWN_VERSION, formatLabel } from '../transfer/formats';
import { ImportPanel } from '../transfer/ImportPanel';
import { persistStorage, type StorageAccess } from '../persist';

interface Props {
  db: DalaDatabase;
  /** navigator.storage, or undefined where the browser has none. */
  storage: StorageAccess | undefined;
  /** A failure met while starting (settings unreadable), shown at the top. */
  startupError?: string | null;
  /** What a backup names as its maker (boot.tsx gives the manifest's version). */
  app?: AppInfo;
  /** Hands an export file to the person (default: a download through an <a download>). */
  download?(file: ExportFile): void;
}

interface Usage {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export function OptionsApp({ db, storage, startupError, app = UNKNOWN_VERSION, download }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [usage, setUsage] = useState<Usage | null>(null);
  const [problem, setProblem] = useState<string | null>(startupError ?? null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, setLanguageVersion] = useState(0);

  const fail = (e: unknown) => setProblem(errorText(e));

  const measure = async () => {
    try {
      const [estimate, persisted] = await Promise.all([
        storage?.estimate ? storage.estimate() : Promise.resolve(undefined),
        storage?.persisted ? storage.persisted() : Promise.resolve(null),
      ]);
      setUsage({ usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted });
    } catch (e) {
      setProblem(t('options.storageUnknown', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  useEffect(() => {
    getSettings(db).then(setSettings, fail);
    const sub = liveQuery(() => countArticles(db)).subscribe({ next: setCount, error: fail });
    void measure();
    return () => sub.unsubscribe();
  }, [db, storage]);

  const change = async (c: Partial<Settings>) => {
    setProblem(null);
    try {
      setSettings(await updateSettings(db, c));
      setStatus(t('options.saved'));
    } catch (e) {
      fail(e);
    }
  };

  const onLanguage = async (choice: UiLanguage | null) => {
    setProblem(null);
    try {
      await chooseLanguage(db, choice);
      setSettings((s) => (s ? { ...s, uiLanguage: choice } : s));
      setStatus(t('options.saved'));
    } catch (e) {
      fail(e);
    }
    setLanguageVersion((v) => v + 1);
  };

  // An import that replaced the settings: show them, in the language they choose.
  const reloadSettings = async () => {
    try {
      const s = await getSettings(db);
      setSettings(s);
      await applyLanguage(s.uiLanguage);
    } catch (e) {
      fail(e);
    }
    setLanguageVersion((v) => v + 1);
  };

  const keep = async () => {
    const r = await persistStorage(storage);
    if (r.error) setProblem(t('options.persistFailed', { error: r.error }));
    await measure();
  };

  const eraseAll = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const n = await deleteAllArticles(db);
      setStatus(t('options.deletedAll', { n: formatNumber(n) }));
      setConfirming(false);
      await measure();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="options" data-testid="options">
      <h1>{t('options.heading')}</h1>
      {problem && (
        <p class="banner error" role="alert" data-testid="options-error">
          {problem}
        </p>
      )}
      <p class="status" role="status" data-testid="options-status">
        {status}
      </p>

      <section aria-labelledby="dala-saving">
        <h2 id="dala-saving">{t('options.saving')}</h2>
        <p class="muted">{t('options.savingIntro')}</p>
        {SITE_IDS.map((site: SiteId) => (
          <fieldset key={site} class="save-mode" data-testid={`save-mode-${site}`} disabled={!settings}>
            <legend>{t(`site.${site}`)}</legend>
            {SAVE_MODES.map((mode: SaveMode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={`save-mode-${site}`}
                  value={mode}
                  data-testid={`save-mode-${site}-${mode}`}
                  checked={settings?.saveMode[site] === mode}
                  onChange={() => void change({ saveMode: { ...(settings?.saveMode ?? DEFAULT_SETTINGS.saveMode), [site]: mode } })}
                />
                {t(`options.mode.${mode}`)}
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="dala-language">
        <h2 id="dala-language">{t('language.label')}</h2>
        <LanguageSwitch value={settings?.uiLanguage ?? null} onChange={(l) => void onLanguage(l)} />
      </section>

      <section aria-labelledby="dala-storage">
        <h2 id="dala-storage">{t('options.storage')}</h2>
        <dl class="facts">
          <dt>{t('options.articles')}</dt>
          <dd data-testid="article-total">{count === null ? '…' : formatNumber(count)}</dd>
          <dt>{t('options.used')}</dt>
          <dd data-testid="storage-usage">
            {usage?.usage == null
              ? t('options.unknown')
              : usage.quota == null
                ? formatBytes(usage.usage)
                : t('options.usedOf', { used: formatBytes(usage.usage), quota: formatBytes(usage.quota) })}
          </dd>
          <dt>{t('options.persistence')}</dt>
          <dd data-testid="storage-persisted" data-persisted={String(usage?.persisted ?? 'unknown')}>
            {usage?.persisted === true ? t('options.persisted') : usage?.persisted === false ? t('options.notPersisted') : t('options.unknown')}
          </dd>
        </dl>
        {usage?.persisted === false && (
          <button type="button" data-testid="persist-button" onClick={() => void keep()}>
            {t('options.persist')}
          </button>
        )}
      </section>

      <section aria-labelledby="dala-export">
        <h2 id="dala-export">{t('transfer.exportHeading')}</h2>
        <p class="muted">{t('transfer.exportIntro')}</p>
        <ExportControl
          formats={EXPORT_FORMATS}
          label={(f) => formatLabel(f, 'library')}
          action={t('transfer.exportLibrary')}
          testid="export-library"
          run={(f) => exportArticles(db, f, 'all', app)}
          download={download}
        />
      </section>

      <section aria-labelledby="dala-import">
        <h2 id="dala-import">{t('transfer.importHeading')}</h2>
        <p class="muted">{t('transfer.importIntro')}</p>
        <ImportPanel db={db} onSettingsImported={() => void reloadSettings()} />
      </section>

      <section aria-labelledby="dala-erase" class="danger-zone">
        <h2 id="dala-erase">{t('options.eraseHeading')}</h2>
        {!confirming ? (
          <button type="button" class="danger" data-testid="delete-all" disabled={!count} onClick={() => setConfirming(true)}>
            {t('options.eraseButton')}
          </button>
        ) : (
          <div class="confirm" role="alertdialog" aria-labelledby="dala-erase-q" data-testid="delete-all-confirm">
            <p id="dala-erase-q">{t('options.eraseQuestion', { n: formatNumber(count ?? 0) })}</p>
            <button type="button" class="danger" data-testid="confirm-delete-all" disabled={busy} onClick={() => void eraseAll()}>
              {t('options.eraseConfirm')}
            </button>
            <button type="button" data-testid="cancel-delete-all" onClick={() => setConfirming(false)}>
              {t('options.eraseCancel')}
            </button>
          </div>
        )}
      </section>
    </main>
  );
}
