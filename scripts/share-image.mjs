/**
 * `node scripts/share-image.mjs`: draws public/share.png (600 × 600), the image of the card a
 * link to the site shows when pasted into WeChat, QQ or a social site, from scripts/share-image.svg
 * in headless Chromium with the machine's CJK font (no remote font). Run it after editing the SVG
 * and commit both.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const svg = readFileSync('scripts/share-image.svg', 'utf8');
const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 600, height: 600 } });
await page.setContent(`<!doctype html><style>body{margin:0}</style>${svg}`);
await page.screenshot({ path: 'public/share.png', clip: { x: 0, y: 0, width: 600, height: 600 } });
await browser.close();
console.log('wrote public/share.png');
