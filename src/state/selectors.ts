import type { AppState } from './store';
import { citiesOfYear, measureHighlight, storyHighlight, yearSummary, type CityInYear, type Highlight, type YearSummary } from './atlas-queries';

const NO_CITIES: CityInYear[] = [];

export const selectAtlas = (s: AppState) => s.atlas;
export const selectLoad = (s: AppState) => s.load;
export const selectYear = (s: AppState) => s.year;
export const selectYears = (s: AppState) => s.years;
export const selectIsPlaying = (s: AppState) => s.isPlaying;
export const selectLayers = (s: AppState) => s.layers;
export const selectSelection = (s: AppState) => s.selection;
export const selectLang = (s: AppState) => s.lang;
export const selectNotices = (s: AppState) => s.notices;
export const selectCitiesOfYear = (s: AppState): CityInYear[] => (s.atlas ? citiesOfYear(s.atlas, s.year) : NO_CITIES);
export const selectYearSummary = (s: AppState): YearSummary | null => (s.atlas ? yearSummary(s.atlas, s.year) : null);
export const selectCamera = (s: AppState) => s.camera;
export const selectEmbed = (s: AppState) => s.embed;
export const selectPin = (s: AppState) => s.pin;
export const selectCorridor = (s: AppState) => s.corridor;
export const selectFocusLine = (s: AppState) => s.line;
export const selectFlowsOn = (s: AppState) => s.flowsOn;
export const selectMapCapture = (s: AppState) => s.mapCapture;
export const selectRouteFrom = (s: AppState) => s.routeFrom;
export const selectRouteTo = (s: AppState) => s.routeTo;
export const selectRouteFocus = (s: AppState) => s.routeFocus;
export const selectPanel = (s: AppState) => s.panel;
export const selectStory = (s: AppState) => s.story;
export const selectMeasure = (s: AppState) => s.measure;

const NO_HIGHLIGHT: Highlight = { cityIds: [], corridorIds: [] };
/** Cities and corridors to emphasise: the story step's, or else the selected measure's cities. */
export const selectHighlight = (s: AppState): Highlight => {
  if (!s.atlas) return NO_HIGHLIGHT;
  if (s.story !== null) return storyHighlight(s.atlas, s.story);
  if (s.measure) return measureHighlight(s.atlas, s.measure);
  return NO_HIGHLIGHT;
};
