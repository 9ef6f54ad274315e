/** The interface language: one of the seven, or "as the browser". Each language is listed by its own name. */
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { t } from '../i18n';

interface Props {
  value: UiLanguage | null;
  onChange(lang: UiLanguage | null): void;
  id?: string;
}

export function LanguageSwitch({ value, onChange, id }: Props) {
  return (
    <select
      id={id}
      class="language-switch"
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={value ?? ''}
      onChange={(e) => {
        const v = e.currentTarget.value;
        onChange((UI_LANGUAGES as readonly string[]).includes(v) ? (v as UiLanguage) : null);
      }}
    >
      <option value="">{t('language.browser')}</option>
      {UI_LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
