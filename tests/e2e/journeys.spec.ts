/**
 * The three reader journeys of the design (journeys.ts), on a desktop and on a 390 px phone.
 */
import { test, PHONE } from './fixtures.ts';
import { journeys } from './journeys.ts';

for (const [name, walk] of journeys) {
  test(name, async ({ page }) => walk(page));
}

test.describe('on a 390 px phone', () => {
  test.use(PHONE);
  for (const [name, walk] of journeys) {
    test(name, async ({ page }) => walk(page));
  }
});
