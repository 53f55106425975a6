/** Where the data build puts the whole data as a Frictionless data package, relative to the site root. */
export const DATA_PACKAGE_PATH = 'data/corridor-atlas-data.zip';
/** The descriptor inside the zip. */
export const DESCRIPTOR_NAME = 'datapackage.json';
