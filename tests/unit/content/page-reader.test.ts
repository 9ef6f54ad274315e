import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAndReport, readPage, sendWithRetry, type Channel } from '../../../src/content/page-reader';
import type { PageStatusResponse, PromptStrings, SaveMode } from '../../../src/messaging/protocol';
import { validateArticle } from '../../../src/messaging/validate';
import { DOMParser as LinkedomParser } from 'linkedom';

const FIXTURES = join(__dirname, '../../fixtures/pages');

function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const url = html.match(/^<!-- url: (\S+) -->/)?.[1];
  if (!url) throw new Error(`${name} has no url comment`);
  // linkedom, as the maintainer CLI parses pages (happy-dom would try to fetch the fixtures' stylesheets).
  const doc = new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, url };
}

const PROMPT: PromptStrings = { lang: 'en', dir: 'ltr', question: 'Save?', save: 'Save', dismiss: 'No', saved: 'Saved', failed: 'Failed: {{error}}' };

function channel(mode: SaveMode, saved = false) {
  const sent: unknown[] = [];
  const ch: Channel = {
    pageStatus: vi.fn(async (m) => {
      sent.push(m);
      return { ok: true, saveMode: mode, saved, prompt: mode === 'ask' && !saved ? PROMPT : null } satisfies PageStatusResponse;
    }),
    save: vi.fn(async (m) => {
      sent.push(m);
      return { ok: true as const, id: 1, created: true, changed: true };
    }),
  };
  return { ch, sent };
}

describe('readAndReport', () => {
  it('on an article page with automatic saving: reports, then sends a valid article to save', async () => {
    const { doc, url } = load('kazinform-en-2023');
    const { ch, sent } = channel('auto');
    const ask = vi.fn();
    const out = await readAndReport(doc, url, ch, ask);
    expect(out.kind).toBe('saved');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ type: 'page-status', isArticle: true, site: 'kazinform', lang: 'en' });
    const save = sent[1] as { type: string; trigger: string; article: unknown };
    expect(save).toMatchObject({ type: 'save-article', trigger: 'auto' });
    // What the content script sends passes the background's validation as it is.
    expect(validateArticle(save.article).title).toBe('CIS Observation Mission hails parliamentary elections in Kazakhstan');
    expect(ask).not.toHaveBeenCalled();
  });

  it('on a non-article page: reports the reason and saves nothing', async () => {
    const { doc, url } = load('kazinform-ru-lenta');
    const { ch, sent } = channel('auto');
    const out = await readAndReport(doc, url, ch, vi.fn());
    expect(out).toMatchObject({ kind: 'not-article' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'page-status', isArticle: false });
    expect((sent[0] as { reason: string }).reason).toBeTruthy();
  });

  it('asks before saving on a site set to "ask", and saves as manual on the click', async () => {
    const { doc, url } = load('senate-en-2023');
    const { ch, sent } = channel('ask');
    let clickSave: (() => Promise<unknown>) | null = null;
    const out = await readAndReport(doc, url, ch, (strings, save) => {
      expect(strings).toEqual(PROMPT);
      clickSave = save;
    });
    expect(out.kind).toBe('asked');
    expect(sent).toHaveLength(1);
    await clickSave!();
    expect(sent[1]).toMatchObject({ type: 'save-article', trigger: 'manual' });
  });

  it('does not ask again for an article already saved, and never saves on "never"', async () => {
    const { doc, url } = load('senate-en-2023');
    const ask = vi.fn();
    expect(await readAndReport(doc, url, channel('ask', true).ch, ask)).toMatchObject({ kind: 'skipped' });
    const never = channel('never');
    expect(await readAndReport(doc, url, never.ch, ask)).toMatchObject({ kind: 'skipped' });
    expect(never.sent).toHaveLength(1);
    expect(ask).not.toHaveBeenCalled();
  });

  it('says the page is not supported off the three sites, without reading it', () => {
    const doc = new DOMParser().parseFromString('<h1>x</h1>', 'text/html') as unknown as Document;
    expect(readPage(doc, 'https://example.com/news/1')).toMatchObject({ isArticle: false, reason: 'not a supported site' });
  });
});

describe('sendWithRetry', () => {
  it('retries a background that is restarting, then succeeds', async () => {
    let n = 0;
    const r = await sendWithRetry(async () => {
      if (++n < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'ok';
    }, 4, 1);
    expect(r).toBe('ok');
    expect(n).toBe(3);
  });

  it('gives up after the last try and throws the error to be reported', async () => {
    await expect(sendWithRetry(async () => undefined, 3, 1)).rejects.toThrow('no answer from the background');
  });

  it('keeps trying for some 16 s by default, and reports at once after the last try', async () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const started = Date.now();
      const done = sendWithRetry(async () => {
        n++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }).catch((e: unknown) => ({ failedAfterMs: Date.now() - started, e }));
      await vi.runAllTimersAsync();
      const r = (await done) as { failedAfterMs: number; e: Error };
      expect(n).toBe(7);
      expect(r.e.message).toContain('Receiving end does not exist');
      // 250 + 500 + … + 8000 ms between the tries, nothing after the last one.
      expect(r.failedAfterMs).toBe(15_750);
    } finally {
      vi.useRealTimers();
    }
  });
});
