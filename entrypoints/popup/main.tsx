import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from '../../src/ui/popup/App';
import { getDatabase } from '../../src/storage/db';
import { currentLanguage, initI18n, isRtl } from '../../src/i18n';
import '../../src/ui/popup/popup.css';

async function start() {
  await initI18n();
  const lang = currentLanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
  const root = document.getElementById('app');
  if (!root) throw new Error('popup.html has no #app');
  render(<App db={getDatabase()} openTab={(url) => void browser.tabs.create({ url })} />, root);
}

void start();
