import { describe, expect, test } from 'vitest';
import {
  cameraMoveTo, clampStep, nextStep, parseStoryParam, parseStoryStep, prevStep, progressOf, stepAt, storyHref, targetOf,
  viewCameraOf,
} from '../../../src/story/story-controller';
import { makeStep, makeSteps } from '../../fixtures/story';

describe('a step sets the year, the camera and the highlight', () => {
  test('the target carries the step year, camera and highlighted features', () => {
    const step = makeStep(4, { year: 2023, camera: { center: [114, 31], zoom: 4.2 }, cityIds: ['beta'], corridorIds: ['cre'] });
    expect(targetOf(step)).toEqual({
      year: 2023, camera: { center: [114, 31], zoom: 4.2 }, highlight: { cityIds: ['beta'], corridorIds: ['cre'] },
    });
  });
  test('the target is a copy, so changing it leaves the step alone', () => {
    const step = makeStep(1, { cityIds: ['beta'] });
    targetOf(step).highlight.cityIds.push('gamma');
    expect(step.cityIds).toEqual(['beta']);
  });
  test('the camera flies, or jumps when reduced motion is preferred', () => {
    const target = targetOf(makeStep(2));
    expect(cameraMoveTo(target, false)).toMatchObject({ method: 'flyTo', center: [102, 30], zoom: 3 });
    expect(cameraMoveTo(target, true)).toEqual({ method: 'jumpTo', center: [102, 30], zoom: 3 });
  });
  test('the camera converts to the store\'s { lng, lat, zoom }', () => {
    expect(viewCameraOf(targetOf(makeStep(2, { camera: { center: [114, 31], zoom: 4 } })))).toEqual({ lng: 114, lat: 31, zoom: 4 });
  });
  test('steps are found by number', () => {
    expect(stepAt(makeSteps(3), 2)?.titleEn).toBe('Title 2');
    expect(stepAt(makeSteps(3), 4)).toBeUndefined();
  });
});

describe('moving between steps', () => {
  test('next and previous stop at the ends', () => {
    expect(nextStep(2, 3)).toBe(3);
    expect(nextStep(3, 3)).toBe(3);
    expect(prevStep(2, 3)).toBe(1);
    expect(prevStep(1, 3)).toBe(1);
  });
  test('clamping keeps a number inside the story', () => {
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(Number.NaN, 5)).toBe(1);
    expect(clampStep(3, 0)).toBe(1);
  });
  test('progress gives the step, the total and a percentage', () => {
    expect(progressOf(3, 12)).toEqual({ current: 3, total: 12, percent: 25 });
  });
});

describe('story=N from a link', () => {
  test('a step that exists is valid', () => {
    expect(parseStoryStep('3', 12)).toEqual({ status: 'valid', value: 3 });
    expect(parseStoryParam('?year=2025&story=12', 12)).toEqual({ status: 'valid', value: 12 });
  });
  test('no parameter is missing, not invalid', () => {
    expect(parseStoryParam('?year=2025', 12)).toEqual({ status: 'missing' });
    expect(parseStoryStep('', 12)).toEqual({ status: 'missing' });
  });
  test.each([['abc'], ['2.5'], ['-1'], ['999']])('"%s" is not a step number', (raw) => {
    expect(parseStoryStep(raw, 12)).toEqual({ status: 'invalid', raw, reason: 'not a step number' });
  });
  test('a step beyond the story says how many there are', () => {
    expect(parseStoryStep('13', 12)).toEqual({ status: 'invalid', raw: '13', reason: 'the story has steps 1–12' });
    expect(parseStoryStep('0', 12)).toMatchObject({ status: 'invalid', reason: 'the story has steps 1–12' });
  });
  test('the link to a step keeps the other parameters', () => {
    expect(storyHref('?lang=zh&story=2', 5)).toBe('?lang=zh&story=5');
  });
});
