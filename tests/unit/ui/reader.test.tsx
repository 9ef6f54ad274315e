import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { click, expectTitles, key, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-reader', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

const FULL = {
  title: 'Senate Speaker Maulen Ashimbayev meets delegation',
  publishedAt: '2024-02-29T23:30:00+06:00',
  dateline: 'ASTANA',
  author: 'Aigerim Bekova',
  lead: 'Chairman of the Senate Maulen Ashimbayev met a delegation.',
  paragraphs: ['The sides discussed cooperation.', 'Maulen Ashimbayev thanked the guests.'],
  credits: ['Photo: Senate press service'],
  tags: [
    { label: 'Senate', url: 'https://qazinform.com/tag/senate' },
    { label: 'Diplomacy', url: 'javascript:alert(1)' },
  ],
};

async function openReader(title: string): Promise<HTMLElement> {
  const link = await waitFor(() => m?.all('article-item').find((li) => li.textContent?.includes(title))?.querySelector<HTMLElement>('[data-testid="article-open"]'));
  await click(link);
  return waitFor(() => m?.q('reader'));
}

describe('the reader', () => {
  it('shows every part of the article, the date as Kazakhstan printed it, and the original link', async () => {
    await save(db, 'full', FULL);
    m = mountApp(db);
    await openReader(FULL.title);
    const text = (id: string) => m!.q(id)?.textContent;
    await waitFor(() => text('reader-title') === FULL.title);
    expect(text('reader-date')).toBe('29 Feb 2024, 23:30');
    expect(text('reader-site')).toBe('Kazinform');
    expect(text('reader-dateline')).toBe('ASTANA');
    expect(text('reader-author')).toBe('Aigerim Bekova');
    expect(text('reader-lead')).toBe(FULL.lead);
    expect([...m.q('reader-body')!.querySelectorAll('p')].map((p) => p.textContent)).toEqual(FULL.paragraphs);
    expect(text('reader-credits')).toBe('Photo: Senate press service');
    const original = m.q<HTMLAnchorElement>('reader-original')!;
    expect(original.getAttribute('target')).toBe('_blank');
    await click(original);
    expect(m.opened).toEqual([m.all('article-item')[0]?.getAttribute('data-url')]);
    // Focus moved into the article.
    expect(document.activeElement).toBe(m.q('reader-title'));
  });

  it('shows a date the page gave without a time of day as the date alone, not 00:00', async () => {
    await save(db, 'day-only', { ...FULL, title: 'Senate plenary session', publishedAt: '2023-03-18T00:00:00+06:00', publishedDateOnly: true });
    m = mountApp(db);
    const row = await waitFor(() => m?.all('article-item').find((li) => li.textContent?.includes('Senate plenary session')));
    const listDate = row.querySelector('[data-testid="article-date"]')!;
    expect(listDate.textContent).toBe('18 Mar 2023');
    expect(listDate.getAttribute('datetime')).toBe('2023-03-18');
    await openReader('Senate plenary session');
    await waitFor(() => m!.q('reader-date')?.textContent === '18 Mar 2023');
    expect(m!.q('reader-date')!.getAttribute('datetime')).toBe('2023-03-18');
  });

  it('leads from a tag both to the site’s tag page and to the saved articles with that tag', async () => {
    await save(db, 'full', FULL, 1);
    await save(db, 'other-senate', { title: 'Another Senate story', tags: [{ label: 'SENATE', url: '' }] }, 2);
    await save(db, 'untagged', { title: 'Untagged story', tags: [] }, 3);
    m = mountApp(db);
    await openReader(FULL.title);
    const tags = await waitFor(() => (m!.all('reader-tag').length === 2 ? m!.all('reader-tag') : null));
    // A tag whose "URL" is not a web address gets no link.
    expect(tags[1]?.querySelector('[data-testid="tag-site-link"]')).toBeNull();
    const site = tags[0]?.querySelector<HTMLAnchorElement>('[data-testid="tag-site-link"]');
    expect(site?.getAttribute('href')).toBe('https://qazinform.com/tag/senate');
    expect(site?.getAttribute('target')).toBe('_blank');
    expect(site?.getAttribute('aria-label')).toBe('Senate on Kazinform (opens a new tab)');
    await click(site!);
    expect(m.opened).toEqual(['https://qazinform.com/tag/senate']);

    await click(tags[0]!.querySelector('[data-testid="tag-filter-link"]'));
    await expectTitles(m, ['Another Senate story', FULL.title]);
    expect(m.q<HTMLInputElement>('filter-tag')?.value).toBe('Senate');
  });

  it('keeps markup-looking page text as text', async () => {
    await save(db, 'evil', {
      title: '<script>alert(1)</script>',
      lead: '<img src=x onerror=alert(2)>',
      paragraphs: ['<a href="javascript:alert(3)">click</a>'],
      author: '<b>Author</b>',
      tags: [{ label: '<i>tag</i>', url: 'https://qazinform.com/tag/x' }],
      credits: ['<u>credit</u>'],
    });
    m = mountApp(db);
    await openReader('<script>');
    await waitFor(() => m?.q('reader-title')?.textContent === '<script>alert(1)</script>');
    expect(m.q('reader-lead')?.textContent).toBe('<img src=x onerror=alert(2)>');
    expect(m.q('reader-body')?.textContent).toBe('<a href="javascript:alert(3)">click</a>');
    expect(m.q('reader-author')?.textContent).toBe('<b>Author</b>');
    expect(m.q('tag-filter-link')?.textContent).toBe('<i>tag</i>');
    expect(m.q('reader')!.querySelector('script, img, b, i, u, a[href^="javascript"]')).toBeNull();
  });

  it('copies the article as Markdown and as a citation', async () => {
    await save(db, 'full', { ...FULL, title: 'Title with *stars* and [brackets]' });
    m = mountApp(db, { now: () => Date.UTC(2026, 4, 2, 12) });
    await openReader('Title with');
    await click(await waitFor(() => m?.q('copy-markdown')));
    const md = m.copied[0] ?? '';
    expect(md.startsWith('# Title with \\*stars\\* and \\[brackets\\]\n')).toBe(true);
    expect(md).toContain('*Kazinform · 29 Feb 2024, 23:30 · ASTANA · Aigerim Bekova*');
    expect(md).toContain('> Chairman of the Senate Maulen Ashimbayev met a delegation.');
    expect(md).toContain('The sides discussed cooperation.\n\nMaulen Ashimbayev thanked the guests.');
    expect(md).toContain('Tags: [Senate](<https://qazinform.com/tag/senate>), Diplomacy');
    expect(md).toMatch(/Source: <https:\/\/qazinform\.com\/news\/full-[0-9a-f]+>\n$/);
    await waitFor(() => m?.q('copy-status')?.textContent === 'Copied as Markdown.');

    await click(m.q('copy-citation'));
    expect(m.copied[1]).toMatch(
      /^Aigerim Bekova\. “Title with \*stars\* and \[brackets\]”\. Kazinform, 29 Feb 2024\. https:\/\/qazinform\.com\/news\/full-[0-9a-f]+ \(accessed 2 May 2026\)$/,
    );
  });

  it('shows a copy failure instead of swallowing it', async () => {
    await save(db, 'full', FULL);
    m = mountApp(db, {
      copyText: () => Promise.reject(new Error('Document is not focused.')),
    });
    await openReader(FULL.title);
    await click(await waitFor(() => m?.q('copy-citation')));
    await waitFor(() => m?.q('copy-status')?.textContent === 'Could not copy: Document is not focused.');
  });

  it('shows the name notes of the article, with the other spellings, the rule and links to their articles', async () => {
    await save(db, 'one', { title: 'Ashimbayev meets delegation', paragraphs: ['Chairman of the Senate Maulen Ashimbayev met the delegation.'], tags: [] }, 1);
    await save(db, 'two', { title: 'Ashimbaev holds talks', paragraphs: ['Senate Chairman Maulen Ashimbaev held talks.'], tags: [] }, 2);
    m = mountApp(db);
    await openReader('Ashimbayev meets delegation');
    const note = await waitFor(() => m?.q('name-note'));
    expect(note.querySelector('[data-testid="name-here"]')?.textContent).toBe('Maulen Ashimbayev');
    expect(note.querySelector('[data-testid="name-elsewhere"]')?.textContent).toBe('Maulen Ashimbaev');
    const rule = note.querySelector('[data-testid="name-rule"]');
    expect(rule?.getAttribute('data-rule')).toBe('ye-after-vowel');
    expect(rule?.textContent).toContain('Ashimbaev / Ashimbayev');
    const link = await waitFor(() => {
      const a = note.querySelector<HTMLAnchorElement>('[data-testid="name-article-link"]');
      return a?.textContent === 'Ashimbaev holds talks' ? a : null;
    });
    await click(link);
    await waitFor(() => m?.q('reader-title')?.textContent === 'Ashimbaev holds talks');
    // Esc goes back through the reader history, then to the list.
    await key(document.body, 'Escape');
    await waitFor(() => m?.q('reader-title')?.textContent === 'Ashimbayev meets delegation');
    await key(document.body, 'Escape');
    await waitFor(() => m?.q('reader') === null);
    expect(m.q('list-view')?.closest('[hidden]')).toBeNull();
    expect(document.activeElement?.closest('[data-testid="article-item"]')).not.toBeNull();
  });

  it('says when an article has no names spelled otherwise', async () => {
    await save(db, 'plain', { title: 'Weather report', paragraphs: ['It will rain tomorrow.'], tags: [] });
    m = mountApp(db);
    await openReader('Weather report');
    await waitFor(() => m?.q('reader-notes')?.textContent?.includes('No name in this article has another spelling'));
  });
});
