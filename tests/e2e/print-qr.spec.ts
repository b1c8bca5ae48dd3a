/**
 * Printed pages carry a QR code of their own address: hidden on screen, shown in print media with
 * its caption, and the SVG, rendered to pixels by Chromium, decodes (jsQR) to the page's canonical
 * URL.
 */
import jsQR from 'jsqr';
import { test, expect } from './fixtures.ts';

const PAGES = ['/', '/glossary/', '/dimensions/faculty/', '/indicators/'];

for (const path of PAGES) {
  test(`${path}: in print, a QR code that decodes to the page’s own address`, async ({ page }) => {
    await page.goto(path);
    const qr = page.locator('[data-print-qr]');
    await expect(qr).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    await expect(qr).toContainText('扫码在手机上打开本页');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(await qr.getAttribute('data-print-qr')).toBe(canonical);

    const { size, data } = await qr.locator('svg').evaluate(async (svg) => {
      const xml = new XMLSerializer().serializeToString(svg);
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(xml)))}`;
      await img.decode();
      const side = 160;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(img, 0, 0, side, side);
      return { size: side, data: Array.from(ctx.getImageData(0, 0, side, side).data) };
    });
    expect(jsQR(Uint8ClampedArray.from(data), size, size)?.data).toBe(canonical);

    const box = await qr.boundingBox();
    // 2.6 cm at 96 px to the inch: small, but above the 2 cm a phone reads reliably.
    expect(box?.height).toBeGreaterThan(90);
    expect(box?.height).toBeLessThan(110);
  });
}
