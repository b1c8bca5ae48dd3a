/**
 * Geometry of the radar chart. The build draws the frame (rings, spokes, label anchors) from
 * `radarFrame`; the browser fills it with `radarPolygon`. Axis 0 points straight up; axes go
 * clockwise. Coordinates are rounded to 0.1 so the SVG stays small and the output is stable.
 */

/** A point, rounded. */
export interface Point {
  x: number;
  y: number;
}

/** What the build draws. */
export interface RadarFrame {
  size: number;
  center: Point;
  radius: number;
  /** One closed polygon (`points` attribute) per ring, innermost first. */
  rings: string[];
  /** The end of each spoke. */
  spokes: Point[];
  /** Where each axis label sits, with its text anchor. */
  labels: (Point & { anchor: 'start' | 'middle' | 'end' })[];
}

const round = (n: number) => Math.round(n * 10) / 10 || 0;

/** The point at `fraction` (0–1) of the radius along axis `i` of `n`. */
export function radarPoint(i: number, n: number, fraction: number, center: Point, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return {
    x: round(center.x + Math.cos(angle) * radius * fraction),
    y: round(center.y + Math.sin(angle) * radius * fraction),
  };
}

const pointsAttr = (points: readonly Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/** The frame for `n` axes (n ≥ 3) and `rings` rings in a square of `size`, leaving `margin` for labels. */
export function radarFrame(n: number, size = 320, rings = 4, margin = 70): RadarFrame {
  if (!Number.isInteger(n) || n < 3) throw new Error(`radarFrame(): need at least 3 axes, got ${n}`);
  if (margin * 2 >= size) throw new Error(`radarFrame(): margin ${margin} leaves no room in size ${size}`);
  const center = { x: size / 2, y: size / 2 };
  const radius = size / 2 - margin;
  const axes = Array.from({ length: n }, (_, i) => i);
  return {
    size,
    center,
    radius,
    rings: Array.from({ length: rings }, (_, r) =>
      pointsAttr(axes.map((i) => radarPoint(i, n, (r + 1) / rings, center, radius))),
    ),
    spokes: axes.map((i) => radarPoint(i, n, 1, center, radius)),
    labels: axes.map((i) => {
      const p = radarPoint(i, n, 1.12, center, radius);
      const dx = p.x - center.x;
      return { ...p, anchor: Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end' };
    }),
  };
}

/**
 * The `points` of the filled polygon for scores 0–100 (null is drawn at the centre, so a dimension
 * without a score reads as nothing, never as a value).
 */
export function radarPolygon(scores: readonly (number | null)[], center: Point, radius: number): string {
  return pointsAttr(
    scores.map((s, i) => radarPoint(i, scores.length, Math.min(100, Math.max(0, s ?? 0)) / 100, center, radius)),
  );
}
