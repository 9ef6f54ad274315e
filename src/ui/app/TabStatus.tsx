/**
 * The current tab, as the background knows it: saved, not saved, not an article,
 * or a site Dala Reader does not read; with a "Save this page" button.
 * Answers from the background are checked before use (they cross a context boundary).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ErrorCode, ErrorResponse, SaveResponse, SaveTabMessage, TabState, TabStatusMessage, TabStatusResponse } from '../../messaging/protocol';
import { t } from '../../i18n';

export interface ActiveTab {
  id: number;
  url?: string;
}

/** Sends a message to the background and resolves with its (unchecked) answer. */
export type SendToBackground = (message: SaveTabMessage | TabStatusMessage) => Promise<unknown>;

const TAB_STATES: readonly TabState[] = ['saved', 'not-saved', 'not-article', 'unsupported', 'unknown', 'save-failed'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function asError(v: Record<string, unknown>): ErrorResponse | null {
  return v.ok === false && typeof v.code === 'string' && typeof v.error === 'string'
    ? { ok: false, code: v.code as ErrorCode, error: v.error }
    : null;
}

export function parseTabStatus(v: unknown): TabStatusResponse | ErrorResponse {
  if (isRecord(v)) {
    const err = asError(v);
    if (err) return err;
    if (v.ok === true && typeof v.state === 'string' && (TAB_STATES as readonly string[]).includes(v.state)) {
      return {
        ok: true,
        state: v.state as TabState,
        url: typeof v.url === 'string' ? v.url : null,
        articleId: typeof v.articleId === 'number' ? v.articleId : null,
        reason: typeof v.reason === 'string' ? v.reason : null,
        failure: isRecord(v.failure) ? asError({ ok: false, ...v.failure }) : null,
      };
    }
  }
  return { ok: false, code: 'internal', error: 'The background sent an answer that could not be read.' };
}

export function parseSaveResponse(v: unknown): SaveResponse | ErrorResponse {
  if (isRecord(v)) {
    const err = asError(v);
    if (err) return err;
    if (v.ok === true && typeof v.id === 'number') return { ok: true, id: v.id, created: v.created === true, changed: v.changed === true };
  }
  return { ok: false, code: 'internal', error: 'The background sent an answer that could not be read.' };
}

/** A failed save in words: the known causes translated, anything else with the background's own text. */
export function saveErrorText(r: ErrorResponse): string {
  switch (r.code) {
    case 'quota-exceeded':
      return t('errors.quota');
    case 'storage-unavailable':
      return t('errors.unavailable');
    case 'no-content-script':
      return t('tab.errorNotReady');
    case 'not-an-article':
      return t('tab.errorNotArticle');
    default:
      return t('prompt.failed', { error: r.error });
  }
}

interface Props {
  activeTab(): Promise<ActiveTab | undefined>;
  send: SendToBackground;
  onRead(articleId: number): void;
}

type Known = { state: TabState; articleId: number | null };

export function TabStatus({ activeTab, send, onRead }: Props) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [known, setKnown] = useState<Known | null>(null);
  // Kept as a way to say it, so a language switch re-words a problem already shown.
  const [problem, setProblem] = useState<(() => string) | null>(null);
  const [saving, setSaving] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const active = await activeTab();
        if (!live) return;
        if (!active) {
          setKnown({ state: 'unsupported', articleId: null });
          return;
        }
        setTab(active);
        const r = parseTabStatus(await send({ type: 'tab-status', tabId: active.id }));
        if (!live) return;
        if (r.ok) {
          setKnown({ state: r.state, articleId: r.articleId });
          const failure = r.failure;
          if (r.state === 'save-failed' && failure) setProblem(() => () => saveErrorText({ ok: false, ...failure }));
        }
        else setProblem(() => () => t('tab.statusFailed', { error: r.error }));
      } catch (e) {
        if (live) setProblem(() => () => t('tab.statusFailed', { error: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      live = false;
    };
  }, [activeTab, send]);

  const save = async () => {
    if (!tab) return;
    setSaving(true);
    setProblem(null);
    try {
      const r = parseSaveResponse(await send({ type: 'save-tab', tabId: tab.id }));
      if (r.ok) {
        setKnown({ state: 'saved', articleId: r.id });
        setJustSaved(true);
      } else {
        setProblem(() => () => saveErrorText(r));
        if (r.code === 'not-an-article') setKnown({ state: 'not-article', articleId: null });
      }
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      setProblem(() => () => t('prompt.failed', { error }));
    } finally {
      setSaving(false);
    }
  };

  const state = known?.state;
  const canSave = state === 'not-saved' || state === 'unknown' || state === 'save-failed';
  return (
    <section class="tab-status" data-testid="tab-status" data-state={state ?? 'loading'} aria-label={t('tab.label')}>
      <p class="tab-status-text" role="status">
        {!known && !problem && t('popup.loading')}
        {state && (justSaved ? t('prompt.saved') : t(`tab.state.${state}`))}
      </p>
      {canSave && (
        <button type="button" class="primary" data-testid="save-tab" disabled={saving} onClick={() => void save()}>
          {saving ? t('tab.saving') : t('tab.save')}
        </button>
      )}
      {state === 'saved' && known?.articleId != null && (
        <button type="button" data-testid="tab-read" onClick={() => onRead(known.articleId as number)}>
          {t('tab.read')}
        </button>
      )}
      {problem && (
        <p class="error" role="alert" data-testid="tab-error">
          {problem()}
        </p>
      )}
    </section>
  );
}
