import type { Atlas, Line } from '../../data/schema';
import { resolveSources } from '../../state/atlas-queries';
import type { Lang } from '../../state/store';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { type MessageKey } from '../../lib/i18n';
import { useT } from '../../state/use-t';
import { corridorSwatch } from '../../map/palette';
import { SourceList } from '../SourceList';

export function LineDetail({ atlas, line, lang }: { atlas: Atlas; line: Line; lang: Lang }) {
  const t = useT();
  const corridor = atlas.corridors.find((c) => c.id === line.corridorId)!;
  const stops = line.nodes.filter((n) => n.role !== 'waypoint');
  return (
    <>
      <p className="eyebrow">
        <span className="swatch" style={{ background: corridorSwatch(corridor.id) }} aria-hidden="true" />{' '}
        {lang === 'zh' ? corridor.nameZh : corridor.nameEn}
      </p>
      <h2>{lang === 'zh' ? line.nameZh : line.nameEn}</h2>
      <p>{lang === 'zh' ? corridor.descriptionZh : corridor.descriptionEn}</p>
      <dl>
        <dt>{t('corridor')}</dt>
        <dd>{corridor.nameEn} · {corridor.nameZh} ({formatPartialDate(corridor.startDate, lang)})</dd>
        <dt>{t('startYear')}</dt>
        <dd>{line.startYear} <span className={`status status-${line.status}`}>{t(`status_${line.status}` as MessageKey)}</span></dd>
        <dt>{t('alignment')}</dt>
        <dd>{t(`alignment_${line.alignment}` as MessageKey)}{line.basis && <span className="muted"> — {line.basis}</span>}</dd>
        <dt>{t('lengthKm')}</dt>
        <dd>{t('km', { n: formatNumber(line.lengthKm, lang) })}</dd>
        <dt>{t('nodes')}</dt>
        <dd>
          <ol className="stop-list">
            {stops.map((n) => (
              <li key={n.seq}>
                {lang === 'zh' ? n.nameZh : n.nameEn} <span className="muted">· {t(`role_${n.role}` as MessageKey)}{n.note ? ` · ${n.note}` : ''}</span>
              </li>
            ))}
          </ol>
        </dd>
      </dl>
      <SourceList sources={resolveSources(atlas, [...line.sourceIds, ...corridor.sourceIds])} />
    </>
  );
}
