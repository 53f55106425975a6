import { useEffect, useState } from 'react';
import type { Atlas } from '../data/schema';
import type { Lang } from '../lib/i18n';
import { fontsReadyFor } from '../lib/fonts';
import { cityName } from './layers/city-layer';

/**
 * The language whose label font is ready, null until then. deck.gl draws a label's glyphs once, so the
 * map's layers wait for Chinese names' font; English labels need no web font and are ready at once.
 */
export function useLabelLang(lang: Lang, atlas: Atlas | null): Lang | null {
  const [ready, setReady] = useState<Lang | null>(lang === 'en' ? 'en' : null);
  useEffect(() => {
    if (!atlas) return;
    let current = true;
    void fontsReadyFor(lang, atlas.cities.map((c) => cityName(c, lang)).join('')).then(() => current && setReady(lang));
    return () => {
      current = false;
    };
  }, [lang, atlas]);
  return ready;
}
