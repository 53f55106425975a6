import { describe, expect, test } from 'vitest';
import { foldName, searchPlaces } from '../../../src/search/place-index';
import { makeAtlas, makeCity, makeCityYear, makeLine, makePort } from '../../fixtures/atlas';

const atlas = makeAtlas({
  cities: [
    makeCity({ id: 'xian', nameEn: "Xi'an", nameZh: '西安', years: [makeCityYear(2026)] }),
    makeCity({ id: 'chongqing', nameEn: 'Chongqing', nameZh: '重庆', years: [makeCityYear(2024), makeCityYear(2025)] }),
  ],
  ports: [makePort({ id: 'ckg', nameEn: 'Chongqing Jiangbei International Airport', nameZh: '重庆江北国际机场', cityId: 'chongqing' })],
  lines: [makeLine({
    nodes: [
      { seq: 1, nameEn: 'Chongqing', nameZh: '重庆', role: 'origin_hub', lngLat: [106.5, 29.5], countryIso2: 'CN', legMode: 'rail', coordSource: 'geonames', note: '' },
      { seq: 2, nameEn: 'Łódź', nameZh: '罗兹', role: 'transit', lngLat: [19.5, 51.8], countryIso2: 'PL', legMode: 'rail', coordSource: 'geonames', note: '' },
      { seq: 3, nameEn: 'Duisburg', nameZh: '杜伊斯堡', role: 'destination', lngLat: [6.8, 51.4], countryIso2: 'DE', legMode: null, coordSource: 'geonames', note: '' },
    ],
  })],
});
const ids = (q: string) => searchPlaces(atlas, q).map((p) => `${p.kind}:${p.id}`);

describe('place search', () => {
  test('folding drops case, accents, apostrophes and spaces', () => {
    expect(foldName("Xi'an")).toBe('xian');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Cai Mep / Vung Tau')).toBe('caimepvungtau');
  });

  test('English, pinyin without tones and Chinese find the same city, the city before its airport', () => {
    expect(ids('chongq')).toEqual(['city:chongqing', 'port:ckg']);
    expect(ids('重庆')).toEqual(['city:chongqing', 'port:ckg']);
    expect(ids('xian')[0]).toBe('city:xian');
    expect(ids('jiangbei')).toEqual(['port:ckg']);
  });

  test('corridor stops are found once, not again under a city of the same name', () => {
    expect(ids('duisb')).toEqual(['node:CRE-W1#3']);
    expect(ids('lodz')).toEqual(['node:CRE-W1#2']);
    expect(ids('chongqing').filter((id) => id.startsWith('node:'))).toEqual([]);
  });

  test('a city carries its pilot years; nothing matches nonsense or an empty query', () => {
    expect(searchPlaces(atlas, 'chongqing')[0]!.pilotYears).toEqual([2024, 2025]);
    expect(ids('zzzz')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});
