/** Strings of the side tabs, the route comparison, the flows control and the link checks. */
export const routeEn = {
  tabsLabel: 'Sections',
  tabOverview: 'Overview',
  tabCorridors: 'Corridors',
  tabRoutes: 'Routes',
  tabStory: 'Story',
  tabMeasures: 'Measures',
  corridorPick: 'Choose a corridor, or click a line on the map.',
  storyStart: 'Start the story (2018–2026)',
  nodeOfLine: 'Stop on',
  nodeNote: 'Note',
  routeOpen: 'Compare routes from a Chinese city or port',
  flowsPause: 'Pause flows',
  flowsPlay: 'Animate flows',
  flowsLegend: 'Moving trails: flow density follows each corridor’s published yearly volume',
  embedCredit: 'Sources listed per record in the full view. Basemap: Natural Earth. Sea lanes: searoute (Eurostat).',
  invalidParam: 'The link setting {param}="{raw}" could not be used ({reason}); the default is shown.',
} as const;
