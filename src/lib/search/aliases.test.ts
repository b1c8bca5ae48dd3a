import { describe, expect, test } from 'vitest';
import { checkAliases } from './aliases.ts';

const entry = (file: string, data: Record<string, unknown>) => ({ collection: 'problems', file, data });

describe('checkAliases', () => {
  test('accepts readers’ words that name no other entry', () => {
    expect(checkAliases([entry('a.mdx', { name: '合作关系不紧密', aliases: ['合作不深入'] })])).toEqual([]);
  });

  test('refuses an alias that is another entry’s name, naming file and field', () => {
    const files = [
      entry('a.mdx', { name: '合作关系不紧密', aliases: ['合作不深入', '加强合作关系'] }),
      entry('b.mdx', { name: '加强合作关系' }),
    ];
    expect(checkAliases(files)).toEqual(['a.mdx: aliases.1: "加强合作关系" is the name of another entry (b.mdx)']);
  });

  test.each(['校企合作', '企业', ' 产教融合 '])('refuses the generic word %j', (alias) => {
    expect(checkAliases([entry('a.mdx', { name: '师资共培', aliases: [alias] })])[0]).toMatch(
      /^a\.mdx: aliases\.0: .* is too general/,
    );
  });

  test('refuses a policy title or a glossary term as well', () => {
    const files = [entry('a.mdx', { name: '实习共担', aliases: ['岗位实习'] }), entry('g.mdx', { term: '岗位实习' })];
    expect(checkAliases(files)).toHaveLength(1);
  });
});
