import { expect, test } from 'vitest';
import { t } from './index.ts';
import { zhCN } from './zh-CN.ts';

test('returns the dictionary string', () => {
  expect(t('nav.cases')).toBe('案例');
});

test('fills placeholders', () => {
  expect(t('cases.page', { n: 2, total: 5 })).toBe('第 2 页，共 5 页');
});

test('throws when a placeholder has no value', () => {
  expect(() => t('cases.page', { n: 2 })).toThrow(/no value for \{total\}/);
});

test('no string is empty', () => {
  for (const [key, value] of Object.entries(zhCN)) expect(value.trim(), key).not.toBe('');
});

test('every dictionary key is used somewhere in src/, so the dictionary does not drift', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? walk(path)
        : /\.(astro|ts)$/.test(name) && !name.includes('zh-CN')
          ? [path]
          : [];
    });
  const source = walk('src')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // A key counts as used when it appears quoted, or when its group is indexed dynamically
  // (t(`facet.${key}`)).
  const dynamicGroups = [...source.matchAll(/`([\w]+)\.\$\{/g)].map((m) => m[1]);
  const unused = Object.keys(zhCN).filter(
    (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`) && !dynamicGroups.includes(key.split('.')[0]),
  );
  expect(unused).toEqual([]);
});
