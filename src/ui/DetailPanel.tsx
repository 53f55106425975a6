import { retryableLazy } from './retryable-lazy';
import { PanelBoundary } from './PanelBoundary';
import { Suspense, useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectAtlas, selectLang, selectSelection } from '../state/selectors';
import { useT } from '../state/use-t';

// Details load on the first selection: the first screen does not need them.
const CityDetail = retryableLazy(() => import('./detail/CityDetail'), (m) => m.CityDetail);
const PortDetail = retryableLazy(() => import('./detail/PortDetail'), (m) => m.PortDetail);
const PlaceDetail = retryableLazy(() => import('./detail/PlaceDetail'), (m) => m.PlaceDetail);
const NodeDetail = retryableLazy(() => import('./detail/NodeDetail'), (m) => m.NodeDetail);

/** Facts and sources of the selected city, port or corridor line. Escape closes it. */
export function DetailPanel() {
  const atlas = useAppStore(selectAtlas);
  const selection = useAppStore(selectSelection);
  const lang = useAppStore(selectLang);
  const t = useT();
  const heading = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!selection) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && appStore.getState().select(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection]);

  if (!atlas || !selection) return null;
  const city = selection.kind === 'city' ? atlas.cities.find((c) => c.id === selection.id) : undefined;
  const port = selection.kind === 'port' ? atlas.ports.find((p) => p.id === selection.id) : undefined;
  const [nodeLineId, seq] = selection.kind === 'node' ? selection.id.split('#') : [];
  const nodeLine = nodeLineId ? atlas.lines.find((l) => l.id === nodeLineId) : undefined;
  const node = nodeLine?.nodes.find((n) => String(n.seq) === seq);
  const place = selection.kind === 'place' ? atlas.places?.find((p) => p.id === selection.id) : undefined;
  if (!city && !port && !node && !place) return null;

  return (
    <aside className="detail-panel" aria-label={t('details')} ref={heading}>
      <button type="button" className="close" onClick={() => appStore.getState().select(null)} aria-label={t('close')}>
        ×
      </button>
      <PanelBoundary key={`${selection.kind}:${selection.id}`} message={t('panelFailed')} retryLabel={t('retry')}>
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        {city && <CityDetail atlas={atlas} city={city} lang={lang} />}
        {port && <PortDetail atlas={atlas} port={port} lang={lang} />}
        {place && <PlaceDetail atlas={atlas} place={place} lang={lang} />}
        {node && nodeLine && <NodeDetail atlas={atlas} line={nodeLine} node={node} lang={lang} />}
      </Suspense>
      </PanelBoundary>
    </aside>
  );
}
