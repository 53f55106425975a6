import { useEffect, useState } from 'react';
import type { Atlas } from '../data/schema';
import type { Lang } from '../lib/i18n';
import { fontsReadyFor } from '../lib/fonts';
import { cityName } from '../cartography/label-placement';
import { basemapLabelsOf, basemapLabelText } from '../cartography/basemap-labels';

const distinct = (names: string[]) => [...new Set(names.join(''))].join('');
/** Every character the city labels need in `lang`. */
export const cityLabelText = (atlas: Atlas, lang: Lang) => distinct(atlas.cities.map((c) => cityName(c, lang)));
/** Every character the basemap names need in `lang`: in Chinese about as many font subsets again as the cities. */
export const basemapLabelChars = (atlas: Atlas, lang: Lang) => distinct(basemapLabelsOf(atlas).map((l) => basemapLabelText(l, lang)));

/**
 * The language whose label font is ready, null until then. deck.gl draws a label's glyphs once, so a layer waits
 * for its Chinese names' font; English labels need no web font and are ready at once. The map asks separately for
 * the city labels and the basemap names, so the city labels never wait for the basemap's extra font subsets.
 */
export function useLabelLang(lang: Lang, atlas: Atlas | null, textOf: (atlas: Atlas, lang: Lang) => string = cityLabelText): Lang | null {
  const [ready, setReady] = useState<Lang | null>(lang === 'en' ? 'en' : null);
  useEffect(() => {
    if (!atlas) return;
    let current = true;
    void fontsReadyFor(lang, textOf(atlas, lang)).then(() => current && setReady(lang));
    return () => {
      current = false;
    };
  }, [lang, atlas, textOf]);
  return ready;
}
