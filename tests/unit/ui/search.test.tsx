import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { splitMatches } from '../../../src/ui/highlight';
import { searchMatch } from '../../../src/storage/query';
import { click, expectTitles, mountApp, onEachTest, save, type, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-search', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

async function library() {
  await save(db, 'cis', { title: 'CIS Observation Mission hails elections', tags: [{ label: 'Majilis', url: '' }] }, 1);
  await save(db, 'senate', { title: 'Senators meet Ashimbayev', paragraphs: ['Maulen Ashimbayev met the delegation.', 'The talks were long.'], tags: [] }, 2);
  await save(db, 'turkiye', { title: 'Kazakhstan and Türkiye sign agreement', paragraphs: ['Ankara hosted the talks.'], tags: [] }, 3);
  m = mountApp(db);
  await waitFor(() => m?.all('article-item').length === 3);
  return m;
}

describe('search as you type', () => {
  it('finds words in the body as they are typed, and marks them in the snippet as text', async () => {
    const m = await library();
    const box = m.q<HTMLInputElement>('search-input')!;
    await type(box, 'anfi');
    await expectTitles(m, ['CIS Observation Mission hails elections']);
    const marks = [...m.root.querySelectorAll('[data-testid="article-snippet"] mark')].map((x) => x.textContent);
    expect(marks).toEqual(['Anfimov']);
    await waitFor(() => m.q('article-count')?.textContent === 'Found: 1');
  });

  it('folds case and diacritics, and needs every word', async () => {
    const m = await library();
    const box = m.q<HTMLInputElement>('search-input')!;
    await type(box, 'TURKIYE');
    await expectTitles(m, ['Kazakhstan and Türkiye sign agreement']);
    expect(m.root.querySelector('[data-testid="article-title"] mark')?.textContent).toBe('Türkiye');
    await type(box, 'talks ankara');
    await expectTitles(m, ['Kazakhstan and Türkiye sign agreement']);
    await type(box, 'talks');
    await expectTitles(m, ['Kazakhstan and Türkiye sign agreement', 'Senators meet Ashimbayev']);
  });

  it('searches tags too', async () => {
    await save(db, 'tagged', { title: 'Budget approved', paragraphs: ['The chamber voted.'], tags: [{ label: 'Digitalisation', url: '' }] }, 2);
    await save(db, 'untagged', { title: 'Budget debated', paragraphs: ['The chamber talked.'], tags: [] }, 1);
    m = mountApp(db);
    await waitFor(() => m?.all('article-item').length === 2);
    await type(m.q<HTMLInputElement>('search-input')!, 'digital');
    await expectTitles(m, ['Budget approved']);
  });

  it('says when nothing matches, and Esc in the box clears the search', async () => {
    const m = await library();
    const box = m.q<HTMLInputElement>('search-input')!;
    await type(box, 'zzzqqq');
    await waitFor(() => m.q('no-results'));
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await waitFor(() => m.all('article-item').length === 3);
    expect(box.value).toBe('');
  });

  it('keeps markup-looking text as text when it highlights', async () => {
    await save(db, 'x', { title: '<b>Tokayev</b> <img src=x onerror=alert(1)>', paragraphs: ['<script>Tokayev()</script>'], tags: [] });
    m = mountApp(db);
    await waitFor(() => m?.q('article-item'));
    await type(m.q<HTMLInputElement>('search-input')!, 'tokayev');
    await waitFor(() => m?.q('article-count')?.textContent === 'Found: 1');
    const title = m.q('article-title')!;
    expect(title.textContent).toBe('<b>Tokayev</b> <img src=x onerror=alert(1)>');
    expect(title.querySelector('mark')?.textContent).toBe('Tokayev');
    expect(m.root.querySelector('b, img, script')).toBeNull();
    expect(m.q('article-snippet')?.textContent).toBe('<script>Tokayev()</script>');
  });

  it('marks matches in the reader opened from a search', async () => {
    const m = await library();
    await type(m.q<HTMLInputElement>('search-input')!, 'delegation');
    await expectTitles(m, ['Senators meet Ashimbayev']);
    await click(m.q('article-open'));
    const body = await waitFor(() => m.q('reader-body'));
    expect([...body.querySelectorAll('mark')].map((x) => x.textContent)).toEqual(['delegation']);
  });

  it('finds Токаев, Тоқаев and Tokayev when searching Toqaev, and while "Tokay" is being typed', async () => {
    await save(db, 'ru', { lang: 'ru', title: 'Токаев провёл встречу', paragraphs: ['Президент Токаев принял делегацию.'], tags: [] }, 1);
    await save(db, 'kk', { lang: 'kk', title: 'Тоқаев кездесу өткізді', paragraphs: ['Мемлекет басшысы Тоқаев.'], tags: [] }, 2);
    await save(db, 'en', { title: 'Tokayev holds a meeting', paragraphs: ['President Tokayev received the delegation.'], tags: [] }, 3);
    await save(db, 'other', { title: 'Unrelated', paragraphs: ['Nothing here.'], tags: [] }, 4);
    m = mountApp(db);
    await waitFor(() => m?.all('article-item').length === 4);
    await type(m.q<HTMLInputElement>('search-input')!, 'Toqaev');
    await expectTitles(m, ['Tokayev holds a meeting', 'Тоқаев кездесу өткізді', 'Токаев провёл встречу']);
    expect(m.all('article-title').map((t) => t.querySelector('mark')?.textContent)).toEqual(['Tokayev', 'Тоқаев', 'Токаев']);
    await type(m.q<HTMLInputElement>('search-input')!, '');
    await waitFor(() => m?.all('article-item').length === 4);
    await type(m.q<HTMLInputElement>('search-input')!, 'Tokay');
    await expectTitles(m, ['Tokayev holds a meeting', 'Тоқаев кездесу өткізді', 'Токаев провёл встречу']);
  });

  it('finds Chinese by its characters and marks only them', async () => {
    await save(db, 'zh', { lang: 'zh', title: '托卡耶夫总统会见代表团', paragraphs: ['国家元首托卡耶夫表示欢迎。'], tags: [] }, 1);
    await save(db, 'zh2', { lang: 'zh', title: '议会通过预算', paragraphs: ['议员投票。'], tags: [] }, 2);
    m = mountApp(db);
    await waitFor(() => m?.all('article-item').length === 2);
    await type(m.q<HTMLInputElement>('search-input')!, '托卡耶夫');
    await expectTitles(m, ['托卡耶夫总统会见代表团']);
    expect([...m.q('article-title')!.querySelectorAll('mark')].map((x) => x.textContent)).toEqual(['托卡耶夫']);
    expect([...m.q('article-snippet')!.querySelectorAll('mark')].map((x) => x.textContent)).toEqual(['托卡耶夫']);
  });
});

describe('splitMatches', () => {
  it('splits text into plain and matching pieces by whole words', () => {
    expect(splitMatches('Maulen Ashimbayev met Ashimbayev.', searchMatch('ashim'))).toEqual([
      { text: 'Maulen ', match: false },
      { text: 'Ashimbayev', match: true },
      { text: ' met ', match: false },
      { text: 'Ashimbayev', match: true },
      { text: '.', match: false },
    ]);
    expect(splitMatches('nothing', searchMatch(''))).toEqual([{ text: 'nothing', match: false }]);
  });

  it('marks only the matching part of a run of Chinese characters', () => {
    expect(splitMatches('托卡耶夫总统表示', searchMatch('总统'))).toEqual([
      { text: '托卡耶夫', match: false },
      { text: '总统', match: true },
      { text: '表示', match: false },
    ]);
  });
});
