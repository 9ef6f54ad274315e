/** Starting the settings page: language from settings, a request to keep the library, then the page. */
import { render } from 'preact';
import { getDatabase } from '../../storage/db';
import { t } from '../../i18n';
import { errorText } from '../errors';
import { startLanguage } from '../language';
import { askToKeepLibrary, mountPoint } from '../page';
import { extensionAppInfo } from '../transfer/app-info';
import { OptionsApp } from './OptionsApp';

export async function startOptions(): Promise<void> {
  const db = getDatabase();
  const { error } = await startLanguage(db);
  document.title = t('options.heading');
  void askToKeepLibrary();
  render(<OptionsApp db={db} storage={navigator.storage} startupError={error ? errorText(error) : null} app={extensionAppInfo()} />, mountPoint());
}
