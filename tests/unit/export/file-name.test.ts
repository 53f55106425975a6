import { describe, expect, test } from 'vitest';
import { exportFileName, type NamedView } from '../../../src/export/file-name';

const ALL = { cities: true, ports: true, places: true, srm: true, cre: true, lsc: true };
const view = (over: Partial<NamedView> = {}): NamedView => ({ year: 2025, layers: ALL, corridor: null, line: null, selection: null, lang: 'en', ...over });

describe('export file names', () => {
  test('an open corridor names the file', () => {
    expect(exportFileName(view({ corridor: 'cre' }), 'svg')).toBe('corridor-atlas-2025-cre-en.svg');
    expect(exportFileName(view({ corridor: 'cre', line: 'CRE-W1', lang: 'zh' }), 'png', { what: '2x' })).toBe('corridor-atlas-2025-cre-cre-w1-zh-2x.png');
  });

  test('else the selection, else the layers shown', () => {
    expect(exportFileName(view({ selection: { kind: 'node', id: 'CRE-W1.15' } }), 'svg')).toBe('corridor-atlas-2025-node-cre-w1-15-en.svg');
    expect(exportFileName(view(), 'svg')).toBe('corridor-atlas-2025-all-en.svg');
    expect(exportFileName(view({ layers: { ...ALL, ports: false, places: false, srm: false } }), 'svg')).toBe('corridor-atlas-2025-cities-cre-lsc-en.svg');
    const none = Object.fromEntries(Object.keys(ALL).map((k) => [k, false]));
    expect(exportFileName(view({ year: 2018, layers: none }), 'svg')).toBe('corridor-atlas-2018-no-layers-en.svg');
  });

  test('data files carry what they hold and the data version', () => {
    expect(exportFileName(view({ year: 2026 }), 'csv', { what: 'cities', version: '0cd0486dc89e' })).toBe('corridor-atlas-2026-all-en-cities-0cd0486dc89e.csv');
    expect(exportFileName(view(), 'csv', { what: 'routes-city:chongqing-duisburg' })).toBe('corridor-atlas-2025-all-en-routes-city-chongqing-duisburg.csv');
  });
});
