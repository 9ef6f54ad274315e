import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { libraryNames } from '../../../src/ui/data/names';
import { deleteArticle, saveArticle } from '../../../src/storage/articles';
import { click, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-notes', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

async function library() {
  await save(db, 'a1', { title: 'Speaker meets guests', paragraphs: ['Chairman of the Senate Maulen Ashimbayev met the guests.'], tags: [] }, 1);
  await save(db, 'a2', { title: 'Speaker holds talks', paragraphs: ['Senate Chairman Maulen Ashimbaev held talks.'], tags: [] }, 2);
  await save(db, 'm1', { title: 'Law passed', paragraphs: ['The Majilis passed the law.'], tags: [] }, 3);
  await save(db, 'm2', { title: 'Deputies vote', paragraphs: ['Deputies of the Mazhilis voted.'], tags: [] }, 4);
  await save(db, 'm3', { title: 'Депутаты проголосовали', lang: 'ru', paragraphs: ['Депутаты Мажилиса проголосовали за закон.'], tags: [] }, 5);
}

describe('the notes view', () => {
  it('lists every variant group, most used first, each opening to its notes and articles', async () => {
    await library();
    m = mountApp(db);
    await click(await waitFor(() => m?.q('nav-notes')));
    const groups = await waitFor(() => (m!.all('notes-group').length >= 2 ? m!.all('notes-group') : null));
    const forms = groups.map((g) => g.querySelector('.group-forms')?.textContent);
    expect(forms[0]).toBe('Majilis / Mazhilis / Мажилис');
    expect(forms[1]).toBe('Maulen Ashimbaev / Maulen Ashimbayev');
    expect(groups[0]?.textContent).toContain('organisation · articles: 3');
    expect(m.q('nav-notes')?.getAttribute('aria-current')).toBe('page');

    const toggle = groups[1]!.querySelector<HTMLButtonElement>('[data-testid="notes-group-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = groups[1]!.querySelector('[data-testid="notes-group-panel"]')!;
    expect(panel.querySelector('[data-testid="name-rule"]')?.getAttribute('data-rule')).toBe('ye-after-vowel');
    const links = await waitFor(() => {
      const l = [...panel.querySelectorAll('[data-testid="name-article-link"]')].map((a) => a.textContent);
      return l.includes('Speaker meets guests') && l.includes('Speaker holds talks') ? l : null;
    });
    expect(links).toHaveLength(2);
    await click(panel.querySelector('[data-testid="name-article-link"]'));
    await waitFor(() => m?.q('reader-title'));
  });

  it('shows renames apart from spellings, as renames', async () => {
    await save(db, 'ns', { title: 'Forum in the capital', paragraphs: ['The forum opened in Nur-Sultan on Monday.'], tags: [] }, 1);
    await save(db, 'as', { title: 'Forum again', paragraphs: ['The forum opened in Astana on Monday.'], tags: [] }, 2);
    m = mountApp(db);
    await click(await waitFor(() => m?.q('nav-notes')));
    const rel = await waitFor(() => m?.q('notes-relation'));
    expect(m.all('notes-group')).toHaveLength(0);
    expect(rel.getAttribute('data-type')).toBe('rename');
    expect(rel.querySelector('.group-forms')?.textContent).toBe('Astana / Nur-Sultan');
    expect(rel.textContent).toContain('renamed');
    await click(rel.querySelector('[data-testid="notes-group-toggle"]'));
    expect(rel.querySelector('[data-testid="name-rule"]')?.textContent).toContain('renamed, not respelled');
    await waitFor(() => rel.querySelectorAll('[data-testid="name-article-link"]').length === 2 && rel.textContent?.includes('Forum again'));
  });

  it('says when the library has no name in two spellings', async () => {
    await save(db, 'plain', { title: 'Weather', paragraphs: ['Rain tomorrow.'], tags: [] });
    m = mountApp(db);
    await click(await waitFor(() => m?.q('nav-notes')));
    await waitFor(() => m?.q('notes-empty'));
  });
});

describe('libraryNames', () => {
  it('follows the library: added, deleted and edited articles change the groups', async () => {
    const names = libraryNames(db);
    await library();
    const keys = async () => (await names.groups()).map((g) => g.forms.join(' / '));
    expect(await keys()).toEqual(['Majilis / Mazhilis / Мажилис', 'Maulen Ashimbaev / Maulen Ashimbayev']);
    // A deletion removes the spelling only that article used.
    const a2 = (await db.articles.toArray()).find((a) => a.title === 'Speaker holds talks')!;
    await deleteArticle(db, a2.id);
    expect(await keys()).toEqual(['Majilis / Mazhilis / Мажилис']);
    // An edited text (a later visit saving new text) changes the groups at once.
    const m1 = (await db.articles.toArray()).find((a) => a.title === 'Law passed')!;
    const { id: _id, keys: _k, urls: _u, savedAt: _s, updatedAt: _up, seenAt: _se, contentHash: _h, tagKeys: _t, words: _w, ...text } = m1;
    await saveArticle(db, { ...text, isArticle: true, paragraphs: ['The parliament passed the law.'] });
    expect(await names.groupsForArticle(m1.id)).toEqual([]);
    expect((await names.groups())[0]?.forms).toEqual(['Mazhilis', 'Мажилис']);
  });
});
