import { expect, test } from 'vitest';
import { radarFrame, radarPoint, radarPolygon } from './radar.ts';

test('axis 0 points straight up and axes go clockwise', () => {
  const c = { x: 100, y: 100 };
  expect(radarPoint(0, 4, 1, c, 50)).toEqual({ x: 100, y: 50 });
  expect(radarPoint(1, 4, 1, c, 50)).toEqual({ x: 150, y: 100 });
  expect(radarPoint(2, 4, 1, c, 50)).toEqual({ x: 100, y: 150 });
});

test('the frame has a ring per level, a spoke and a label per axis, all inside the square', () => {
  const f = radarFrame(10, 320, 4, 70);
  expect(f.rings).toHaveLength(4);
  expect(f.rings[0]?.split(' ')).toHaveLength(10);
  expect(f.spokes).toHaveLength(10);
  expect(f.labels.map((l) => l.anchor)).toEqual([
    'middle',
    'start',
    'start',
    'start',
    'start',
    'middle',
    'end',
    'end',
    'end',
    'end',
  ]);
  for (const p of [...f.spokes, ...f.labels]) {
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(320);
  }
  expect(f.radius).toBe(90);
});

test('too few axes or no room is refused', () => {
  expect(() => radarFrame(2)).toThrow(/at least 3 axes, got 2/);
  expect(() => radarFrame(5, 100, 4, 50)).toThrow(/no room/);
});

test('the polygon puts 100 on the outer ring, 0 and no score at the centre, and clamps', () => {
  const c = { x: 100, y: 100 };
  expect(radarPolygon([100, 0, null, 150], c, 50)).toBe('100,50 100,100 100,100 50,100');
  expect(radarPolygon([50, 50, 50, -5], c, 50)).toBe('100,75 125,100 100,125 100,100');
});
