import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { plural } from '../../lib/i18n';
import { searchPlaces, type PlaceEntry } from '../../search/place-index';
import './search.css';

/** Zoom the map flies to for a found place, unless it is already closer. */
const FOUND_ZOOM = 5.5;

/**
 * The header's place search: a combobox over pilot cities, ports and corridor stops (English, pinyin without
 * tones or Chinese). Choosing one flies the map there and opens its details.
 */
export function PlaceSearch() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const results = useMemo(() => (atlas && query.trim() ? searchPlaces(atlas, query) : []), [atlas, query]);
  if (!atlas) return null;
  const nameOf = (p: PlaceEntry) => (lang === 'zh' ? p.nameZh : p.nameEn);

  const choose = (place: PlaceEntry) => {
    const state = appStore.getState();
    state.select({ kind: place.kind, id: place.id });
    const zoom = Math.max(state.camera?.zoom ?? 0, FOUND_ZOOM);
    state.setCamera({ lng: place.lngLat[0], lat: place.lngLat[1], zoom });
    setQuery(nameOf(place));
    setOpen(false);
    const name = nameOf(place);
    const { year } = state;
    if (place.kind !== 'city') setStatus(t('searchFound', { name }));
    else if (place.pilotYears.includes(year)) setStatus(t('searchPilotNow', { name, year }));
    else setStatus(t('searchPilotIn', { name, year, years: place.pilotYears.join(lang === 'zh' ? '、' : ', ') }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (e.key === 'Enter' && open && results[active]) {
      e.preventDefault();
      choose(results[active]!);
    } else if (e.key === 'Escape') {
      if (open) e.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && query.trim() !== '';
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="place-search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>{t('searchLabel')}</label>
      <input id={`${listId}-input`} type="search" role="combobox" autoComplete="off" spellCheck={false}
        placeholder={t('searchPlaceholder')} value={query}
        aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); setStatus(''); }}
        onKeyDown={onKeyDown} onBlur={() => setOpen(false)} onFocus={() => query && setOpen(true)} />
      <ul id={listId} role="listbox" aria-label={t('searchLabel')} hidden={!expanded} className="place-search-list">
        {results.map((p, i) => (
          <li key={`${p.kind}:${p.id}`} id={optionId(i)} role="option" aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); choose(p); }} onMouseEnter={() => setActive(i)}>
            <span className="place-search-name">{nameOf(p)}</span>
            <span className="muted"> · {t(`searchKind_${p.kind}`)}{p.countryIso2 && p.countryIso2 !== 'CN' ? ` · ${p.countryIso2}` : ''}</span>
          </li>
        ))}
        {results.length === 0 && <li className="muted" role="presentation">{t('searchNone')}</li>}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? (results.length ? plural(t, lang, 'searchResults', results.length) : t('searchNone')) : status}
      </p>
      {status && !expanded && <p className="place-search-status muted" aria-hidden="true">{status}</p>}
    </div>
  );
}
