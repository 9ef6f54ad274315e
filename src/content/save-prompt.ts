/**
 * The in-page "save this article?" prompt for sites set to "ask". It lives in a
 * shadow root (the page's styles cannot reach it, nor its ours) and is fixed to a
 * corner, so it never shifts the page's layout. Words come from the background in
 * the interface language; they are set as text, never as markup.
 */
import type { ErrorResponse, PromptStrings, SaveResponse } from '../messaging/protocol';

export const PROMPT_CSS = `
/* The host and the shadow's own <html>/<body> take no room in the page: only the fixed box shows. */
:host { all: initial; position: fixed !important; inset-block-start: 0; inset-inline-start: 0; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646; }
html, body { margin: 0 !important; padding: 0 !important; width: 0; height: 0; overflow: visible; background: transparent; }
.box {
  position: fixed; z-index: 2147483646; inset-block-end: 16px; inset-inline-end: 16px;
  max-width: 340px; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, 'Noto Sans', 'Noto Naskh Arabic', sans-serif;
  background: #ffffff; color: #1b1f24; border: 1px solid #d0d7de;
  box-shadow: 0 6px 24px rgba(0,0,0,.18);
}
@media (prefers-color-scheme: dark) { .box { background: #1f252c; color: #e6edf3; border-color: #30363d; } }
.row { display: flex; gap: 8px; margin-top: 10px; justify-content: flex-end; }
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #8c959f; background: transparent; color: inherit; cursor: pointer; }
button.primary { background: #0b6e99; border-color: #0b6e99; color: #fff; }
/* The focus ring at 3:1 or more on the box in each scheme (WCAG 1.4.11): the light blue was 2.3:1 on white. */
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button:focus-visible { outline-color: #58a6ff; } }
`;

/** Builds the prompt inside `container` (an element of a shadow root). Returns the element for tests. */
export function buildPrompt(
  container: HTMLElement,
  strings: PromptStrings,
  save: () => Promise<SaveResponse | ErrorResponse>,
  close: () => void,
): HTMLElement {
  const doc = container.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = PROMPT_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-label', strings.question);
  box.lang = strings.lang;
  box.dir = strings.dir;
  const text = doc.createElement('div');
  text.className = 'text';
  text.textContent = strings.question;
  const row = doc.createElement('div');
  row.className = 'row';
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = strings.dismiss;
  dismiss.addEventListener('click', close);
  const ok = doc.createElement('button');
  ok.type = 'button';
  ok.className = 'primary';
  ok.textContent = strings.save;
  ok.addEventListener('click', async () => {
    ok.disabled = true;
    dismiss.disabled = true;
    let r: SaveResponse | ErrorResponse;
    try {
      r = await save();
    } catch (e) {
      r = { ok: false, code: 'internal', error: e instanceof Error ? e.message : String(e) };
    }
    row.remove();
    text.textContent = r.ok ? strings.saved : strings.failed.replace('{{error}}', r.error);
    if (r.ok) setTimeout(close, 2500);
    else {
      const closeBtn = doc.createElement('button');
      closeBtn.type = 'button';
      closeBtn.textContent = strings.dismiss;
      closeBtn.addEventListener('click', close);
      const r2 = doc.createElement('div');
      r2.className = 'row';
      r2.append(closeBtn);
      box.append(r2);
    }
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  row.append(dismiss, ok);
  box.append(text, row);
  container.append(style, box);
  return box;
}
