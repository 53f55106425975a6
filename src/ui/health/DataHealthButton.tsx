import { retryableLazy } from '../retryable-lazy';
import { Suspense, useState } from 'react';
import { useAppStore } from '../../state/store';
import { selectAtlas, selectLang } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { PanelBoundary } from '../PanelBoundary';
import './health.css';

const DataHealthDialog = retryableLazy(() => import('./DataHealthDialog'), (m) => m.DataHealthDialog);

/** "About the data", in the Overview tab under the growth chart; the dialog loads on first use. */
export function DataHealthButton() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!atlas) return null;
  return (
    <>
      <button type="button" className="about-data-link" aria-haspopup="dialog" onClick={() => setOpen(true)}>{t('healthOpen')}</button>
      <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
        <Suspense fallback={null}>
          {open && <DataHealthDialog health={atlas.health ?? null} version={atlas.version} lang={lang} onClose={() => setOpen(false)} />}
        </Suspense>
      </PanelBoundary>
    </>
  );
}
