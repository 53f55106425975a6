/** Colours of the places layer (Okabe–Ito hues not used by the corridors), shared by map and legends. */
export const PLACE_CSS = { area: '#CC79A7', marker: '#7A3E9D', route: '#E69F00' } as const;
/** The legend symbol of an area: a filled square on the 24×24 box of the port symbols. */
export const AREA_SHAPE = 'M3 3 H21 V21 H3 Z';
