import { lazyModule } from '../../lib/lazy-module';
import type { Translate } from '../../lib/i18n';
import { appStore } from '../../state/store';

type ExportActions = typeof import('../../export/export-actions');

/** The export code loads on first use; a failed load is tried again on the next click. */
const exportActions = lazyModule(() => import('../../export/export-actions'));

/** Runs an export once its code is here; if the code cannot be loaded, says so and offers to try again. */
export function withExportCode(t: Translate, run: (actions: ExportActions) => unknown) {
  exportActions.load().then(run, () =>
    appStore.getState().notify(t('exportCodeFailed'), { label: t('retry'), run: () => withExportCode(t, run) }),
  );
}
