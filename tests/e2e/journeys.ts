/**
 * The three reader journeys of the design, walked as a new reader would: by visible link text and
 * roles, from the home page. Used by journeys.spec.ts (the preview server, desktop and phone) and
 * nginx.spec.ts (the shipped nginx configuration, at the root and under a sub-path). The home page
 * is `./`, the base URL itself, so a walk works under a sub-path too.
 */
import { expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

export async function staffJourney(page: Page) {
  await page.goto('./');
  await page
    .getByRole('link', { name: /院校工作指引/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('院校工作指引');

  await page.getByRole('link', { name: '查看“师资共培”的完整指引' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('师资共培');

  const strategies = page.getByRole('region', { name: '相关策略' });
  const strategyLink = strategies.getByRole('link').first();
  const strategyName = (await strategyLink.textContent())?.trim() ?? '';
  await strategyLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(strategyName);

  const caseLink = page.locator('#cases ~ ul').getByRole('link').first();
  const caseTitle = (await caseLink.textContent())?.trim() ?? '';
  await caseLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseTitle);
  await expect(page.getByRole('note')).toContainText('示例案例');
}

export async function enterpriseJourney(page: Page) {
  await page.goto('./');
  await page
    .getByRole('link', { name: /企业合作指引/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('企业合作指引');

  await page.getByRole('link', { name: '7. 实习共担' }).first().click();
  await expect(page).toHaveURL(/\/dimensions\/internship\/$/);
  await expect(page.getByRole('heading', { name: '企业的常见顾虑与应对' })).toBeVisible();

  await page.goBack();
  const incentives = page.locator('#incentives ~ ul').first();
  await incentives.getByRole('link', { name: /财政部关于调整部分政府性基金有关政策的通知/ }).click();
  await expect(page).toHaveURL(/\/policies\/fund-policy-2019\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('财政部关于调整部分政府性基金有关政策的通知');
  await expect(page.getByRole('main')).toContainText('财税〔2019〕46号');
}

export async function caseFinderJourney(page: Page) {
  await page.goto('./');
  await page
    .getByRole('link', { name: /查找案例/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('案例');

  const first = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const related = page.locator('#related-cases ~ ul').getByRole('link').first();
  const relatedTitle = (await related.textContent())?.trim() ?? '';
  expect(relatedTitle).not.toBe(title);
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
}

export const journeys = [
  ['staff: home → 院校工作指引 → a dimension → a strategy it links → a case it lists', staffJourney],
  ['enterprise: home → 企业合作指引 → 实习共担 expectations → the incentive policy', enterpriseJourney],
  ['case finder: home → 查找案例 → a case → a related case', caseFinderJourney],
] as const;
