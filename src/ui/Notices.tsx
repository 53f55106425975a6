import { appStore, useAppStore } from '../state/store';
import { selectNotices } from '../state/selectors';
import { useT } from '../state/use-t';

/** Messages about input that could not be used as given. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const t = useT();
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}{' '}
          {n.action && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                appStore.getState().dismissNotice(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={() => appStore.getState().dismissNotice(n.id)}>
            {t('dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
