/** Strings for parts of the page that could not be loaded or started. */
export const partsEn = {
  retry: 'Try again',
  mapFailed: 'The map could not be shown. The counts, the table and the timeline still work.',
  messagesFailed: 'The Chinese texts could not be loaded, so the page is shown in English.',
  routeCodeFailed: 'The route comparison could not be loaded.',
  exportCodeFailed: 'The export could not be loaded.',
  namesCodeFailed: 'The place names could not be loaded; the map shows its data without them.',
  fontFailed: 'The Chinese font could not be loaded; Chinese text is shown in this device\'s own font.',
};
