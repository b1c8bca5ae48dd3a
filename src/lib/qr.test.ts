import jsQR from 'jsqr';
import { expect, test } from 'vitest';
import { qrSvg } from './qr.ts';

/**
 * Rasterises the SVG `qrcode` writes (a viewBox of n × n modules, one stroked path of `M x y`,
 * `m dx dy` and `h n` runs along each module row's centre line) at `scale` pixels a module, as RGBA.
 */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const n = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!n || !d) throw new Error('not the SVG qrcode writes');
  const size = n * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, args] of d.matchAll(/([Mmh])([^Mmh]+)/g)) {
    const [a = 0, b = 0] = (args ?? '').split(/[ ,]/).map(Number);
    if (op === 'M') [x, y] = [a, b];
    else if (op === 'm') [x, y] = [x + a, y + b];
    else {
      for (let i = 0; i < a; i++) {
        for (let py = 0; py < scale; py++) {
          for (let px = 0; px < scale; px++) {
            const offset = ((Math.floor(y) * scale + py) * size + (x + i) * scale + px) * 4;
            data.fill(0, offset, offset + 3);
          }
        }
      }
      x += a;
    }
  }
  return { data, size };
}

test.each([
  'http://localhost:4321/',
  'https://www.example.edu.cn/cjrh/cases/ecommerce-warehouse-order-ladder/',
  'https://kb.example.edu.cn/glossary/',
])('the SVG decodes to the address it was made of: %s', async (url) => {
  const { data, size } = rasterise(await qrSvg(url, 'x'));
  expect(jsQR(data, size, size)?.data).toBe(url);
});

test('it has an accessible name, escaped, and no style attribute', async () => {
  const svg = await qrSvg('http://a/', '本页 "地址"');
  expect(svg).toMatch(/^<svg role="img" aria-label="本页 &quot;地址&quot;" /);
  expect(svg).not.toContain('style=');
});
