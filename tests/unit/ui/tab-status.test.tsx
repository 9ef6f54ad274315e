import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import type { SaveTabMessage, TabStatusMessage } from '../../../src/messaging/protocol';
import { click, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-tab', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

type Msg = SaveTabMessage | TabStatusMessage;

function background(answers: { 'tab-status': unknown; 'save-tab'?: unknown | (() => Promise<unknown>) }) {
  const sent: Msg[] = [];
  const send = async (msg: Msg) => {
    sent.push(msg);
    const a = answers[msg.type];
    return typeof a === 'function' ? (a as () => Promise<unknown>)() : a;
  };
  return { sent, send };
}

const TAB = { id: 7, url: 'https://qazinform.com/news/x-abcdef' };
const status = (state: string, articleId: number | null = null) => ({ ok: true, state, url: TAB.url, articleId, reason: null });

describe('the current tab', () => {
  it('offers to save an article that is not saved, sends save-tab for that tab, then says it is saved', async () => {
    const bg = background({ 'tab-status': status('not-saved'), 'save-tab': { ok: true, id: 42, created: true, changed: true } });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    const panel = await waitFor(() => (m?.q('tab-status')?.getAttribute('data-state') === 'not-saved' ? m.q('tab-status') : null));
    expect(panel.textContent).toContain('This article is not saved yet.');
    expect(bg.sent).toEqual([{ type: 'tab-status', tabId: 7 }]);
    const button = m.q<HTMLButtonElement>('save-tab')!;
    expect(button.textContent).toBe('Save this page');
    await click(button);
    await waitFor(() => m?.q('tab-status')?.getAttribute('data-state') === 'saved');
    expect(bg.sent[1]).toEqual({ type: 'save-tab', tabId: 7 });
    expect(m.q('tab-status')?.textContent).toContain('Saved to Dala Reader');
    expect(m.q('save-tab')).toBeNull();
    expect(m.q('tab-read')).not.toBeNull();
  });

  it('shows the error when saving fails, in words, and lets the person try again', async () => {
    const bg = background({
      'tab-status': status('unknown'),
      'save-tab': { ok: false, code: 'quota-exceeded', error: 'QuotaExceededError' },
    });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    await click(await waitFor(() => m?.q('save-tab')));
    const err = await waitFor(() => m?.q('tab-error'));
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('storage quota is reached');
    expect(m.q<HTMLButtonElement>('save-tab')?.disabled).toBe(false);
  });

  it('says so when the automatic save of this tab failed, why, and offers to save it again', async () => {
    const bg = background({
      'tab-status': { ...status('save-failed'), reason: 'QuotaExceededError', failure: { code: 'quota-exceeded', error: 'QuotaExceededError' } },
      'save-tab': { ok: true, id: 5, created: true, changed: true },
    });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    const panel = await waitFor(() => (m?.q('tab-status')?.getAttribute('data-state') === 'save-failed' ? m.q('tab-status') : null));
    expect(panel.textContent).toContain('This article could not be saved.');
    const err = await waitFor(() => m?.q('tab-error'));
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('storage quota is reached');
    await click(m.q<HTMLButtonElement>('save-tab')!);
    await waitFor(() => m?.q('tab-status')?.getAttribute('data-state') === 'saved');
    expect(m.q('tab-error')).toBeNull();
  });

  it('shows an unknown failure with the background’s own text, and a dead background too', async () => {
    const bg = background({ 'tab-status': status('not-saved'), 'save-tab': { ok: false, code: 'internal', error: 'Disk on fire' } });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    await click(await waitFor(() => m?.q('save-tab')));
    await waitFor(() => m?.q('tab-error')?.textContent === 'Could not save: Disk on fire');
    m.unmount();
    const dead = background({ 'tab-status': () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: dead.send } });
    await waitFor(() => m?.q('tab-error')?.textContent?.includes('Receiving end does not exist'));
  });

  it('says saved, and opens the saved article in the reader', async () => {
    const id = await save(db, 'saved', { title: 'Already saved' });
    const bg = background({ 'tab-status': status('saved', id) });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    await waitFor(() => m?.q('tab-status')?.textContent?.includes('This page is saved.'));
    expect(m.q('save-tab')).toBeNull();
    await click(m.q('tab-read'));
    await waitFor(() => m?.q('reader-title')?.textContent === 'Already saved');
  });

  it.each([
    ['not-article', 'This page is not an article.'],
    ['unsupported', 'Dala Reader reads articles from Kazinform, Qazaq TV and the Senate only.'],
  ])('says %s without a save button', async (state, text) => {
    const bg = background({ 'tab-status': status(state) });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    await waitFor(() => m?.q('tab-status')?.getAttribute('data-state') === state);
    expect(m.q('tab-status')?.textContent).toContain(text);
    expect(m.q('save-tab')).toBeNull();
  });

  it('treats an unreadable answer as an error, not as a state', async () => {
    const bg = background({ 'tab-status': { ok: true, state: 'hacked' } });
    m = mountApp(db, { tab: { activeTab: async () => TAB, send: bg.send } });
    await waitFor(() => m?.q('tab-error')?.textContent?.includes('could not be read'));
  });

  it('is not shown in the library tab', async () => {
    m = mountApp(db, { mode: 'library' });
    await waitFor(() => m?.q('empty-state'));
    expect(m.q('tab-status')).toBeNull();
  });
});
