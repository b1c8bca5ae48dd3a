/**
 * Shared browser-test fixtures. Every browser context a test uses is watched for console errors,
 * uncaught exceptions, CSP violations and requests to any other origin: the default `page`'s
 * context automatically, and every other context because tests open them only through
 * `newContext` (a test in `watch.spec.ts` fails on a spec that calls `browser.newContext` itself).
 * `axe()` runs axe-core with the WCAG 2.2 AA tags.
 */
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A 390 px phone, for `test.use(PHONE)` inside a describe block. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Opens a browser context that is watched like the default one and closed after the test. */
export type NewContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/**
 * Records, for every page of `context`, console errors, uncaught exceptions, CSP violations and
 * requests to an origin other than `origin` (data: and blob: URLs are the page's own).
 */
export async function watchContext(context: BrowserContext, watch: Watch, origin: string): Promise<void> {
  context.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  context.on('weberror', (error) => watch.consoleErrors.push(error.error().message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      watch.foreignRequests.push(url);
    }
  });
  // A blocked script or style under the page's Content-Security-Policy is an error too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

const originOf = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1').origin;

export const test = base.extend<{
  watch: Watch;
  newContext: NewContext;
  axe: (page?: Page) => Promise<string[]>;
}>({
  // Automatic: every test fails on a console error or a request to another origin, in any context.
  watch: [
    async ({ context, baseURL }, use) => {
      const watch: Watch = { consoleErrors: [], foreignRequests: [] };
      await watchContext(context, watch, originOf(baseURL));
      await use(watch);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  newContext: async ({ browser, watch, baseURL }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
      await watchContext(context, watch, originOf(options.baseURL ?? baseURL));
      opened.push(context);
      return context;
    });
    // Closed before `watch` checks what they recorded (fixtures tear down in reverse order).
    for (const context of opened) await context.close();
  },
  axe: async ({ page }, use) => {
    await use(async (target = page) => {
      // Legacy mode runs axe in the page itself: the default mode opens a blank page per run to
      // merge frame results, which tripled the run time, and the site has no frames to merge.
      // Only violations are computed: passes and incomplete results are never read.
      const results = await new AxeBuilder({ page: target })
        .withTags(WCAG_TAGS)
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze();
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
  },
});

export { expect };
