/** What every extension page does on start. */
import { persistStorage } from './persist';

export function mountPoint(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error(`${location.pathname} has no #app element`);
  return root;
}

/** Asks the browser not to evict the library. The settings page shows the state; here a failure is reported, never dropped. */
export async function askToKeepLibrary(): Promise<void> {
  const r = await persistStorage(navigator.storage);
  if (r.error) console.warn('[Dala Reader] navigator.storage.persist() failed:', r.error);
}
