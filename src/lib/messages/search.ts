/** Strings of the place search in the header. */
export const searchEn = {
  searchLabel: 'Find a place',
  searchPlaceholder: 'Find a place…',
  searchResults_one: '{n} place found',
  searchResults_other: '{n} places found',
  searchNone: 'No place of that name in the data.',
  searchKind_city: 'pilot city',
  searchKind_port: 'port',
  searchKind_node: 'corridor stop',
  searchKind_place: 'place',
  searchPilotIn: '{name} was a pilot city in {years}; the map shows {year}.',
  searchPilotNow: '{name}: pilot city in {year}.',
  searchFound: '{name} is shown on the map.',
} as const;
