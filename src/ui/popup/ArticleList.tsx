import type { StoredArticle } from '../../storage/db';
import { t } from '../../i18n';
import { formatPublished } from '../format';

export type ListedArticle = Pick<StoredArticle, 'id' | 'title' | 'site' | 'lang' | 'publishedAt' | 'canonicalUrl' | 'url'>;

interface Props {
  articles: ListedArticle[];
  onOpen(article: ListedArticle): void;
}

export function ArticleList({ articles, onOpen }: Props) {
  return (
    <ul class="article-list" data-testid="article-list">
      {articles.map((a) => (
        <li key={a.id} class="article-item" data-testid="article-item" data-url={a.canonicalUrl} data-id={a.id}>
          <a
            class="article-link"
            href={a.canonicalUrl}
            title={t('popup.openOriginal')}
            onClick={(e) => {
              e.preventDefault();
              onOpen(a);
            }}
          >
            <span class="article-title" data-testid="article-title" lang={a.lang}>
              {a.title}
            </span>
            <span class="article-meta">
              <span class="article-site">{t(`site.${a.site}`)}</span>
              <span aria-hidden="true"> · </span>
              <span class="article-edition">{t(`edition.${a.lang}`)}</span>
              <span aria-hidden="true"> · </span>
              <time dateTime={a.publishedAt ?? undefined}>{formatPublished(a.publishedAt) ?? t('popup.undated')}</time>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
