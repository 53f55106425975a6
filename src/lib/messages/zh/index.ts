// The Chinese catalogues, loaded when the app first shows Chinese; each is typed against its English one.
import { coreZh } from './core';
import { corridorZh } from './corridor';
import { healthZh } from './health';
import { figuresZh } from './figures';
import { placesZh } from './places';
import { partsZh } from './parts';
import { routeZh } from './route';
import { routeCompareZh } from './route-compare';
import { searchZh } from './search';
import { shareZh } from './share';
import { storyZh } from './story';

export const zh = {
  ...coreZh, ...corridorZh, ...storyZh, ...routeZh, ...routeCompareZh, ...shareZh,
  ...searchZh,
  ...healthZh,
  ...figuresZh,
  ...placesZh,
  ...partsZh,
};
