/**
 * Foundation (issue 2): a fresh install shows the empty state; after visiting one article
 * page of each site and one page that is not an article, the popup lists exactly those
 * articles; after visiting every fixture page, exactly the pages expected to be articles.
 * Titles and canonical URLs come from the fixtures' expected JSON.
 */
import type { Tab } from '../browsers/session.ts';
import { type FixturePage, articleFixture, isArticlePage, nonArticleFixture } from '../fixtures.ts';
import { POPUP_PAGE, expectExactListing, expectedListing, readPopupWhenShown } from '../popup.ts';
import { type CaseContext, test } from '../registry.ts';

/** Opens each page in its own tab (left open, so nothing cuts a save short) and checks it was served at its real URL. */
async function visitAll(ctx: CaseContext, pages: readonly FixturePage[]): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (const page of pages) {
    const tab = await ctx.session.visit(page.url);
    const shown = await tab.url();
    if (shown !== page.url) throw new Error(`visiting ${page.url} (${page.name}) ended at ${shown}`);
    if (!ctx.server.requests.some((r) => r.url === page.url && r.status === 200)) {
      throw new Error(`${page.url} (${page.name}) was not answered by the fixture server`);
    }
    tabs.push(tab);
  }
  return tabs;
}

test('fresh profile: popup shows the empty state and no article', async (ctx) => {
  const popup = await ctx.session.openExtensionPage(POPUP_PAGE);
  const state = await readPopupWhenShown(popup);
  await ctx.screenshot(popup, 'popup-empty');
  if (!state.hasEmptyState) throw new Error('no [data-testid="empty-state"] in a fresh profile');
  if (state.items.length > 0 || state.strayItems > 0) {
    throw new Error(`a fresh profile lists articles: ${state.items.map((i) => i.url).join(', ')}`);
  }
});

test('one article per site and one non-article page: popup lists exactly the three articles', async (ctx) => {
  const articles = [
    articleFixture(ctx.fixtures, 'kazinform-en-2023'),
    articleFixture(ctx.fixtures, 'qazaqtv-en-2023'),
    articleFixture(ctx.fixtures, 'senate-en-2023'),
  ];
  const sites = new Set(articles.map((a) => a.site));
  if (sites.size !== 3) throw new Error(`the chosen articles cover ${[...sites].join(', ')}, not all three sites`);
  const nonArticle = nonArticleFixture(ctx.fixtures, 'kazinform-ru-lenta');
  // The non-article first: by the time the articles are listed it has long been looked at.
  await visitAll(ctx, [nonArticle, ...articles]);
  const listingStarted = Date.now();
  const popup = await ctx.session.openExtensionPage(POPUP_PAGE);
  const final = await expectExactListing(popup, expectedListing(articles));
  ctx.log(
    `visited ${[nonArticle, ...articles].map((p) => p.name).join(', ')}; listed ${final.items.length} ` +
      `(popup opened and checked in ${((Date.now() - listingStarted) / 1000).toFixed(1)} s)`,
  );
  await ctx.screenshot(popup, 'popup-articles');
});

test('every fixture page: popup lists exactly the pages expected to be articles', async (ctx) => {
  const pages = ctx.fixtures.pages.filter((p) => p.expected !== null && p.site !== null);
  const nonArticles = pages.filter((p) => !isArticlePage(p));
  const articles = pages.filter(isArticlePage);
  // Non-articles first, for the same reason as above.
  await visitAll(ctx, [...nonArticles, ...articles]);
  const listingStarted = Date.now();
  const popup = await ctx.session.openExtensionPage(POPUP_PAGE);
  const final = await expectExactListing(popup, expectedListing(articles));
  ctx.log(
    `visited ${pages.length} pages (${nonArticles.length} not articles); listed ${final.items.length} ` +
      `(popup opened and checked in ${((Date.now() - listingStarted) / 1000).toFixed(1)} s)`,
  );
  await ctx.screenshot(popup, 'popup-all-fixtures');
}, { timeoutMs: 120_000 });
