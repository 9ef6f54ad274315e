import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { DalaDatabase } from '../../storage/db';
import { listArticles } from '../../storage/articles';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { ArticleList, type ListedArticle } from './ArticleList';

interface Props {
  db: DalaDatabase;
  openTab(url: string): void;
}

type State = { status: 'loading' } | { status: 'ready'; articles: ListedArticle[] } | { status: 'error'; message: string };

export function App({ db, openTab }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    // liveQuery re-runs when the background writes, so the list follows saves while the popup is open.
    const sub = liveQuery(() => listArticles(db)).subscribe({
      next: (articles) => setState({ status: 'ready', articles }),
      error: (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }, [db]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popup.heading')}</h1>
        {state.status === 'ready' && state.articles.length > 0 && (
          <span class="count" data-testid="article-count">
            {t('popup.count', { n: formatNumber(state.articles.length) })}
          </span>
        )}
      </header>
      {state.status === 'loading' && <p class="status">{t('popup.loading')}</p>}
      {state.status === 'error' && (
        <p class="status error" role="alert" data-testid="load-error">
          {t('popup.loadError', { error: state.message })}
        </p>
      )}
      {state.status === 'ready' && state.articles.length === 0 && (
        <section class="empty" data-testid="empty-state">
          <h2>{t('popup.emptyTitle')}</h2>
          <p>{t('popup.emptyBody')}</p>
        </section>
      )}
      {state.status === 'ready' && state.articles.length > 0 && (
        <ArticleList articles={state.articles} onOpen={(a) => openTab(a.canonicalUrl || a.url)} />
      )}
    </main>
  );
}
