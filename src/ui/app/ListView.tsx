/**
 * The list of saved articles: search as you type, filters, sort, and a windowed
 * list of rows (title, site, edition, date, snippet), newest first. In the library
 * tab the list as filtered can be exported.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { AppInfo } from '../../export/json-backup';
import type { ExportFile } from '../../export/types';
import type { DalaDatabase } from '../../storage/db';
import { EXPORT_FORMATS, exportArticles } from '../../storage/exports';
import { isDefaultQuery, orderedIds, searchMatch, type ListQuery, type ListRow, type SearchMatch } from '../../storage/query';
import { t } from '../../i18n';
import { articleDateTime, formatArticleDate, formatNumber } from '../format';
import { Highlight } from '../highlight';
import { errorText } from '../errors';
import { VirtualList, focusActiveRow } from '../VirtualList';
import { ExportControl } from '../transfer/ExportControl';
import { UNKNOWN_VERSION, formatLabel } from '../transfer/formats';
import { Filters, hasFilters } from './Filters';
import { useArticleList } from './useArticleList';
import type { Mode } from './types';
import { libraryHref, plainClick } from './links';

export const ROW_HEIGHT: Record<Mode, number> = { popup: 92, library: 112 };

interface Props {
  db: DalaDatabase;
  mode: Mode;
  query: ListQuery;
  onQuery(change: Partial<ListQuery>): void;
  activeIndex: number;
  onActiveIndex(index: number): void;
  onOpen(id: number, index: number): void;
  onDelete(row: ListRow): void;
  searchRef: RefObject<HTMLInputElement>;
  /** Shown above the search box (the popup's current-tab panel). */
  top?: ComponentChildren;
  /** What a backup of the list names as its maker. */
  appInfo?: AppInfo;
  /** Hands an export file to the person (default: a download). */
  download?(file: ExportFile): void;
}

/** One row; while its data loads it shows a placeholder in the same focusable element, so a row focused from the keyboard keeps the focus when it fills in. */
function Row({ row, index, tabbable, match, onOpen, onDelete, onFocus }: {
  row: ListRow | undefined;
  index: number;
  tabbable: boolean;
  match: SearchMatch;
  onOpen(id: number, index: number): void;
  onDelete(row: ListRow): void;
  onFocus(index: number): void;
}) {
  if (!row) {
    return (
      <>
        <a class="article-open placeholder" data-row-focus tabIndex={tabbable ? 0 : -1} onFocus={() => onFocus(index)}>
          {t('popup.loading')}
        </a>
      </>
    );
  }
  const date = formatArticleDate(row) ?? t('popup.undated');
  return (
    <>
      <a
        class="article-open"
        data-row-focus
        data-testid="article-open"
        href={libraryHref(row.id)}
        tabIndex={tabbable ? 0 : -1}
        onFocus={() => onFocus(index)}
        onClick={(e) => {
          if (!plainClick(e)) return;
          e.preventDefault();
          onOpen(row.id, index);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Delete') {
            e.preventDefault();
            onDelete(row);
          }
        }}
      >
        <span class="article-title" data-testid="article-title" lang={row.lang} dir="auto">
          <Highlight text={row.title} match={match} />
        </span>
        <span class="article-meta">
          <span data-testid="article-site">{t(`site.${row.site}`)}</span>
          <span aria-hidden="true"> · </span>
          <span data-testid="article-edition">{t(`edition.${row.lang}`)}</span>
          <span aria-hidden="true"> · </span>
          <time data-testid="article-date" dateTime={articleDateTime(row)}>
            {date}
          </time>
        </span>
        <span class="article-snippet" data-testid="article-snippet" lang={row.lang} dir="auto">
          <Highlight text={row.snippet} match={match} />
        </span>
      </a>
      <button
        type="button"
        class="icon-button row-delete"
        data-testid="article-delete"
        tabIndex={tabbable ? 0 : -1}
        aria-label={t('list.deleteNamed', { title: row.title })}
        title={t('list.delete')}
        onClick={() => onDelete(row)}
      >
        ×
      </button>
    </>
  );
}

export function ListView(p: Props) {
  const data = useArticleList(p.db, p.query);
  const match = useMemo(() => searchMatch(p.query.search), [p.query.search]);
  const [showFilters, setShowFilters] = useState(p.mode === 'library' || hasFilters(p.query));
  const listBox = useRef<HTMLDivElement>(null);
  const filtered = !isDefaultQuery(p.query);
  const { setRange } = data;
  const onRange = useCallback((s: number, e: number) => setRange(s, e), [setRange]);

  const libraryEmpty = data.total === 0;
  return (
    <section class="list-view" data-testid="list-view" aria-label={t('list.label')}>
      {p.top}
      <div class="search-row">
        <input
          ref={p.searchRef}
          type="search"
          class="search"
          data-testid="search-input"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={p.query.search}
          onInput={(e) => p.onQuery({ search: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && data.count) {
              e.preventDefault();
              focusActiveRow(listBox.current, Math.min(p.activeIndex, data.count - 1));
            } else if (e.key === 'Escape' && p.query.search) {
              e.preventDefault();
              e.stopPropagation();
              p.onQuery({ search: '' });
            }
          }}
        />
        {p.mode === 'popup' && (
          <button
            type="button"
            class="filters-toggle"
            data-testid="filters-toggle"
            aria-expanded={showFilters}
            aria-controls="dala-filters"
            onClick={() => setShowFilters(!showFilters)}
          >
            {t('filters.toggle')}
          </button>
        )}
      </div>
      {(showFilters || hasFilters(p.query)) && (
        <div id="dala-filters">
          <Filters db={p.db} query={p.query} onChange={p.onQuery} />
        </div>
      )}
      {p.mode === 'library' && (
        <div class="list-export" role="group" aria-label={t('transfer.exportList')}>
          <ExportControl
            formats={EXPORT_FORMATS}
            label={(f) => formatLabel(f, 'list')}
            action={t('transfer.exportList')}
            testid="export-list"
            disabled={data.count === 0}
            // The list as it is now, in its order: the query is run again rather than trusting the rows loaded so far.
            run={async (f) => exportArticles(p.db, f, await orderedIds(p.db, p.query), p.appInfo ?? UNKNOWN_VERSION)}
            download={p.download}
          />
        </div>
      )}
      <p class="count" data-testid="article-count" aria-live="polite">
        {filtered
          ? data.settled && t('list.found', { n: formatNumber(data.count) })
          : data.total !== null && !libraryEmpty && t('popup.count', { n: formatNumber(data.total) })}
      </p>
      {data.error != null && (
        <p class="status error" role="alert" data-testid="load-error">
          {t('popup.loadError', { error: errorText(data.error) })}
        </p>
      )}
      {libraryEmpty && data.error == null && (
        <section class="empty" data-testid="empty-state">
          <h2>{t('popup.emptyTitle')}</h2>
          <p>{t('popup.emptyBody')}</p>
        </section>
      )}
      {!libraryEmpty && filtered && data.settled && data.count === 0 && (
        <p class="empty" data-testid="no-results">
          {t('list.noResults')}
        </p>
      )}
      {data.total === null && data.count === 0 && data.error == null && <p class="status">{t('popup.loading')}</p>}
      <div class="list-box" ref={listBox}>
        {data.count > 0 && (
          <VirtualList
            key={JSON.stringify(p.query)}
            count={data.count}
            rowHeight={ROW_HEIGHT[p.mode]}
            activeIndex={p.activeIndex}
            onActiveIndex={p.onActiveIndex}
            onRange={onRange}
            listProps={{ 'data-testid': 'article-list', 'aria-label': t('list.label'), class: 'article-list' } as Record<string, string>}
            rowAttrs={(i) => {
              const row = data.rowAt(i);
              return row
                ? { 'data-testid': 'article-item', 'data-url': row.canonicalUrl, 'data-id': String(row.id), class: 'article-item' }
                : { 'data-testid': 'article-item-loading', class: 'article-item loading', 'aria-busy': true };
            }}
            renderRow={(i, tabbable) => {
              return (
                <Row row={data.rowAt(i)} index={i} tabbable={tabbable} match={match} onOpen={p.onOpen} onDelete={p.onDelete} onFocus={p.onActiveIndex} />
              );
            }}
          />
        )}
      </div>
    </section>
  );
}
