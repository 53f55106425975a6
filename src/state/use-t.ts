import { translator, type Translate } from '../lib/i18n';
import { useAppStore } from './store';
import { selectLang } from './selectors';

/** The translate function for the current language; re-renders when the language changes. */
export const useT = (): Translate => translator(useAppStore(selectLang));
