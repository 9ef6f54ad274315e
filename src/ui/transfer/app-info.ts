/** What a backup says made it: this extension and its version, from the manifest. */
import browser from 'webextension-polyfill';
import type { AppInfo } from '../../export/json-backup';

/** The manifest's name is a __MSG_ placeholder, so the product name is written here. */
export function extensionAppInfo(): AppInfo {
  return { name: 'Dala Reader', version: browser.runtime.getManifest().version };
}
