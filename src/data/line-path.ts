import type { Line, LngLat } from './schema';

const pathCache = new WeakMap<Line, LngLat[]>();

/** The whole line as one path: its legs joined, shared joints once. The map, the flows and the exports draw this. */
export function linePath(line: Line): LngLat[] {
  let path = pathCache.get(line);
  if (!path) {
    path = line.legs.flatMap((leg, i) => (i === 0 ? leg.path : leg.path.slice(1)));
    pathCache.set(line, path);
  }
  return path;
}
