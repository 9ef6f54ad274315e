/**
 * The reading room: one app in two forms (`mode`): the compact toolbar popup, and the
 * library in a full browser tab. Views: the list (with search and filters), the reader,
 * and the names notes. Every effect on the world (tabs, clipboard, the background)
 * comes in as a prop, so the whole app runs in tests.
 *
 * Keyboard: `/` focuses the search box, arrows move through the list, Enter opens the
 * reader, Esc goes back, Delete deletes the focused row.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppInfo } from '../../export/json-backup';
import type { ExportFile } from '../../export/types';
import type { DalaDatabase, StoredArticle } from '../../storage/db';
import { deleteArticle, restoreArticle } from '../../storage/articles';
import { DEFAULT_QUERY, searchMatch, type ListQuery, type ListRow } from '../../storage/query';
import { getSettings } from '../../storage/settings';
import type { UiLanguage } from '../../i18n/languages';
import { t } from '../../i18n';
import { errorText } from '../errors';
import { LanguageSwitch } from '../LanguageSwitch';
import { chooseLanguage } from '../language';
import { focusActiveRow } from '../VirtualList';
import type { NamesSource } from '../data/names';
import { ListView } from './ListView';
import { NotesView } from './NotesView';
import { ReaderView } from './ReaderView';
import { TabStatus, type ActiveTab, type SendToBackground } from './TabStatus';
import { UNDO_MS, UndoToast } from './UndoToast';
import type { Mode } from './types';

export interface AppProps {
  db: DalaDatabase;
  mode: Mode;
  names: NamesSource;
  openTab(url: string): void;
  copyText(text: string): Promise<void>;
  /** Opens the library in a tab (popup only). */
  openLibrary?(): void;
  /** Opens the settings page. */
  openOptions?(): void;
  /** The current tab and the background (popup only). */
  tab?: { activeTab(): Promise<ActiveTab | undefined>; send: SendToBackground };
  /** Open this article at start (library.html#article/<id>). */
  initialArticleId?: number | null;
  /** A failure met while starting (settings unreadable), shown at the top. */
  startupError?: unknown;
  undoMs?: number;
  now?(): number;
  /** What an exported backup names as its maker (library only). */
  appInfo?: AppInfo;
  /** Hands an export file to the person (default: a download). */
  download?(file: ExportFile): void;
}

type View = { name: 'list' } | { name: 'reader'; id: number } | { name: 'notes' };

interface Deleted {
  key: number;
  record: StoredArticle;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function App(p: AppProps) {
  const { db } = p;
  const [stack, setStack] = useState<View[]>(() =>
    p.initialArticleId != null ? [{ name: 'list' }, { name: 'reader', id: p.initialArticleId }] : [{ name: 'list' }],
  );
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [activeIndex, setActiveIndex] = useState(0);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  // The failure itself is kept (not its words), so it is said in the language of the moment.
  const [problem, setProblem] = useState<unknown>(p.startupError ?? null);
  const [language, setLanguageChoice] = useState<UiLanguage | null>(null);
  const [, setLanguageVersion] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<'search' | 'row' | null>(null);
  const deletions = useRef(0);
  const view = stack[stack.length - 1] ?? { name: 'list' };

  useEffect(() => {
    getSettings(db).then(
      (s) => setLanguageChoice(s.uiLanguage),
      (e: unknown) => setProblem(e),
    );
  }, [db]);

  const go = useCallback((v: View) => setStack((s) => [...s, v]), []);
  const back = useCallback(() => {
    focusAfter.current = 'row';
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  }, []);
  const home = useCallback((focus: 'search' | 'row' | null = null) => {
    focusAfter.current = focus;
    setStack([{ name: 'list' }]);
  }, []);

  const onQuery = useCallback((change: Partial<ListQuery>) => {
    setQuery((q) => ({ ...q, ...change }));
    setActiveIndex(0);
  }, []);

  const openArticle = useCallback(
    (id: number, index?: number) => {
      if (index !== undefined) setActiveIndex(index);
      go({ name: 'reader', id });
    },
    [go],
  );

  const remove = useCallback(
    async (id: number) => {
      try {
        const record = await deleteArticle(db, id);
        if (!record) return;
        setDeleted({ key: ++deletions.current, record });
        setStack((s) => {
          const rest = s.filter((v) => !(v.name === 'reader' && v.id === id));
          return rest.length ? rest : [{ name: 'list' }];
        });
        focusAfter.current = 'row';
      } catch (e) {
        setProblem(e);
      }
    },
    [db],
  );

  const undo = useCallback(async () => {
    if (!deleted) return;
    try {
      await restoreArticle(db, deleted.record);
      setDeleted(null);
    } catch (e) {
      setProblem(e);
    }
  }, [db, deleted]);

  const closeToast = useCallback(() => setDeleted(null), []);

  const onLanguage = useCallback(
    async (choice: UiLanguage | null) => {
      setLanguageChoice(choice);
      try {
        await chooseLanguage(db, choice);
      } catch (e) {
        setProblem(e);
      }
      setLanguageVersion((v) => v + 1);
    },
    [db],
  );

  // The library tab's address names the article on screen, so a reload or a bookmark comes back to it.
  const readerId = view.name === 'reader' ? view.id : null;
  useEffect(() => {
    if (p.mode !== 'library') return;
    const hash = readerId === null ? '' : `#article/${readerId}`;
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [p.mode, readerId]);

  // Global keys: `/` to search, Esc to go back.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/' && !isEditable(e.target)) {
        e.preventDefault();
        if (view.name === 'list') searchRef.current?.focus();
        else home('search');
      } else if (e.key === 'Escape' && view.name !== 'list') {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view.name, back, home]);

  // Focus follows navigation: back to the row that was open, or to the search box.
  useEffect(() => {
    if (view.name !== 'list' || !focusAfter.current) return;
    const what = focusAfter.current;
    focusAfter.current = null;
    if (what === 'search') searchRef.current?.focus();
    else focusActiveRow(mainRef.current, activeIndex);
  });

  const match = useMemo(() => searchMatch(query.search), [query.search]);

  return (
    <main class={`app app-${p.mode}`} ref={mainRef} data-testid="app" data-mode={p.mode}>
      <header class="app-header">
        <h1 class="brand">{p.mode === 'library' ? t('app.library') : t('extName')}</h1>
        <nav class="views" aria-label={t('app.views')}>
          <button type="button" data-testid="nav-list" aria-current={view.name !== 'notes' ? 'page' : undefined} onClick={() => home()}>
            {t('app.articles')}
          </button>
          <button
            type="button"
            data-testid="nav-notes"
            aria-current={view.name === 'notes' ? 'page' : undefined}
            onClick={() => setStack([{ name: 'list' }, { name: 'notes' }])}
          >
            {t('app.names')}
          </button>
        </nav>
        <span class="header-tools">
          <LanguageSwitch value={language} onChange={(l) => void onLanguage(l)} />
          {p.openLibrary && (
            <button type="button" class="icon-button" data-testid="open-library" aria-label={t('app.openLibrary')} title={t('app.openLibrary')} onClick={p.openLibrary}>
              <span aria-hidden="true">⤢</span>
            </button>
          )}
          {p.openOptions && (
            <button type="button" class="icon-button" data-testid="open-options" aria-label={t('app.openOptions')} title={t('app.openOptions')} onClick={p.openOptions}>
              <span aria-hidden="true">⚙</span>
            </button>
          )}
        </span>
      </header>
      {problem != null && (
        <p class="banner error" role="alert" data-testid="app-error">
          {errorText(problem)}
          <button type="button" class="icon-button" aria-label={t('toast.close')} onClick={() => setProblem(null)}>
            ×
          </button>
        </p>
      )}
      <div class="view">
        {/* The list stays mounted under the reader, so going back finds it as it was (scroll, focus, loaded rows). */}
        <div class="view-list" hidden={view.name !== 'list'}>
          <ListView
            db={db}
            mode={p.mode}
            query={query}
            onQuery={onQuery}
            activeIndex={activeIndex}
            onActiveIndex={setActiveIndex}
            onOpen={openArticle}
            onDelete={(row: ListRow) => void remove(row.id)}
            searchRef={searchRef}
            appInfo={p.appInfo}
            download={p.download}
            top={p.tab && <TabStatus activeTab={p.tab.activeTab} send={p.tab.send} onRead={(id) => openArticle(id)} />}
          />
        </div>
        {view.name === 'reader' && (
          <ReaderView
            key={view.id}
            db={db}
            id={view.id}
            names={p.names}
            match={match}
            openTab={p.openTab}
            copyText={p.copyText}
            onBack={back}
            onTag={(label) => {
              setQuery({ ...DEFAULT_QUERY, sort: query.sort, tag: label });
              setActiveIndex(0);
              home();
            }}
            onOpenArticle={(id) => openArticle(id)}
            onDelete={(a) => void remove(a.id)}
            now={p.now}
          />
        )}
        {view.name === 'notes' && <NotesView db={db} names={p.names} onOpenArticle={(id) => openArticle(id)} />}
      </div>
      {deleted && (
        <UndoToast key={deleted.key} title={deleted.record.title} ms={p.undoMs ?? UNDO_MS} onUndo={() => void undo()} onClose={closeToast} />
      )}
    </main>
  );
}
