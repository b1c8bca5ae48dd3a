import { expect, test } from 'vitest';
import { SYNONYMS, aliasesOf, expandSynonyms } from './vocabulary.ts';

test.each([
  ['顶岗实习', ['岗位实习']],
  ['CNC', ['数控']],
  ['cnc实训', ['数控实训']],
  ['双师', ['双师型教师']],
  ['双师型', ['双师型教师']],
  ['双师型教师', []],
  ['师资培养', ['师资共培']],
  ['区块链', []],
])('expandSynonyms(%j) is %j', (text, expected) => {
  expect(expandSynonyms(text)).toEqual(expected);
});

test('aliasesOf finds a name whatever its width or case', () => {
  expect(aliasesOf('岗位实习')).toContain('顶岗实习');
  expect(aliasesOf('１＋Ｘ证书')).toContain('X证书');
  expect(aliasesOf('不存在')).toEqual([]);
});

test('no alias is listed under two names, and no alias is its own name', () => {
  const seen = new Map<string, string>();
  for (const { canonical, aliases } of SYNONYMS) {
    for (const alias of aliases) {
      expect(alias, canonical).not.toBe(canonical);
      expect(seen.get(alias), `${alias} under ${canonical} and ${seen.get(alias)}`).toBeUndefined();
      seen.set(alias, canonical);
    }
  }
});
