/**
 * For each spelling of a name, the saved articles that use it, as links that open
 * the reader (titles read on demand; a long list shows its first few and a count).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DalaDatabase } from '../../storage/db';
import { titlesOf } from '../../storage/query';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { errorText } from '../errors';
import { libraryHref, plainClick } from './links';

const SHOWN = 12;

interface Props {
  db: DalaDatabase;
  /** The spellings (or names), and for each the ids of the articles that use it. */
  group: { forms: readonly string[]; articles: Readonly<Record<string, readonly string[]>> };
  /** The article being read, left out of the links. */
  exclude?: number;
  onOpenArticle(id: number): void;
}

type Titles = Awaited<ReturnType<typeof titlesOf>>;

export function ArticleLinks({ db, group, exclude, onOpenArticle }: Props) {
  const perForm = group.forms
    .map((form) => ({
      form,
      ids: (group.articles[form] ?? []).map(Number).filter((id) => Number.isInteger(id) && id !== exclude),
    }))
    .filter((f) => f.ids.length > 0);
  const wanted = [...new Set(perForm.flatMap((f) => f.ids.slice(0, SHOWN)))];
  const [titles, setTitles] = useState<Titles | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wantedKey = wanted.join(',');

  useEffect(() => {
    let live = true;
    titlesOf(db, wanted).then(
      (m) => live && setTitles(m),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
    // `wanted` is compared by value through wantedKey.
  }, [db, wantedKey]);

  if (!perForm.length) return null;
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  return (
    <ul class="form-articles" data-testid="name-articles">
      {perForm.map(({ form, ids }) => (
        <li key={form}>
          <span class="form-label">{t('notes.formIn', { form })}</span>
          <ul>
            {ids.slice(0, SHOWN).map((id) => {
              const a = titles?.get(id);
              if (titles && !a) return null;
              return (
                <li key={id}>
                  <a
                    href={libraryHref(id)}
                    data-testid="name-article-link"
                    data-id={String(id)}
                    lang={a?.lang}
                    dir="auto"
                    onClick={(e) => {
                      if (!plainClick(e)) return;
                      e.preventDefault();
                      onOpenArticle(id);
                    }}
                  >
                    {a?.title ?? t('popup.loading')}
                  </a>
                </li>
              );
            })}
            {ids.length > SHOWN && <li class="muted">{t('notes.more', { n: formatNumber(ids.length - SHOWN) })}</li>}
          </ul>
        </li>
      ))}
    </ul>
  );
}
