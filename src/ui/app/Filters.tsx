/**
 * The list's filters (site, edition language, tag, date range) and its sort order.
 */
import { useEffect, useState } from 'preact/hooks';
import { LANGS, SITE_IDS } from '../../extraction/types';
import type { DalaDatabase } from '../../storage/db';
import { tagKeys, type ListQuery, type SortKey } from '../../storage/query';
import { t } from '../../i18n';
import { errorText } from '../errors';

interface Props {
  db: DalaDatabase;
  query: ListQuery;
  onChange(change: Partial<ListQuery>): void;
}

export function hasFilters(q: ListQuery): boolean {
  return Boolean(q.site || q.lang || q.tag || q.from || q.to || q.sort !== 'savedAt');
}

/** A labelled select of one of `options`, or any (null). */
function Choice<V extends string>(p: { label: string; testid: string; value: V | null; options: [V, string][]; onChange(v: V | null): void }) {
  return (
    <label>
      <span>{p.label}</span>
      <select
        data-testid={p.testid}
        value={p.value ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          p.onChange(p.options.find(([o]) => o === v)?.[0] ?? null);
        }}
      >
        <option value="">{t('filters.any')}</option>
        {p.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Filters({ db, query, onChange }: Props) {
  const [tags, setTags] = useState<string[]>([]);
  const [tagError, setTagError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    tagKeys(db).then(
      (k) => live && setTags(k),
      (e: unknown) => live && setTagError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [db]);

  return (
    <div class="filters" data-testid="filters" role="group" aria-label={t('filters.label')}>
      <label>
        <span>{t('filters.sort')}</span>
        <select data-testid="sort-select" value={query.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}>
          <option value="savedAt">{t('filters.sortSaved')}</option>
          <option value="publishedAt">{t('filters.sortPublished')}</option>
        </select>
      </label>
      <Choice
        label={t('filters.site')}
        testid="filter-site"
        value={query.site}
        options={SITE_IDS.map((s) => [s, t(`site.${s}`)])}
        onChange={(site) => onChange({ site })}
      />
      <Choice
        label={t('filters.lang')}
        testid="filter-lang"
        value={query.lang}
        options={LANGS.map((l) => [l, t(`edition.${l}`)])}
        onChange={(lang) => onChange({ lang })}
      />
      <label>
        <span>{t('filters.tag')}</span>
        <input
          type="text"
          data-testid="filter-tag"
          list="dala-tag-keys"
          value={query.tag ?? ''}
          onInput={(e) => onChange({ tag: e.currentTarget.value || null })}
        />
        <datalist id="dala-tag-keys">
          {tags.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </label>
      <label>
        <span>{query.sort === 'savedAt' ? t('filters.savedFrom') : t('filters.publishedFrom')}</span>
        <input type="date" data-testid="filter-from" value={query.from ?? ''} onInput={(e) => onChange({ from: e.currentTarget.value || null })} />
      </label>
      <label>
        <span>{query.sort === 'savedAt' ? t('filters.savedTo') : t('filters.publishedTo')}</span>
        <input type="date" data-testid="filter-to" value={query.to ?? ''} onInput={(e) => onChange({ to: e.currentTarget.value || null })} />
      </label>
      {hasFilters(query) && (
        <button
          type="button"
          data-testid="filters-clear"
          onClick={() => onChange({ sort: 'savedAt', site: null, lang: null, tag: null, from: null, to: null })}
        >
          {t('filters.clear')}
        </button>
      )}
      {tagError && (
        <p class="error" role="alert">
          {tagError}
        </p>
      )}
    </div>
  );
}
