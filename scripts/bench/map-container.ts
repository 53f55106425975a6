/**
 * The bench pages' map element, sized like the app's map canvas when the bench asks (?w=&h=), so every page
 * draws the same number of pixels.
 */
export function benchMapContainer(params: URLSearchParams): HTMLElement {
  const container = document.getElementById('map')!;
  if (params.has('w') && params.has('h')) {
    container.style.right = 'auto';
    container.style.bottom = 'auto';
    container.style.width = `${Number(params.get('w'))}px`;
    container.style.height = `${Number(params.get('h'))}px`;
  }
  return container;
}
