import { describe, expect, test } from 'vitest';
import {
  mapDiagram,
  mermaidString,
  modelDiagram,
  nodeId,
  problemDiagram,
  strategyDiagram,
  type DimensionLike,
  type OutlineItem,
  type ProblemLike,
  type StrategyLike,
} from './generate.ts';

const dim = (
  id: string,
  order: number,
  group: DimensionLike['data']['group'],
  name = `维度${order}`,
): DimensionLike => ({
  id,
  data: { name, order, group },
});
const dimensions = [
  dim('specialty', 1, 'foundation', '专业共建'),
  dim('talent', 2, 'cultivation', '人才共育'),
  dim('faculty', 3, 'foundation', '师资共培'),
  dim('projects', 5, 'innovation', '项目共立'),
  dim('process', 9, 'governance', '过程共管'),
];
const problem: ProblemLike = {
  id: 'goal-divergence',
  data: {
    name: '育人目标存在分歧',
    causes: [
      { title: '缺乏及时沟通', actor: 'school' },
      { title: '企业不配合', actor: 'enterprise' },
    ],
    dimensions: [{ id: 'specialty' }, { id: 'talent' }],
  },
};
const other: ProblemLike = {
  id: 'loose',
  data: { name: '合作关系不紧密', causes: [{ title: '甲', actor: 'both' }], dimensions: [{ id: 'process' }] },
};
const strategy: StrategyLike = {
  id: 'clarify-goals',
  data: {
    name: '明确育人目标',
    actions: [
      { actor: 'school', approach: '在沟通中达成共识' },
      { actor: 'school', approach: '在沟通中达成共识' },
      { actor: 'enterprise', approach: '说明需求' },
      { actor: 'both', approach: '共同审定' },
    ],
    addresses: [{ id: 'goal-divergence' }],
    dimensions: [{ id: 'specialty' }, { id: 'faculty' }],
  },
};
const url = (p: string) => `/sub${p}`;

/** Every label and link of an outline, flattened, for "contains" checks. */
function flatten(items: readonly OutlineItem[]): { label: string; href?: string | undefined }[] {
  return items.flatMap((i) => [{ label: i.label, href: i.href }, ...flatten(i.children ?? [])]);
}

describe('mermaidString', () => {
  test.each([
    ['plain', '"plain"'],
    ['引号"与[方括号]', '"引号#34;与[方括号]"'],
    ['a#b;', '"a#35;b;"'],
    ['<b>粗</b> & `code`', '"#60;b#62;粗#60;/b#62; #38; #96;code#96;"'],
    ['两行\n文字 ', '"两行 文字"'],
    ['(圆括号){花括号}|竖线|', '"(圆括号){花括号}|竖线|"'],
  ])('%j becomes %j', (input, expected) => {
    expect(mermaidString(input)).toBe(expected);
  });

  test('the escaped label holds exactly two double quotes, the delimiters', () => {
    expect(mermaidString('"""').match(/"/g)).toHaveLength(2);
  });
});

test.each([
  ['dim', 'specialty', 'dim_specialty'],
  ['prob', 'goal-divergence', 'prob_goal_divergence'],
  ['x', 'a.b c', 'x_a_b_c'],
])('nodeId(%j, %j) is %j', (prefix, id, expected) => {
  expect(nodeId(prefix, id)).toBe(expected);
});

describe('modelDiagram', () => {
  const spec = modelDiagram(dimensions, { url });

  test('is a top-down flowchart with the college and the principle at the centre', () => {
    expect(spec.source).toMatch(/^---\n[\s\S]*\n---\nflowchart TB\n/);
    expect(spec.source).toContain('college("产业学院")');
    expect(spec.source).toContain('principle{{"互利·同强·齐荣"}}');
    expect(spec.source).toContain('college --- principle');
  });

  test('puts each dimension in its group, linked root-relative (Diagram adds the base path to the drawing)', () => {
    expect(spec.source).toContain('subgraph group_foundation["共建基础"]');
    expect(spec.source).toContain('dim_specialty["1 专业共建"]');
    expect(spec.source).toContain('click dim_specialty href "/dimensions/specialty/"');
    expect(spec.source).toContain('dim_specialty ~~~ dim_faculty');
  });

  test('places the first half of the groups above the centre and the rest below', () => {
    expect(spec.source).toContain('group_foundation --- college');
    expect(spec.source).toContain('group_cultivation --- college');
    expect(spec.source).toContain('principle --- group_innovation');
    expect(spec.source).toContain('principle --- group_governance');
  });

  test('its text alternative lists every dimension with its link, under its group', () => {
    const [college] = spec.outline;
    expect(college?.label).toBe('产业学院');
    const groups = college?.children?.slice(1) ?? [];
    expect(groups.map((g) => g.label)).toEqual(['共建基础', '共育人才', '共创价值', '共治保障']);
    expect(groups[0]?.children).toEqual([
      { label: '1 专业共建', href: '/sub/dimensions/specialty/' },
      { label: '3 师资共培', href: '/sub/dimensions/faculty/' },
    ]);
    expect(college?.children?.[0]).toEqual({ label: '原则：互利·同强·齐荣', href: '/sub/guides/principle/' });
  });
});

describe('mapDiagram', () => {
  const spec = mapDiagram([problem, other], [strategy], dimensions, { url });

  test('links problems to the strategies that answer them and strategies to their dimensions', () => {
    expect(spec.source).toMatch(/^flowchart LR\n/);
    expect(spec.source).toContain('prob_goal_divergence --> strat_clarify_goals');
    expect(spec.source).toContain('strat_clarify_goals --> dim_specialty');
    expect(spec.source).toContain('strat_clarify_goals --> dim_faculty');
    expect(spec.source).toContain('click prob_loose href "/problems/loose/"');
  });

  test('draws only the dimensions some strategy acts on', () => {
    expect(spec.source).not.toContain('dim_process');
  });

  test('its text alternative nests strategies under problems and dimensions under strategies', () => {
    expect(spec.outline[0]).toEqual({
      label: '育人目标存在分歧',
      href: '/sub/problems/goal-divergence/',
      children: [
        {
          label: '回应的策略：明确育人目标',
          href: '/sub/strategies/clarify-goals/',
          children: [
            { label: '作用的维度：专业共建', href: '/sub/dimensions/specialty/' },
            { label: '作用的维度：师资共培', href: '/sub/dimensions/faculty/' },
          ],
        },
      ],
    });
    expect(spec.outline[1]).toEqual({ label: '合作关系不紧密', href: '/sub/problems/loose/', children: [] });
  });

  test('fails naming the strategy when it addresses a problem that does not exist', () => {
    const bad = { ...strategy, data: { ...strategy.data, addresses: [{ id: 'nope' }] } };
    expect(() => mapDiagram([problem], [bad], dimensions)).toThrow(/"clarify-goals" addresses unknown problem "nope"/);
  });
});

describe('problemDiagram', () => {
  const spec = problemDiagram(problem, [strategy], dimensions, { url });

  test('shows each cause with who it lies with, leading to the problem', () => {
    expect(spec.source).toContain('cause_1["学校：缺乏及时沟通"]');
    expect(spec.source).toContain('cause_2["企业：企业不配合"]');
    expect(spec.source).toContain('cause_1 --> prob_goal_divergence');
    expect(spec.source).toContain('class cause_1 actor_school');
  });

  test('links the problem to the strategies answering it and its dimensions', () => {
    expect(spec.source).toContain('prob_goal_divergence --> strat_clarify_goals');
    expect(spec.source).toContain('prob_goal_divergence --- dim_talent');
    expect(spec.source).toContain('click strat_clarify_goals href "/strategies/clarify-goals/"');
  });

  test('its text alternative has causes, strategies and dimensions', () => {
    expect(spec.outline.map((i) => i.label)).toEqual(['成因', '回应这个问题的策略', '涉及的维度']);
    expect(flatten(spec.outline)).toContainEqual({ label: '人才共育', href: '/sub/dimensions/talent/' });
  });

  test('leaves out the strategy section when no strategy answers the problem', () => {
    const lonely = problemDiagram(other, [strategy], dimensions);
    expect(lonely.source).not.toContain('subgraph answers');
    expect(lonely.outline.map((i) => i.label)).toEqual(['成因', '涉及的维度']);
  });

  test('fails naming an unknown dimension', () => {
    const bad = { ...problem, data: { ...problem.data, dimensions: [{ id: 'ghost' }] } };
    expect(() => problemDiagram(bad, [], dimensions)).toThrow(/unknown dimension "ghost"/);
  });
});

describe('strategyDiagram', () => {
  const spec = strategyDiagram(strategy, [problem, other], dimensions, { url });

  test('groups the actions by who acts, one counted node per approach', () => {
    expect(spec.source).toContain('subgraph actor_school["学校"]');
    expect(spec.source).toContain('act_school_1["在沟通中达成共识（2 项）"]');
    expect(spec.source).toContain('subgraph actor_enterprise["企业"]');
    expect(spec.source).toContain('act_both_1["共同审定"]');
    expect(spec.source).toContain('strat_clarify_goals --> act_enterprise_1');
  });

  test('links the problems it answers and its dimensions', () => {
    expect(spec.source).toContain('prob_goal_divergence --> strat_clarify_goals');
    expect(spec.source).toContain('dim_faculty --- strat_clarify_goals');
    expect(spec.source).not.toContain('prob_loose');
  });

  test('its text alternative lists actors in the order 学校, 企业, 双方', () => {
    const actions = spec.outline.find((i) => i.label === '怎么做');
    expect(actions?.children?.map((c) => c.label)).toEqual(['学校', '企业', '双方']);
    expect(actions?.children?.[0]?.children).toEqual([{ label: '在沟通中达成共识（2 项）' }]);
  });
});

test('labels with quotes and brackets reach the source escaped', () => {
  const odd = dim('odd', 4, 'foundation', '“资源”"共享"[甲]');
  const spec = problemDiagram(
    { ...problem, data: { ...problem.data, name: '问题"]; click x', dimensions: [{ id: 'odd' }] } },
    [],
    [odd],
  );
  expect(spec.source).toContain('prob_goal_divergence("问题#34;]; click x")');
  expect(spec.source).toContain('dim_odd["“资源”#34;共享#34;[甲]"]');
  expect(flatten(spec.outline)).toContainEqual({ label: '“资源”"共享"[甲]', href: '/dimensions/odd/' });
});

test('the Mermaid source does not depend on the base path, the outline does', () => {
  const root = problemDiagram(problem, [strategy], dimensions);
  const sub = problemDiagram(problem, [strategy], dimensions, { url });
  expect(sub.source).toBe(root.source);
  expect(flatten(sub.outline)).toContainEqual({ label: '明确育人目标', href: '/sub/strategies/clarify-goals/' });
  expect(flatten(root.outline)).toContainEqual({ label: '明确育人目标', href: '/strategies/clarify-goals/' });
});
