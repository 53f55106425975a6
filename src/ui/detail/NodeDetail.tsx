import type { Atlas, Line, LineNode } from '../../data/schema';
import { resolveSources } from '../../state/atlas-queries';
import { appStore, type Lang } from '../../state/store';
import { useT } from '../../state/use-t';
import type { MessageKey } from '../../lib/i18n';
import { corridorSwatch } from '../../cartography/palette';
import { SourceList } from '../SourceList';
import { Coordinates } from './Coordinates';

/** A stop of a corridor line: its role (border crossing, seaport…), its note (e.g. a gauge change) and the line's sources. */
export function NodeDetail({ atlas, line, node, lang }: { atlas: Atlas; line: Line; node: LineNode; lang: Lang }) {
  const t = useT();
  const corridor = atlas.corridors.find((c) => c.id === line.corridorId)!;
  return (
    <>
      <p className="eyebrow">
        <span className="swatch" style={{ background: corridorSwatch(corridor.id) }} aria-hidden="true" />{' '}
        {lang === 'zh' ? corridor.nameZh : corridor.nameEn}
      </p>
      <h2>
        {lang === 'zh' ? node.nameZh : node.nameEn} <span className="alt-name">{lang === 'zh' ? node.nameEn : node.nameZh}</span>
      </h2>
      <dl>
        <dt>{t('role')}</dt>
        <dd>{t(`role_${node.role}` as MessageKey)}</dd>
        <dt>{t('nodeOfLine')}</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => appStore.getState().openCorridor(line.corridorId, line.id)}>
            {lang === 'zh' ? line.nameZh : line.nameEn}
          </button>
        </dd>
        {node.note && (<><dt>{t('nodeNote')}</dt><dd>{node.note}</dd></>)}
        {node.countryIso2 && (<><dt>{t('country')}</dt><dd>{node.countryIso2}</dd></>)}
        <Coordinates lngLat={node.lngLat} approximate={node.coordSource === 'approx'} />
      </dl>
      <SourceList sources={resolveSources(atlas, line.sourceIds)} />
    </>
  );
}
