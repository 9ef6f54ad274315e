import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { DEFAULT_QUERY, firstRows, isDefaultQuery, orderedIds, rowsFor, searchMatch, snippetOf, tagKeys, type ListQuery } from '../../../src/storage/query';
import { dropDb, freshDb, save } from './harness';

let db: DalaDatabase;
beforeEach(() => {
  db = freshDb('query');
});
afterEach(() => dropDb(db));

const q = (over: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...over });

describe('orderedIds', () => {
  it('orders by saved time or published date (undated last) and combines filters and search', async () => {
    const a = await save(db, 'a', { title: 'Alpha budget', publishedAt: '2022-05-01T10:00:00+06:00', tags: [{ label: 'Budget', url: '' }] }, 10);
    const b = await save(db, 'b', { title: 'Beta budget', lang: 'ru', publishedAt: '2024-03-01T00:30:00+05:00', tags: [{ label: 'budget', url: '' }] }, 20);
    const c = await save(db, 'c', { title: 'Gamma', publishedAt: null, tags: [] }, 30);
    expect(await orderedIds(db, DEFAULT_QUERY)).toEqual([c, b, a]);
    expect(await orderedIds(db, q({ sort: 'publishedAt' }))).toEqual([b, a, c]);
    expect(await orderedIds(db, q({ tag: 'BUDGET' }))).toEqual([b, a]);
    expect(await orderedIds(db, q({ tag: 'budget', lang: 'ru' }))).toEqual([b]);
    // Whole words, and the last one as it is being typed.
    expect(await orderedIds(db, q({ search: 'budget alph' }))).toEqual([a]);
    expect(await orderedIds(db, q({ search: 'budg alpha' }))).toEqual([]);
    expect(await orderedIds(db, q({ search: 'budget', site: 'senate' }))).toEqual([]);
    // Published-date ranges are days as printed in Kazakhstan; undated articles have no date to be in range.
    expect(await orderedIds(db, q({ sort: 'publishedAt', from: '2024-03-01', to: '2024-03-01' }))).toEqual([b]);
    expect(await orderedIds(db, q({ sort: 'publishedAt', to: '2023-12-31' }))).toEqual([a]);
  });

  it('takes saved-date ranges in the reader’s own calendar days', async () => {
    const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
    const a = await save(db, 'a', {}, day(2025, 1, 1, 0));
    const b = await save(db, 'b', {}, day(2025, 1, 2, 23));
    await save(db, 'c', {}, day(2025, 1, 3, 0));
    expect(await orderedIds(db, q({ from: '2025-01-01', to: '2025-01-02' }))).toEqual([b, a]);
  });
});

describe('rows', () => {
  it('reads only the asked rows, in the asked order, with a snippet around the first match', async () => {
    const a = await save(db, 'a', { lead: null, paragraphs: ['First paragraph without it.', `${'Filler words here. '.repeat(6)}Then Anfimov spoke at length about the elections.`] }, 1);
    const b = await save(db, 'b', { title: 'B' }, 2);
    const rows = await rowsFor(db, [a, b, 999], 'anfimov');
    expect(rows.map((r) => r.id)).toEqual([a, b]);
    expect(rows[0]?.snippet.startsWith('…')).toBe(true);
    expect(rows[0]?.snippet).toContain('Anfimov spoke');
    expect((await firstRows(db, 1)).map((r) => r.id)).toEqual([b]);
  });

  it('starts the snippet at the lead, else the body, clipped', () => {
    expect(snippetOf({ lead: 'Lead.', paragraphs: ['Body.'] })).toBe('Lead.');
    expect(snippetOf({ lead: null, paragraphs: ['x'.repeat(400)] })).toBe(`${'x'.repeat(180)}…`);
    expect(snippetOf({ lead: null, paragraphs: [] }, searchMatch('a'))).toBe('');
  });

  it('lists the library’s tags as the index folds them', async () => {
    await save(db, 'a', { tags: [{ label: 'Majilis', url: '' }, { label: 'Senate', url: '' }] });
    await save(db, 'b', { tags: [{ label: 'MAJILIS', url: '' }] });
    expect(await tagKeys(db)).toEqual(['majilis', 'senate']);
  });
});

describe('isDefaultQuery', () => {
  it('is the plain newest-saved list only', () => {
    expect(isDefaultQuery(DEFAULT_QUERY)).toBe(true);
    expect(isDefaultQuery(q({ search: ' a ' }))).toBe(true);
    expect(isDefaultQuery(q({ search: 'ab' }))).toBe(false);
    expect(isDefaultQuery(q({ sort: 'publishedAt' }))).toBe(false);
    expect(isDefaultQuery(q({ tag: '  ' }))).toBe(true);
  });
});
