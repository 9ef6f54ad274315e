/**
 * The reading room (issue 6) in the popup page: the list after browsing fixture pages, a
 * search with a transliterated query, the reader view, a tag link both ways, the notes view,
 * Kazakh in Arabic script (right to left), and delete with undo from the reader.
 *
 * Every expectation comes from the fixtures' expected JSON (titles, text, dates, tags), from
 * the shipped locale files (interface words), or from the romanization facts of the issue
 * (which rule explains Majilis / Mazhilis and the like); none is copied from the app's output.
 *
 * Screenshots go to test-results/screenshots/ as in every case; with E2E_DOCS_SCREENSHOTS=1
 * the Chromium run also writes the README's pictures to docs/screenshots/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { byTestId, choose, click, typeInto, waitFor } from '../actions.ts';
import { type ExpectedDetails, expectedDateTime, expectedDetails, expectedText, visitAllSaved } from '../browse.ts';
import { type Tab, pollUntil } from '../browsers/session.ts';
import { tabIdsOf } from '../extension.ts';
import { type ArticlePage, articleFixture } from '../fixtures.ts';
import { fill, uiString } from '../locales.ts';
import { POPUP_PAGE, expectExactListing, expectedListing, normalizeSpace } from '../popup.ts';
import { type CaseContext, test } from '../registry.ts';

/**
 * Pages whose article texts write Nazarbayev in Latin and (inflected) in Cyrillic, and
 * Majilis / Mazhilis, Ashimbaev / Ashimbayev, Hakobyan / Akobyan. (No fixture article names
 * Tokayev in its text, only in links around it.)
 */
const READING_SET = [
  'kazinform-en-2016-old',
  'kazinform-ru-2026',
  'kazinform-en-2023',
  'senate-en-2023',
  'qazaqtv-en-2023',
  'kazinform-en-2023-share-line',
  'senate-ru-2024',
  'kazinform-kk-arab-2026',
] as const;

const DOCS_DIR = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/** A screenshot for the README as well (Chromium, with E2E_DOCS_SCREENSHOTS=1). */
async function docsScreenshot(ctx: CaseContext, tab: Tab, name: string): Promise<void> {
  const file = await ctx.screenshot(tab, name);
  if (process.env.E2E_DOCS_SCREENSHOTS === '1' && ctx.browser === 'chromium') {
    mkdirSync(DOCS_DIR, { recursive: true });
    copyFileSync(file, path.join(DOCS_DIR, `${name}.png`));
    ctx.log(`docs/screenshots/${name}.png written`);
  }
}

interface Reading {
  pages: ArticlePage[];
  details: Map<string, ExpectedDetails>;
  popup: Tab;
  /** The popup's interface language (its <html lang>), for the locale strings. */
  lang: string;
}

/** Browses the reading set (each page saved before the next) and opens the popup on the full list. */
async function browseReadingSet(ctx: CaseContext): Promise<Reading> {
  const pages = READING_SET.map((name) => articleFixture(ctx.fixtures, name));
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  await visitAllSaved(ctx, control, pages);
  await control.close();
  const popup = await ctx.session.openExtensionPage(POPUP_PAGE);
  await expectExactListing(popup, expectedListing(pages), { settleMs: 0 });
  const lang = await popup.evaluate(() => document.documentElement.lang, null);
  return { pages, details: new Map(pages.map((p) => [p.expected.canonicalUrl, expectedDetails(p)])), popup, lang };
}

interface Row {
  id: string;
  url: string;
  title: string;
  site: string;
  edition: string;
  date: string;
  dateTime: string | null;
  snippet: string;
  marks: string[];
}

// Page functions return raw text and Node normalises it: a named helper inside a page
// function would be wrapped by the bundler in a helper the page does not have.
async function rows(popup: Tab): Promise<Row[]> {
  const raw = await popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="article-list"] [data-testid="article-item"]'), (el) => ({
        id: el.getAttribute('data-id') ?? '',
        url: el.getAttribute('data-url') ?? '',
        title: el.querySelector('[data-testid="article-title"]')?.textContent ?? '',
        site: el.querySelector('[data-testid="article-site"]')?.textContent ?? '',
        edition: el.querySelector('[data-testid="article-edition"]')?.textContent ?? '',
        date: el.querySelector('[data-testid="article-date"]')?.textContent ?? '',
        dateTime: el.querySelector('[data-testid="article-date"]')?.getAttribute('datetime') ?? null,
        snippet: el.querySelector('[data-testid="article-snippet"]')?.textContent ?? '',
        marks: Array.from(el.querySelectorAll('mark'), (m) => m.textContent ?? ''),
      })),
    null,
  );
  return raw.map((r) => ({
    ...r,
    title: letters(r.title),
    site: letters(r.site),
    edition: letters(r.edition),
    date: letters(r.date),
    snippet: letters(r.snippet),
    marks: r.marks.map(letters),
  }));
}

/** Waits until the list shows exactly `urls` (in any order when `ordered` is false). */
async function waitForListed(popup: Tab, urls: readonly string[], what: string, ordered = false): Promise<Row[]> {
  let last: Row[] = [];
  const want = ordered ? [...urls] : [...urls].sort();
  return pollUntil(
    async () => {
      last = await rows(popup);
      const got = last.map((r) => r.url);
      if (!ordered) got.sort();
      return got.length === want.length && got.every((u, i) => u === want[i]) ? last : undefined;
    },
    { timeoutMs: 10_000, describe: () => `${what}: the list shows\n    ${last.map((r) => r.url).join('\n    ')}\n  instead of\n    ${want.join('\n    ')}\n ` },
  );
}

const letters = (s: string) => normalizeSpace(s);

test('the list after browsing fixture pages: newest first, each row with its title, site, edition, date and a snippet of its text', async (ctx) => {
  const r = await browseReadingSet(ctx);
  // Saved one after the other, so the newest first is the reverse of the visits.
  const newestFirst = [...r.pages].reverse().map((p) => p.expected.canonicalUrl);
  const listed = await waitForListed(r.popup, newestFirst, 'newest first', true);
  const problems: string[] = [];
  for (const row of listed) {
    const page = r.pages.find((p) => p.expected.canonicalUrl === row.url);
    const d = r.details.get(row.url);
    if (!page || !d) continue;
    const e = `${page.name}:`;
    if (row.title !== letters(d.title)) problems.push(`${e} title "${row.title}"`);
    if (row.site !== uiString(r.lang, `site.${page.site}`)) problems.push(`${e} site "${row.site}"`);
    if (row.edition !== uiString(r.lang, `edition.${d.lang}`)) problems.push(`${e} edition "${row.edition}" (expected the ${d.lang} edition)`);
    if (d.publishedAt === null) {
      if (row.date !== uiString(r.lang, 'popup.undated')) problems.push(`${e} undated article shows date "${row.date}"`);
    } else {
      if (row.dateTime !== expectedDateTime(d)) problems.push(`${e} datetime ${row.dateTime}, expected ${expectedDateTime(d)}`);
      const year = d.publishedAt.slice(0, 4);
      if (!row.date.includes(year)) problems.push(`${e} date "${row.date}" lacks the year ${year}`);
      // A page that gave the day alone shows no made-up time; one that gave a time shows it.
      const hm = d.publishedAt.slice(11, 16);
      if (d.publishedDateOnly && /\d{1,2}[:.]\d{2}/.test(row.date)) problems.push(`${e} date "${row.date}" shows a time the page never gave`);
      if (!d.publishedDateOnly && !row.date.includes(hm)) problems.push(`${e} date "${row.date}" lacks the time ${hm}`);
    }
    const core = row.snippet.replace(/^…|…$/g, '').trim();
    if (core.length < 20 || !letters(expectedText(d)).includes(core)) problems.push(`${e} snippet "${row.snippet}" is not a piece of the article's text`);
  }
  const count = await r.popup.evaluate(() => document.querySelector('[data-testid="article-count"]')?.textContent ?? '', null);
  if (!count.includes(String(r.pages.length))) problems.push(`the count line "${count}" does not say ${r.pages.length}`);
  if (problems.length > 0) throw new Error(`list rows:\n    ${problems.join('\n    ')}`);
  await ctx.screenshot(r.popup, 'popup-list');
});

/**
 * One name in several spellings: Nazarbayev as the English press writes it (BGN/PCGN),
 * Nazarbaev (passports, ICAO 9303), and Назарбаев in Russian, here inflected (Назарбаева).
 */
const NAME = /(?<!\p{L})(Nazarbayev|Nazarbaev|Назарбаев)/iu;
const NAME_CYRILLIC = /(?<!\p{L})Назарбаев/iu;
const NAME_LATIN = /(?<!\p{L})Nazarba(y)?ev/iu;

test('search with a transliterated query: Latin "Nazarbayev" and "Nazarbaev" find the article that writes Назарбаева, with the match marked', async (ctx) => {
  const r = await browseReadingSet(ctx);
  const matching = r.pages.filter((p) => NAME.test(expectedText(r.details.get(p.expected.canonicalUrl) as ExpectedDetails)));
  const cyrillicOnly = matching.filter((p) => {
    const text = expectedText(r.details.get(p.expected.canonicalUrl) as ExpectedDetails);
    return NAME_CYRILLIC.test(text) && !NAME_LATIN.test(text);
  });
  if (cyrillicOnly.length === 0 || matching.length === r.pages.length) {
    throw new Error(`the reading set must hold an article writing the name only in Cyrillic and one not naming him (found ${cyrillicOnly.length}, ${matching.length} of ${r.pages.length})`);
  }
  const want = matching.map((p) => p.expected.canonicalUrl);
  for (const query of ['Nazarbayev', 'Nazarbaev']) {
    await typeInto(r.popup, byTestId('search-input'), query);
    const found = await waitForListed(r.popup, want, `search "${query}"`);
    for (const page of cyrillicOnly) {
      const row = found.find((x) => x.url === page.expected.canonicalUrl);
      if (!row?.marks.some((m) => NAME_CYRILLIC.test(m))) {
        throw new Error(`search "${query}": the row of ${page.name} marks ${JSON.stringify(row?.marks)}, not a Cyrillic Назарбаев`);
      }
    }
    const foundLine = fill(uiString(r.lang, 'list.found'), { n: String(want.length) });
    let count = '';
    await pollUntil(
      async () => {
        count = normalizeSpace(await r.popup.evaluate(() => document.querySelector('[data-testid="article-count"]')?.textContent ?? '', null));
        return count === foundLine ? true : undefined;
      },
      { timeoutMs: 5_000, describe: () => `search "${query}": the count line says "${count}", expected "${foundLine}"` },
    );
    // Esc in the search box clears it: the whole list comes back.
    await r.popup.press('Escape');
    await waitForListed(r.popup, r.pages.map((p) => p.expected.canonicalUrl), `after Esc cleared "${query}"`);
  }
  // The reader opened from a search marks the match in the text too.
  await typeInto(r.popup, byTestId('search-input'), 'Nazarbayev');
  await waitForListed(r.popup, want, 'search "Nazarbayev" again');
  const first = cyrillicOnly[0] as ArticlePage;
  await click(r.popup, { selector: `[data-testid="article-item"][data-url="${first.expected.canonicalUrl}"] [data-testid="article-open"]` });
  const marked = await waitFor(
    r.popup,
    () => {
      const body = document.querySelector('[data-testid="reader-body"]');
      return body ? Array.from(body.querySelectorAll('mark'), (m) => m.textContent ?? '') : null;
    },
    null,
    () => 'the reader did not open from the search results',
  );
  if (!marked.some((m) => NAME_CYRILLIC.test(m))) throw new Error(`the reader of ${first.name} marks ${JSON.stringify(marked)}, not a Cyrillic Назарбаев`);
  await ctx.screenshot(r.popup, 'search-reader');
});

/** Opens an article of the list in the reader and waits for its title. */
async function openReader(popup: Tab, page: ArticlePage): Promise<void> {
  await click(popup, { selector: `[data-testid="article-item"][data-url="${page.expected.canonicalUrl}"] [data-testid="article-open"]` });
  await popup.waitForSelector('[data-testid="reader-title"]');
}

test('the reader view: title, date as printed, author, body paragraph for paragraph, the original link, and no boilerplate', async (ctx) => {
  const r = await browseReadingSet(ctx);
  const page = articleFixture(ctx.fixtures, 'kazinform-en-2023');
  const d = expectedDetails(page);
  await openReader(r.popup, page);
  const raw = await r.popup.evaluate(
    () => ({
      title: document.querySelector('[data-testid="reader-title"]')?.textContent ?? '',
      date: document.querySelector('[data-testid="reader-date"]')?.textContent ?? '',
      dateTime: document.querySelector('[data-testid="reader-date"]')?.getAttribute('datetime') ?? null,
      author: document.querySelector('[data-testid="reader-author"]')?.textContent ?? '',
      lead: document.querySelector('[data-testid="reader-lead"]')?.textContent ?? null,
      paragraphs: Array.from(document.querySelectorAll('[data-testid="reader-body"] > p'), (p) => p.textContent ?? ''),
      original: document.querySelector('[data-testid="reader-original"]')?.getAttribute('href') ?? null,
      all: document.querySelector('[data-testid="reader"]')?.textContent ?? '',
    }),
    null,
  );
  const shown = {
    ...raw,
    title: letters(raw.title),
    date: letters(raw.date),
    author: letters(raw.author),
    lead: raw.lead === null ? null : letters(raw.lead),
    paragraphs: raw.paragraphs.map(letters),
    all: letters(raw.all),
    articleText: [raw.title, raw.lead ?? '', ...raw.paragraphs].map(letters).join('\n'),
  };
  const problems: string[] = [];
  if (shown.title !== letters(d.title)) problems.push(`title "${shown.title}"`);
  if (d.publishedAt) {
    // As the page printed it: in the offset the date carries (Kazakhstan's time), whatever the browser's zone.
    const [, ymd = '', hm = ''] = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(d.publishedAt) ?? [];
    if (shown.dateTime !== expectedDateTime(d)) problems.push(`datetime ${shown.dateTime}, expected ${expectedDateTime(d)}`);
    const timeOk = d.publishedDateOnly ? !/\d{1,2}[:.]\d{2}/.test(shown.date) : shown.date.includes(hm);
    if (!shown.date.includes(ymd.slice(0, 4)) || !shown.date.includes(String(Number(ymd.slice(8, 10)))) || !timeOk) {
      problems.push(`date "${shown.date}" is not ${ymd}${d.publishedDateOnly ? ' (the day alone: the page gave no time)' : ` ${hm}`}`);
    }
  }
  if (d.author !== null && shown.author !== d.author) problems.push(`author "${shown.author}", expected "${d.author}"`);
  if ((shown.lead ?? null) !== (d.lead === null ? null : letters(d.lead))) problems.push(`lead ${JSON.stringify(shown.lead)}, expected ${JSON.stringify(d.lead)}`);
  const wantParagraphs = d.paragraphs.map(letters);
  if (JSON.stringify(shown.paragraphs) !== JSON.stringify(wantParagraphs)) {
    problems.push(`body paragraphs differ:\n      got      ${JSON.stringify(shown.paragraphs)}\n      expected ${JSON.stringify(wantParagraphs)}`);
  }
  if (shown.original !== page.expected.canonicalUrl) problems.push(`original link ${shown.original}, expected ${page.expected.canonicalUrl}`);
  for (const junk of d.mustNotContain) {
    if (shown.articleText.includes(junk)) problems.push(`the article text holds boilerplate "${junk}"`);
    // The reader shows author and tags apart from the text; other boilerplate appears nowhere in it.
    const shownApart = [d.author ?? '', ...d.tags.map((t) => t.label)].some((s) => s.includes(junk));
    if (!shownApart && shown.all.includes(junk)) problems.push(`the reader shows boilerplate "${junk}"`);
  }
  if (problems.length > 0) throw new Error(`reader view of ${page.name}:\n    ${problems.join('\n    ')}`);
  await docsScreenshot(ctx, r.popup, 'popup-reader');
  // Esc goes back to the list.
  await r.popup.press('Escape');
  await waitFor(
    r.popup,
    () => (document.querySelector('[data-testid="reader"]') === null && document.querySelector('[data-testid="article-list"]') ? true : null),
    null,
    () => 'Esc did not go back from the reader to the list',
  );
});

test('a tag link both ways: to the site\'s tag page in a new tab, and to the list of saved articles with that tag', async (ctx) => {
  const r = await browseReadingSet(ctx);
  const page = articleFixture(ctx.fixtures, 'kazinform-en-2023');
  const d = expectedDetails(page);
  await openReader(r.popup, page);
  const tags = await r.popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="reader-tag"]'), (li) => {
        const site = li.querySelector('[data-testid="tag-site-link"]');
        return {
          label: (li.querySelector('[data-testid="tag-filter-link"]')?.textContent ?? '').trim(),
          href: site?.getAttribute('href') ?? null,
          target: site?.getAttribute('target') ?? null,
          rel: site?.getAttribute('rel') ?? '',
        };
      }),
    null,
  );
  const problems: string[] = [];
  if (JSON.stringify(tags.map((t) => t.label)) !== JSON.stringify(d.tags.map((t) => t.label))) {
    problems.push(`tags ${JSON.stringify(tags.map((t) => t.label))}, expected ${JSON.stringify(d.tags.map((t) => t.label))}`);
  }
  for (const want of d.tags) {
    const got = tags.find((t) => t.label === want.label);
    if (!got) continue;
    if (got.href !== want.url) problems.push(`tag "${want.label}" links to ${got.href}, expected ${want.url}`);
    if (got.target !== '_blank') problems.push(`tag "${want.label}" opens in target=${got.target}, not _blank`);
    if (!got.rel.split(/\s+/).includes('noopener')) problems.push(`tag "${want.label}" link has rel="${got.rel}", no noopener`);
  }
  if (problems.length > 0) throw new Error(`tag links of ${page.name}:\n    ${problems.join('\n    ')}`);

  // Way one: the site's tag page opens in a new tab; the popup stays where it was.
  const siteTag = d.tags[d.tags.length - 1];
  if (!siteTag) throw new Error(`${page.name} has no tags`);
  const popupUrl = await r.popup.url();
  await click(r.popup, { selector: '[data-testid="tag-site-link"]', index: d.tags.length - 1 });
  let seenTabs: string[] = [];
  await pollUntil(async () => {
    const { ids, urls } = await tabIdsOf(r.popup, siteTag.url);
    seenTabs = urls;
    return ids.length === 1 ? true : undefined;
  }, {
    timeoutMs: 10_000,
    describe: () => `no new tab on ${siteTag.url} after clicking the site link of "${siteTag.label}" (tabs: ${seenTabs.join(', ')}; requested: ${ctx.server.requests.some((q) => q.url === siteTag.url)})`,
  });
  if ((await r.popup.url()) !== popupUrl) throw new Error(`the popup navigated away to ${await r.popup.url()}`);
  if (!ctx.server.requests.some((q) => q.url === siteTag.url)) throw new Error(`the browser never asked for ${siteTag.url}`);

  // Way two: the in-app link filters the list by the tag.
  const label = d.tags[0]?.label ?? '';
  const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const tagged = r.pages.filter((p) => (r.details.get(p.expected.canonicalUrl)?.tags ?? []).some((t) => fold(t.label) === fold(label)));
  if (tagged.length < 2 || tagged.length === r.pages.length) {
    throw new Error(`the reading set should hold several, not all, articles tagged "${label}" (it holds ${tagged.length})`);
  }
  await click(r.popup, { selector: '[data-testid="tag-filter-link"]', index: 0 });
  await waitForListed(r.popup, tagged.map((p) => p.expected.canonicalUrl), `the list filtered by tag "${label}"`);
  const filter = await r.popup.evaluate(() => (document.querySelector('[data-testid="filter-tag"]') as HTMLInputElement | null)?.value ?? null, null);
  if (filter === null || fold(filter) !== fold(label)) throw new Error(`the tag filter shows ${JSON.stringify(filter)}, not "${label}"`);
  await ctx.screenshot(r.popup, 'tag-filter');
});

/** Spellings of one name that the romanization doc explains by one named rule. */
const NAME_PAIRS = [
  { forms: ['Majilis', 'Mazhilis'], rule: 'zh-j' }, // ж: j in the Kazakh Latin alphabets and Kazinform's English, zh in BGN/PCGN
  { forms: ['Ashimbaev', 'Ashimbayev'], rule: 'ye-after-vowel' }, // е after a vowel: e (ICAO, GOST), ye (BGN/PCGN)
  { forms: ['Hakobyan', 'Akobyan'], rule: 'hy-h-dropped' }, // Armenian Հ lost through Russian
] as const;

const wordIn = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text);

test('the notes view: Majilis / Mazhilis, Ashimbaev / Ashimbayev and Hakobyan / Akobyan each shown as one name with the rule behind the difference and the articles using it', async (ctx) => {
  const r = await browseReadingSet(ctx);
  await click(r.popup, byTestId('nav-notes'));
  await waitFor(r.popup, () => (document.querySelector('[data-testid="notes-group"]') ? true : null), null, () => 'the notes view shows no group', 20_000);
  const problems: string[] = [];
  for (const pair of NAME_PAIRS) {
    const groups = await r.popup.evaluate(
      () => Array.from(document.querySelectorAll('[data-testid="notes-group"]'), (g) => (g.querySelector('.group-forms')?.textContent ?? '').trim()),
      null,
    );
    const index = groups.findIndex((forms) => pair.forms.every((f) => wordIn(forms, f)));
    if (index < 0) {
      problems.push(`no group holds both ${pair.forms.join(' and ')} (groups: ${groups.join(' | ')})`);
      continue;
    }
    await click(r.popup, { selector: '[data-testid="notes-group"] [data-testid="notes-group-toggle"]', index });
    const panel = await waitFor(
      r.popup,
      (i) => {
        const group = document.querySelectorAll('[data-testid="notes-group"]')[i];
        const p = group?.querySelector('[data-testid="notes-group-panel"]');
        const links = Array.from(p?.querySelectorAll('[data-testid="name-article-link"]') ?? [], (a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim());
        if (!p || links.some((t) => t === '' || t.endsWith('…'))) return null;
        return {
          rules: Array.from(p.querySelectorAll('[data-testid="name-rule"]'), (n) => ({ rule: n.getAttribute('data-rule') ?? '', text: n.textContent ?? '' })),
          links,
        };
      },
      index,
      () => `the group of ${pair.forms.join(' / ')} did not open`,
    );
    const note = panel.rules.find((n) => n.rule === pair.rule);
    if (!note) problems.push(`${pair.forms.join(' / ')}: no "${pair.rule}" rule among ${JSON.stringify(panel.rules.map((n) => n.rule))}`);
    else if (!pair.forms.every((f) => note.text.includes(f))) problems.push(`${pair.forms.join(' / ')}: the "${pair.rule}" note "${note.text}" does not name both spellings`);
    // Every article of the set that writes either spelling is linked from the group.
    for (const page of r.pages) {
      const d = r.details.get(page.expected.canonicalUrl) as ExpectedDetails;
      if (pair.forms.some((f) => wordIn(expectedText(d), f)) && !panel.links.includes(letters(d.title))) {
        problems.push(`${pair.forms.join(' / ')}: ${page.name} ("${d.title}") is not linked from the group (links: ${JSON.stringify(panel.links)})`);
      }
    }
  }
  await docsScreenshot(ctx, r.popup, 'popup-notes');
  if (problems.length > 0) throw new Error(`notes view:\n    ${problems.join('\n    ')}`);
}, { timeoutMs: 90_000 });

/** What the app says in the current language, and how it is laid out. */
async function languageState(popup: Tab) {
  return popup.evaluate(() => {
    const open = document.querySelector('[data-testid="article-item"] [data-testid="article-open"]')?.getBoundingClientRect();
    const del = document.querySelector('[data-testid="article-item"] [data-testid="article-delete"]')?.getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.querySelector('[data-testid="app"]') ?? document.body).direction,
      articles: (document.querySelector('[data-testid="nav-list"]')?.textContent ?? '').trim(),
      names: (document.querySelector('[data-testid="nav-notes"]')?.textContent ?? '').trim(),
      placeholder: document.querySelector('[data-testid="search-input"]')?.getAttribute('placeholder') ?? '',
      // Where the delete button sits against its row's text: after it in reading order.
      deleteSide: open && del ? (del.left + del.width / 2 < open.left + open.width / 2 ? 'left' : 'right') : 'none',
    };
  }, null);
}

test('interface languages: English, Russian, then Kazakh in Arabic script laid out right to left, kept after a reload (with screenshots)', async (ctx) => {
  const r = await browseReadingSet(ctx);
  const steps = [
    { lang: 'en', dir: 'ltr', deleteSide: 'right', shot: 'popup-en' },
    { lang: 'ru', dir: 'ltr', deleteSide: 'right', shot: 'popup-ru' },
    { lang: 'kk-Arab', dir: 'rtl', deleteSide: 'left', shot: 'popup-kk-arab' },
  ] as const;
  for (const step of steps) {
    await choose(r.popup, '[data-testid="language-switch"]', step.lang);
    const want = { articles: uiString(step.lang, 'app.articles'), names: uiString(step.lang, 'app.names'), placeholder: uiString(step.lang, 'search.placeholder') };
    let last: Awaited<ReturnType<typeof languageState>> | null = null;
    const check = (s: Awaited<ReturnType<typeof languageState>>) =>
      s.lang === step.lang &&
      s.dir === step.dir &&
      s.direction === step.dir &&
      s.articles === want.articles &&
      s.names === want.names &&
      s.placeholder === want.placeholder &&
      s.deleteSide === step.deleteSide;
    await pollUntil(
      async () => {
        last = await languageState(r.popup);
        return check(last) ? true : undefined;
      },
      { timeoutMs: 10_000, describe: () => `after choosing ${step.lang} the popup shows ${JSON.stringify(last)}, expected ${JSON.stringify({ lang: step.lang, dir: step.dir, deleteSide: step.deleteSide, ...want })}` },
    );
    if (step.lang !== 'en' && want.articles === uiString('en', 'app.articles')) throw new Error(`locales/${step.lang}.json says "Articles" as English does`);
    await docsScreenshot(ctx, r.popup, step.shot);
  }
  // The choice is kept: a new popup opens in it.
  await pollUntil(
    async () => {
      await r.popup.reload();
      await r.popup.waitForSelector('[data-testid="article-item"]');
      const s = await languageState(r.popup);
      return s.lang === 'kk-Arab' && s.dir === 'rtl' && s.articles === uiString('kk-Arab', 'app.articles') ? true : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 300, describe: () => 'the popup did not open in Kazakh (Arabic script) after a reload' },
  );
});

test('delete and undo from the reader: the article leaves the list, Undo brings it back, a delete left alone stays deleted', async (ctx) => {
  const r = await browseReadingSet(ctx);
  const all = r.pages.map((p) => p.expected.canonicalUrl);
  const [kept, gone] = [r.pages[2], r.pages[4]] as [ArticlePage, ArticlePage];
  const idsBefore = await rows(r.popup);

  await openReader(r.popup, kept);
  await click(r.popup, byTestId('reader-delete'));
  await waitForListed(r.popup, all.filter((u) => u !== kept.expected.canonicalUrl), 'after deleting from the reader');
  const toast = normalizeSpace((await r.popup.evaluate(() => document.querySelector('[data-testid="undo-toast"]')?.textContent ?? null, null)) ?? '');
  if (!toast.includes(letters(kept.expected.title))) throw new Error(`the undo toast says "${toast}", which does not name "${kept.expected.title}"`);
  await click(r.popup, byTestId('undo-button'));
  const back = await waitForListed(r.popup, [...idsBefore.map((x) => x.url)], 'after Undo', true);
  const was = idsBefore.find((x) => x.url === kept.expected.canonicalUrl)?.id;
  if (back.find((x) => x.url === kept.expected.canonicalUrl)?.id !== was) throw new Error('Undo brought the article back under another id');
  await openReader(r.popup, kept);
  const title = await r.popup.evaluate(() => (document.querySelector('[data-testid="reader-title"]')?.textContent ?? '').trim(), null);
  if (title !== letters(kept.expected.title)) throw new Error(`after Undo the reader shows "${title}"`);

  await r.popup.press('Escape');
  await openReader(r.popup, gone);
  await click(r.popup, byTestId('reader-delete'));
  await waitForListed(r.popup, all.filter((u) => u !== gone.expected.canonicalUrl), 'after a second delete');
  await r.popup.reload();
  await waitForListed(r.popup, all.filter((u) => u !== gone.expected.canonicalUrl), 'after the second delete and a reload');
});
