import { appStore, useAppStore, LANGS, type Lang } from '../state/store';
import { selectLang } from '../state/selectors';
import { useT } from '../state/use-t';

const LABEL: Record<Lang, string> = { en: 'EN', zh: '中文' };

export function LanguageSwitch() {
  const lang = useAppStore(selectLang);
  const t = useT();
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" aria-pressed={l === lang} lang={l} onClick={() => appStore.getState().setLang(l)}>
          {LABEL[l]}
        </button>
      ))}
    </div>
  );
}
