/**
 * URL paths that are never one article on any of the three sites: home pages, feeds,
 * category/tag/author pages, search, archives, paginated lists.
 */

const LIST_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^\/?$/, 'home page'],
  [/^\/(?:lenta|news-feed|feed|rss|last-news|latest|all-news)(?:\/|\.|$)/, 'news feed'],
  [/^\/(?:category|categories|rubric|rubrics|section|sections)(?:\/|$)/, 'category page'],
  [/_[sc]\d+\/?$/, 'category page'],
  [/^\/(?:tag|tags|theme|themes|teg|tegi)(?:\/|$)/, 'tag page'],
  [/_t\d+\/?$/, 'tag page'],
  [/^\/(?:search|search_results|search-results|poisk|izdeu)(?:\/|$)/, 'search page'],
  [/^\/(?:archive|arhiv|archives)(?:\/|$)/, 'archive page'],
  [/\/archive\/?$/, 'archive page'],
  [/^\/(?:author|authors|avtor)(?:\/|$)/, 'author page'],
  [/^\/(?:news|novosti|zhanalyktar|jańalyqtar)\/?$/, 'news list'],
  [/^\/(?:news\/)?page\/\d+\/?$/, 'news list'],
];

/** Why `path` (lower case, edition prefix removed) is not an article page, or null. */
export function listPageReason(path: string, url: URL): string | null {
  for (const [re, reason] of LIST_PATTERNS) {
    if (re.test(path)) return `${reason} (${url.pathname})`;
  }
  if (url.searchParams.has('q') || url.searchParams.has('query')) return `search page (${url.pathname}${url.search})`;
  return null;
}
