/**
 * One article, for reading: title, date as Kazakhstan printed it, dateline, author,
 * lead, body, credits, the original link; tags that lead both to the site's tag page
 * and to the list of saved articles with that tag; and the transliteration notes of
 * the names in it. Everything from the page is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { DalaDatabase, StoredArticle } from '../../storage/db';
import { getArticle } from '../../storage/articles';
import type { SearchMatch } from '../../storage/query';
import { currentLanguage, isRtl, t } from '../../i18n';
import { articleDateTime, formatArticleDate, formatMoment } from '../format';
import { Highlight } from '../highlight';
import { toCitation, toMarkdown } from '../copy';
import { errorText } from '../errors';
import type { NamesSource, VariantGroup } from '../data/names';
import { ArticleLinks } from './ArticleLinks';
import { NoteList } from './NoteList';
import { safeHttpUrl } from './links';

interface Props {
  db: DalaDatabase;
  id: number;
  names: NamesSource;
  /** The search whose matches are marked in the text (when opened from a search). */
  match: SearchMatch;
  openTab(url: string): void;
  copyText(text: string): Promise<void>;
  onBack(): void;
  onTag(label: string): void;
  onOpenArticle(id: number): void;
  onDelete(article: StoredArticle): void;
  now?(): number;
}

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; article: StoredArticle } | { status: 'error'; message: string };

export function ReaderView(p: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [copied, setCopied] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  const { db, id } = p;

  // Focus moves to the article when it opens (the list row that had it is hidden now).
  useEffect(() => {
    if (loaded.status !== 'ready' || focused.current) return;
    focused.current = true;
    titleRef.current?.focus();
  }, [loaded.status]);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    const sub = liveQuery(() => getArticle(db, id)).subscribe({
      next: (a) => setLoaded(a ? { status: 'ready', article: a } : { status: 'missing' }),
      error: (e: unknown) => setLoaded({ status: 'error', message: errorText(e) }),
    });
    return () => sub.unsubscribe();
  }, [db, id]);

  const copy = async (text: string, done: string) => {
    try {
      await p.copyText(text);
      setCopied(done);
    } catch (e) {
      setCopied(t('reader.copyFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const toolbar = (
    <div class="toolbar" role="toolbar" aria-label={t('reader.actions')}>
      {/* Named by its visible text (a spoken name that differs from the shown one fails WCAG 2.5.3, Label in Name); the longer hint and the key are a description. */}
      <button type="button" data-testid="reader-back" onClick={p.onBack} title={t('reader.backLabel')} aria-keyshortcuts="Escape">
        <span aria-hidden="true" class="back-arrow">
          ←
        </span>{' '}
        {t('reader.back')}
      </button>
      {loaded.status === 'ready' && (
        <>
          <button type="button" data-testid="copy-markdown" onClick={() => void copy(toMarkdown(loaded.article), t('reader.copiedMarkdown'))}>
            {t('reader.copyMarkdown')}
          </button>
          <button
            type="button"
            data-testid="copy-citation"
            onClick={() => void copy(toCitation(loaded.article, p.now?.()), t('reader.copiedCitation'))}
          >
            {t('reader.copyCitation')}
          </button>
          <button type="button" class="danger" data-testid="reader-delete" onClick={() => p.onDelete(loaded.article)}>
            {t('list.delete')}
          </button>
        </>
      )}
    </div>
  );

  if (loaded.status !== 'ready') {
    return (
      <section class="reader" data-testid="reader" aria-label={t('reader.label')}>
        {toolbar}
        {loaded.status === 'loading' && <p class="status">{t('popup.loading')}</p>}
        {loaded.status === 'missing' && (
          <p class="status" data-testid="reader-missing">
            {t('reader.missing')}
          </p>
        )}
        {loaded.status === 'error' && (
          <p class="status error" role="alert" data-testid="load-error">
            {loaded.message}
          </p>
        )}
      </section>
    );
  }

  const a = loaded.article;
  const original = safeHttpUrl(a.canonicalUrl) ?? safeHttpUrl(a.url);
  const published = formatArticleDate(a);
  const match = p.match;
  return (
    <section class="reader" data-testid="reader" aria-label={t('reader.label')}>
      {toolbar}
      {copied && (
        <p class="status" role="status" data-testid="copy-status">
          {copied}
        </p>
      )}
      <article class="reader-article" lang={a.lang} dir={a.lang === 'kk-Arab' ? 'rtl' : 'auto'}>
        <h2 class="reader-title" data-testid="reader-title" tabIndex={-1} ref={titleRef}>
          <Highlight text={a.title} match={match} />
        </h2>
        <p class="reader-meta" lang={currentLanguage()} dir={isRtl() ? 'rtl' : 'ltr'}>
          <span data-testid="reader-site">{t(`site.${a.site}`)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t(`edition.${a.lang}`)}</span>
          <span aria-hidden="true"> · </span>
          <time data-testid="reader-date" dateTime={articleDateTime(a)}>
            {published ?? t('popup.undated')}
          </time>
        </p>
        {(a.dateline || a.author) && (
          <p class="reader-byline">
            {a.dateline && <span data-testid="reader-dateline">{a.dateline}</span>}
            {a.dateline && a.author && <span aria-hidden="true"> · </span>}
            {a.author && <span data-testid="reader-author">{a.author}</span>}
          </p>
        )}
        {a.lead && (
          <p class="reader-lead" data-testid="reader-lead">
            <Highlight text={a.lead} match={match} />
          </p>
        )}
        <div class="reader-body" data-testid="reader-body">
          {a.paragraphs.map((para, i) => (
            <p key={i}>
              <Highlight text={para} match={match} />
            </p>
          ))}
        </div>
        {a.credits.length > 0 && (
          <ul class="reader-credits" data-testid="reader-credits">
            {a.credits.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </article>
      {a.tags.length > 0 && (
        <section class="reader-tags" aria-label={t('reader.tags')}>
          <h3>{t('reader.tags')}</h3>
          <ul data-testid="reader-tags">
            {a.tags.map((tag, i) => {
              const url = safeHttpUrl(tag.url);
              return (
                <li key={i} data-testid="reader-tag">
                  <button
                    type="button"
                    class="tag-chip"
                    data-testid="tag-filter-link"
                    lang={a.lang}
                    aria-label={t('reader.tagArticles', { tag: tag.label })}
                    onClick={() => p.onTag(tag.label)}
                  >
                    {tag.label}
                  </button>
                  {url && (
                    <a
                      class="tag-site"
                      data-testid="tag-site-link"
                      href={url}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={t('reader.tagOnSite', { tag: tag.label, site: t(`site.${a.site}`) })}
                      onClick={(e) => {
                        e.preventDefault();
                        p.openTab(url);
                      }}
                    >
                      <span aria-hidden="true">↗</span>
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {original && (
        <p class="reader-original">
          <a
            data-testid="reader-original"
            href={original}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              e.preventDefault();
              p.openTab(original);
            }}
          >
            {t('reader.original')}
          </a>
          <span class="muted"> · {t('reader.savedOn', { date: formatMoment(a.savedAt) })}</span>
        </p>
      )}
      <ArticleNotes db={db} id={id} names={p.names} onOpenArticle={p.onOpenArticle} />
    </section>
  );
}

/** The transliteration notes of the names in one article: each name, its other spellings in the library, the rule, the articles. */
function ArticleNotes({ db, id, names, onOpenArticle }: { db: DalaDatabase; id: number; names: NamesSource; onOpenArticle(id: number): void }) {
  const [groups, setGroups] = useState<VariantGroup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setGroups(null);
    setError(null);
    names.groupsForArticle(id).then(
      (g) => live && setGroups(g),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [names, id]);

  return (
    <section class="reader-notes" data-testid="reader-notes" aria-label={t('notes.inArticle')}>
      <h3>{t('notes.inArticle')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!groups && !error && <p class="status">{t('notes.reading')}</p>}
      {groups && groups.length === 0 && <p class="muted">{t('notes.noneInArticle')}</p>}
      {groups && groups.length > 0 && (
        <ul class="name-notes">
          {groups.map((g) => {
            const here = g.forms.filter((f) => (g.articles[f] ?? []).includes(String(id)));
            const elsewhere = g.forms.filter((f) => !here.includes(f));
            return (
              <li key={g.key} class="name-note" data-testid="name-note">
                <p class="name-forms">
                  <strong data-testid="name-here">{here.join(' / ')}</strong>
                  {elsewhere.length > 0 && (
                    <>
                      {' '}
                      <span class="muted">{t('notes.alsoWritten')}</span> <span data-testid="name-elsewhere">{elsewhere.join(' / ')}</span>
                    </>
                  )}
                </p>
                <NoteList notes={g.notes} />
                <ArticleLinks db={db} group={g} exclude={id} onOpenArticle={onOpenArticle} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
