/**
 * mulberry32: a small deterministic generator for property tests, so the data is the same on every
 * run. `next(n)` is an integer in [0, n); `pick(list)` an element.
 */
export function seeded(seed: number) {
  let s = seed | 0;
  const next = (n: number) => {
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), s | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const pick = <T>(list: readonly T[]) => list[next(list.length)] as T;
  return { next, pick };
}
