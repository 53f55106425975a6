/**
 * Shape of the atlas JSON. Raise it when a change would make an older file fail AtlasSchema, and add the step
 * that upgrades the previous shape to ATLAS_UPGRADES (atlas-upgrades.ts). Files without the field are version 1.
 */
export const SCHEMA_VERSION = 2;

/** The oldest shape restoreAtlas can still upgrade; older files are reported as too old. */
export const OLDEST_SCHEMA_VERSION = 1;
