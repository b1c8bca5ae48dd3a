/**
 * The QR code a printed page carries of its own address, drawn at build time as SVG by `qrcode`
 * (no script in the browser). Error correction M (15 % of the symbol may be lost to a fold or a
 * smudge) and a one-module quiet zone, the white border a scanner needs, inside the SVG.
 */
import QRCode from 'qrcode';

/** The attribute value with the characters that would end it escaped. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An SVG QR code of `text`, as markup to inline, with `label` as its accessible name. Only
 * attributes, no `style` (the pages' CSP allows no inline style).
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  if (!svg.startsWith('<svg ')) throw new Error(`qrcode returned no SVG for ${text}`);
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${attr(label)}" `);
}
