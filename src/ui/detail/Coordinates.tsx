import type { LngLat } from '../../data/schema';
import { useT } from '../../state/use-t';

/** A place's coordinates as a definition-list entry, marked when they are approximate. */
export function Coordinates({ lngLat, approximate }: { lngLat: LngLat; approximate: boolean }) {
  const t = useT();
  const [lng, lat] = lngLat;
  return (
    <>
      <dt>{t('coordinates')}</dt>
      <dd>
        {lat.toFixed(4)}, {lng.toFixed(4)}
        {approximate && <span className="muted"> ({t('coordUncertain')})</span>}
      </dd>
    </>
  );
}
