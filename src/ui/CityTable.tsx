import { memo } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectCitiesOfYear, selectLang, selectSelection, selectYearSummary } from '../state/selectors';
import { type Lang, type MessageKey } from '../lib/i18n';
import type { City, CityYear } from '../data/schema';
import { useT } from '../state/use-t';

type RowProps = { city: City; status: CityYear['status']; firstYear: number | null; isNew: boolean; selected: boolean; lang: Lang };

/** A city's row; a year step renders only the rows whose content changes (most stay as they were). */
const CityRow = memo(function CityRow({ city, status, firstYear, isNew, selected, lang }: RowProps) {
  const t = useT();
  return (
    <tr className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => appStore.getState().select({ kind: 'city', id: city.id })}>
          {lang === 'zh' ? city.nameZh : city.nameEn}
        </button>
        {isNew && <span className="badge badge-new">{t('legendNew')}</span>}
      </th>
      <td>{lang === 'zh' ? city.provinceZh : city.provinceEn}</td>
      <td>{firstYear}</td>
      <td className={`status status-${status}`}>{t(`status_${status}` as MessageKey)}</td>
    </tr>
  );
});

/** One row per pilot city of the year, in step with the map; also the screen-reader view of it. */
export function CityTable() {
  const rows = useAppStore(selectCitiesOfYear);
  const summary = useAppStore(selectYearSummary);
  const selection = useAppStore(selectSelection);
  const lang = useAppStore(selectLang);
  const t = useT();
  if (!summary) return null;
  return (
    <div className="city-table">
      <table>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colCity')}</th>
            <th scope="col">{t('colProvince')}</th>
            <th scope="col">{t('colFirstYear')}</th>
            <th scope="col">{t('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ city, membership, firstYear, isNew }) => (
            <CityRow
              key={city.id} city={city} status={membership.status} firstYear={firstYear} isNew={isNew} lang={lang}
              selected={selection?.kind === 'city' && selection.id === city.id}
            />
          ))}
        </tbody>
      </table>
      <p className="muted table-note">
        {summary.unnamed === null
          ? t('unknownTotalNote', { year: summary.year })
          : summary.unnamed > 0
            ? t('unnamedNote', { n: summary.unnamed, total: summary.citiesTotal!, year: summary.year })
            : t('nOfMNamed', { named: summary.named, total: summary.citiesTotal! })}
      </p>
    </div>
  );
}
