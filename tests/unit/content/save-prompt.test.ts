import { describe, expect, it, vi } from 'vitest';
import { buildPrompt } from '../../../src/content/save-prompt';
import type { PromptStrings } from '../../../src/messaging/protocol';

const STRINGS: PromptStrings = { lang: 'kk-Arab', dir: 'rtl', question: 'ساقتاۋ؟ <b>x</b>', save: 'ساقتاۋ', dismiss: 'جوق', saved: 'ساقتالدى', failed: 'قاتە: {{error}}' };

function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  return { host, container };
}

describe('the in-page save prompt', () => {
  it('is fixed to a corner (no layout shift), in the interface language and direction, as text', () => {
    const { container } = mount();
    const box = buildPrompt(container, STRINGS, vi.fn(), vi.fn());
    expect(box.dir).toBe('rtl');
    expect(box.lang).toBe('kk-Arab');
    expect(box.querySelector('.text')?.textContent).toBe('ساقتاۋ؟ <b>x</b>');
    expect(box.querySelector('b')).toBeNull();
    expect(container.querySelector('style')?.textContent).toMatch(/position: fixed/);
  });

  it('saves on click and says so', async () => {
    const { container } = mount();
    const save = vi.fn(async () => ({ ok: true as const, id: 1, created: true, changed: true }));
    const box = buildPrompt(container, STRINGS, save, vi.fn());
    (box.querySelector('button.primary') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(box.querySelector('.text')?.textContent).toBe('ساقتالدى'));
    expect(save).toHaveBeenCalledOnce();
  });

  it('shows the error when saving fails and keeps a way to close', async () => {
    const { container } = mount();
    const close = vi.fn();
    const box = buildPrompt(container, STRINGS, async () => ({ ok: false as const, code: 'quota-exceeded' as const, error: 'quota' }), close);
    (box.querySelector('button.primary') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(box.querySelector('.text')?.textContent).toBe('قاتە: quota'));
    (box.querySelector('button') as HTMLButtonElement).click();
    expect(close).toHaveBeenCalled();
  });

  it('closes on "not now" and on Escape', () => {
    const { container } = mount();
    const close = vi.fn();
    const box = buildPrompt(container, STRINGS, vi.fn(), close);
    (box.querySelector('button:not(.primary)') as HTMLButtonElement).click();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(close).toHaveBeenCalledTimes(2);
  });
});
