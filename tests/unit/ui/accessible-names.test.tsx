/**
 * Accessible names in every interface language (the e2e axe check sees English and Kazakh in
 * Arabic script; these run all seven): every control of the list and the reader has a name,
 * and a control whose spoken name (aria-label) replaces words it shows must say those words
 * too (WCAG 2.5.3, Label in Name): otherwise a voice-control user saying what they see misses it.
 */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage, t } from '../../../src/i18n';
import type { DalaDatabase } from '../../../src/storage/db';
import { click, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-names', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

const ARTICLE = {
  title: 'Senate Speaker Maulen Ashimbayev meets delegation',
  paragraphs: ['The sides discussed cooperation.'],
  tags: [{ label: 'Senate', url: 'https://qazinform.com/tag/senate' }],
};

const CONTROLS = 'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The text an element shows, without the parts hidden from assistive technology. */
function shownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return fold(copy.textContent ?? '');
}

/** A rough accessible name: aria-label, aria-labelledby, a wrapping or pointing <label>, else the shown text. */
function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return fold(label);
  const by = el.getAttribute('aria-labelledby');
  if (by) return fold(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  const wrapping = el.closest('label');
  if (wrapping && wrapping !== el) return fold(wrapping.textContent ?? '');
  if (el.id) {
    const pointing = document.querySelector(`label[for="${el.id}"]`);
    if (pointing) return fold(pointing.textContent ?? '');
  }
  return shownText(el);
}

/** Every problem with the names of the controls inside `root`. */
function nameProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll(CONTROLS)) {
    const what = el.getAttribute('data-testid') ?? el.outerHTML.slice(0, 80);
    const name = nameOf(el);
    if (!name) problems.push(`${what} has no accessible name`);
    const shown = shownText(el);
    // Only words on buttons and links count: a symbol (×, ⚙, ↗) shown in place of a word is not
    // a label to repeat, and what a <select> shows is its value, not its label.
    const labelled = el.matches('button, a, [role="button"]') && el.hasAttribute('aria-label');
    if (labelled && /\p{L}/u.test(shown) && !name.includes(shown)) {
      problems.push(`${what} shows "${shown}" but is named "${name}"`);
    }
  }
  return problems;
}

describe('accessible names', () => {
  for (const lang of UI_LANGUAGES) {
    it(`every control of the list and the reader has a name that says what it shows, in ${lang}`, async () => {
      await setLanguage(lang);
      await save(db, 'names', ARTICLE);
      m = mountApp(db);
      await waitFor(() => m?.q('article-item'));
      expect(nameProblems(m.root)).toEqual([]);
      await click(m.q('article-open'));
      await waitFor(() => m?.q('reader-title') && m.q('tag-site-link'));
      expect(nameProblems(m.root)).toEqual([]);
    });
  }

  it('keeps the list\'s scrolling box out of the Tab order (Firefox would make it a stop of its own): one row is the list\'s stop', async () => {
    await save(db, 'one', ARTICLE);
    await save(db, 'two', { ...ARTICLE, title: 'Second article' });
    m = mountApp(db);
    await waitFor(() => m?.all('article-item').length === 2);
    expect(m.root.querySelector('.vlist')?.getAttribute('tabindex')).toBe('-1');
    const stops = m.all('article-item').flatMap((li) => [...li.querySelectorAll('[tabindex="0"]')]);
    expect(stops.map((el) => el.getAttribute('data-testid'))).toEqual(['article-open', 'article-delete']);
  });

  it('names the reader\'s Back button by what it shows, with the hint and its key (Esc) as a description', async () => {
    await save(db, 'back', ARTICLE);
    m = mountApp(db);
    await click(await waitFor(() => m?.q('article-open')));
    const back = await waitFor(() => m?.q('reader-back'));
    expect(back.hasAttribute('aria-label')).toBe(false);
    expect(shownText(back)).toBe(fold(t('reader.back')));
    expect(back.getAttribute('title')).toBe(t('reader.backLabel'));
    expect(back.getAttribute('aria-keyshortcuts')).toBe('Escape');
  });
});
