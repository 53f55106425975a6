import type { Translate } from '../lib/i18n';

/** MapLibre's own UI strings in the app's language. */
export const mapLocale = (t: Translate): Record<string, string> => ({
  'Map.Title': t('mapLabel'),
  'NavigationControl.ZoomIn': t('zoomIn'),
  'NavigationControl.ZoomOut': t('zoomOut'),
  'CooperativeGesturesHandler.WindowsHelpText': t('gestureWindows'),
  'CooperativeGesturesHandler.MacHelpText': t('gestureMac'),
  'CooperativeGesturesHandler.MobileHelpText': t('gestureMobile'),
});

/** MapLibre reads its locale once; when the language changes, its controls are relabelled in place. */
export function relabelMapControls(container: HTMLElement, t: Translate) {
  const label = (selector: string, text: string) =>
    container.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      el.setAttribute('aria-label', text);
      if (el.hasAttribute('title')) el.title = text;
    });
  label('.maplibregl-ctrl-zoom-in', t('zoomIn'));
  label('.maplibregl-ctrl-zoom-out', t('zoomOut'));
  label('canvas.maplibregl-canvas', t('mapLabel'));
  const mac = /Mac/.test(navigator.platform);
  container.querySelectorAll('.maplibregl-desktop-message').forEach((el) => (el.textContent = mac ? t('gestureMac') : t('gestureWindows')));
  container.querySelectorAll('.maplibregl-mobile-message').forEach((el) => (el.textContent = t('gestureMobile')));
}
