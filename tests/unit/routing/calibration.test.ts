import { describe, expect, test } from 'vitest';
import { lineCalibrations, medianFactor, ownFactors } from '../../../src/routing/calibration';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

describe('rail lengths scaled to sourced route lengths', () => {
  const atlas = loadBuiltAtlas();
  const calibrations = lineCalibrations(atlas);

  test('a line with a sourced length is scaled to it exactly, and says where the length comes from', () => {
    const w1 = calibrations.get('CRE-W1')!;
    expect(w1).toMatchObject({ basis: 'own', sourceIds: expect.arrayContaining(['S-T06']) });
    expect(w1.drawnRailKm * w1.factor).toBeCloseTo(11179, 6);
  });

  test('leave one out: each sourced line, scaled by the factor of the other lines, lands within 10 % of its published length', () => {
    const own = ownFactors(atlas);
    expect(own.map((o) => o.line.id).sort()).toEqual(['CRE-W1', 'CRE-W3', 'LSC-X2']);
    for (const { line, stat } of own) {
      const others = medianFactor(own, line.corridorId, line.id) ?? medianFactor(own, null, line.id)!;
      const estimated = calibrations.get(line.id)!.drawnRailKm * others.factor;
      expect(Math.abs(estimated / stat.value - 1), `${line.id}: ${Math.round(estimated)} vs ${stat.value} km`).toBeLessThan(0.1);
    }
  });

  test('a line without a sourced length takes its corridor’s median factor and is marked an estimate of that basis', () => {
    expect(calibrations.get('CRE-E1')).toMatchObject({ basis: 'corridor', fromLineIds: ['CRE-W1', 'CRE-W3'] });
    expect(calibrations.get('LSC-M1')).toMatchObject({ basis: 'corridor', fromLineIds: ['LSC-X2'] });
    expect(calibrations.get('SRM-L5')).toMatchObject({ basis: 'all' });
    for (const c of calibrations.values()) expect(c.factor).toBeGreaterThanOrEqual(1);
  });
});
