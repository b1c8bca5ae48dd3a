/**
 * The watch in fixtures.ts covers every context a test opens, not only the default page: proved on
 * a context opened through `newContext`, and kept true by refusing any spec that opens a context
 * past it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('a context from newContext reports its console errors, uncaught exceptions and foreign requests', async ({
  newContext,
  watch,
}) => {
  // bypassCSP: the site's CSP would block the probe fetch before it became a request.
  const context = await newContext({ bypassCSP: true });
  // Nothing leaves the machine: the foreign origin is answered here.
  await context.route('http://foreign.invalid/**', (route) => route.fulfill({ body: '' }));
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    console.error('probe: console');
    setTimeout(() => {
      throw new Error('probe: uncaught');
    });
    await fetch('http://foreign.invalid/probe').catch(() => undefined);
  });
  await expect.poll(() => watch.consoleErrors.length).toBe(2);
  expect(watch.consoleErrors).toEqual(expect.arrayContaining(['probe: console', 'probe: uncaught']));
  expect(watch.foreignRequests).toEqual(['http://foreign.invalid/probe']);
  // Emptied, so that the fixture's own check passes: the point here was that they were recorded.
  watch.consoleErrors.length = 0;
  watch.foreignRequests.length = 0;
});

test('no spec opens a browser context past the watch', () => {
  const specs = readdirSync('tests/e2e').filter((f) => f.endsWith('.ts') && f !== 'fixtures.ts');
  expect(specs.length).toBeGreaterThan(5);
  const offenders = specs.filter((f) => /\bbrowser\.newContext\(/.test(readFileSync(`tests/e2e/${f}`, 'utf8')));
  expect(offenders, 'use the newContext fixture from fixtures.ts').toEqual([]);
});
