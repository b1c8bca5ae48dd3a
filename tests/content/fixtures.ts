/**
 * A minimal valid content tree, one entry per collection, written to a temporary folder. Tests
 * break one thing in it and expect the check (or the build) to name the file and the field.
 */
import { expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { checkContent, paperInput, readContentTree } from '../../src/lib/content/content-check.ts';

const list = (items: string[]) => items.map((i) => `  - ${i}`).join('\n');
const three = (prefix: string) => list([`${prefix}一`, `${prefix}二`, `${prefix}三`]);

export function dimension(id: string, order: number, extra = ''): [string, string] {
  return [
    `dimensions/${id}.mdx`,
    `---
reviewed: 2026-11-30
order: ${order}
name: 维度 ${order}
group: foundation
summary: 这是一个用于测试的维度摘要，长度超过二十个字符以满足规则。
schoolRole:
${three('学校')}
enterpriseRole:
${three('企业')}
enterpriseGains:
${three('收获')}
concerns:
  - concern: 顾虑
    answer: 应对
practices:
${three('做法')}
pitfalls:
${three('误区')}
principle:
  huli: 互利的要求
  tongqiang: 同强的要求
  qirong: 齐荣的要求
bodySources:
  - { kind: paper, section: 一、建设产业学院协同育人机制的重要性, claim: ten-dimensions }
policies:
  - policy: law
    articles: [第四十条]
    note: 说明
${extra}---

正文。
`,
  ];
}

/** A valid playbook for dimension `id`: four steps, five indicators, four tasks, a worksheet. */
export function playbook(id: string): [string, string] {
  const steps = [1, 2, 3, 4]
    .map((n) => `  - { title: 步骤${n}, detail: 说明, lead: college, provenance: { kind: extension } }`)
    .join('\n');
  const indicators = [1, 2, 3, 4, 5]
    .map(
      (n) => `  - id: ind-${n}
    name: 指标${n}
    definition: 定义
    formula: { numerator: 分子, denominator: 分母 }
    dataSource: { record: 台账, keptBy: personnel }
    frequency: per-term
    better: higher
    provenance: { kind: extension }`,
    )
    .join('\n');
  const tasks = [1, 2, 3, 4]
    .map(
      (n) =>
        `  - { task: 任务${n}, lead: college, participants: [ent-hr], informed: [personnel], provenance: { kind: law, document: 法, article: 第四十条 } }`,
    )
    .join('\n');
  return [
    `playbooks/${id}.yaml`,
    `reviewed: 2026-11-30
steps:
${steps}
indicators:
${indicators}
responsibilities:
${tasks}
worksheet:
  inputs:
    - { id: mentors, label: 师傅, unit: 人 }
    - { id: hours, label: 每周小时, unit: 小时/周 }
  totals:
    - { op: product, label: 小时, unit: 小时, of: [mentors, hours] }
`,
  ];
}

/** A valid crosswalk: one framework, two tasks, each dimension serving one. */
export function crosswalk(): [string, string] {
  return [
    'crosswalk/crosswalk.yaml',
    `frameworks:
  - { id: plan, policy: law, label: 两项任务, scope: 适用范围, naming: 名称说明 }
tasks:
  - id: first
    framework: plan
    name: 任务一
    serves:
      - { dimension: alpha, note: 理由, indicators: [ind-1, ind-2], templates: [] }
  - id: second
    framework: plan
    name: 任务二
    serves:
      - { dimension: beta, note: 理由, indicators: [ind-3] }
`,
  ];
}

/** The valid tree: file path (below the content root) → file text. */
export function validTree(): Map<string, string> {
  return new Map([
    dimension('alpha', 1),
    dimension('beta', 2),
    playbook('alpha'),
    playbook('beta'),
    crosswalk(),
    [
      'problems/gap.mdx',
      `---
reviewed: 2026-11-30
name: 问题
order: 1
summary: 这是一个用于测试的问题摘要，长度超过二十个字符以满足规则。
symptoms:
${three('表现')}
causes:
  - { title: 原因一, actor: school, text: 说明 }
  - { title: 原因二, actor: enterprise, text: 说明 }
dimensions: [alpha]
source: { kind: paper, section: 二、1 }
---
`,
    ],
    [
      'strategies/fix.mdx',
      `---
reviewed: 2026-11-30
name: 策略
order: 1
summary: 这是一个用于测试的策略摘要，长度超过二十个字符以满足规则。
actions:
  - { actor: school, approach: 甲, text: 做一 }
  - { actor: enterprise, approach: 甲, text: 做二 }
  - { actor: both, approach: 乙, text: 做三 }
addresses: [gap]
dimensions: [alpha, beta]
source: { kind: extension }
---
`,
    ],
    [
      'cases/sample.mdx',
      `---
title: 某高职院校 × 某企业：测试案例
summary: 这是一个用于测试的案例摘要，长度超过二十个字符以满足规则。
school: 某高职院校
enterprise: 某企业
industry: new-energy
region: yangtze-delta
model: order-class
year: 2021
dimensions: [alpha]
strategies: [fix]
problems: [gap]
outcomes:
  - { label: 留任率, value: 80, unit: '%' }
principle:
  - { aspect: huli, shows: true, note: 双方各有所得 }
  - { aspect: qirong, shows: false, note: 还没有长期打算 }
provenance: { kind: illustrative }
---

## 经验与启示

这个案例体现了互利，齐荣还欠缺。
`,
    ],
    [
      'cases/public-sample.mdx',
      `---
title: 测试职业技术学院 × 测试科技有限公司：公开案例
summary: 这是一个用于测试的公开案例摘要，长度超过二十个字符以满足规则。
school: 测试职业技术学院
enterprise: 测试科技有限公司
schoolType: higher-vocational
industry: new-energy
region: yangtze-delta
model: order-class
year: 2023
dimensions: [alpha]
outcomes:
  - label: 订单班新生
    value: 65
    unit: 名
    source: 1
    excerpt: 入学区域中高职一体化培养订单班的65名新同学
provenance:
  kind: public
  sources:
    - title: 订单班开班仪式举行
      publisher: 测试职业技术学院网站
      year: 2024
      issue: 2024-09-05
      url: https://example.edu.cn/news/1.htm
      accessed: 2026-12-04
---
`,
    ],
    [
      'policies/law.mdx',
      `---
reviewed: 2026-11-30
status: current
title: 法
issuers: [全国人民代表大会常务委员会]
date: 2022-04-20
summary: 这是一个用于测试的政策摘要，长度超过二十个字符以满足规则。
points: [要点]
---
`,
    ],
    [
      'glossary/term.mdx',
      `---
term: 术语
pinyin: shu yu
definition: 这是一个用于测试的术语释义。
related: []
dimensions: [beta]
---
`,
    ],
    [
      'guides/intro.mdx',
      `---
reviewed: 2026-11-30
title: 指南
summary: 这是一个用于测试的指南摘要，长度超过二十个字符以满足规则。
audience: everyone
order: 1
source: { kind: paper, section: 三 }
---
`,
    ],
  ]);
}

/** Four statements for one side of a checklist, with ids `<dimension>-<side><n>`. */
const statements = (dimension: string, side: 's' | 'e') =>
  [1, 2, 3, 4].map((n) => `  - { id: ${dimension}-${side}${n}, text: 第 ${n} 条陈述 }`).join('\n');

/**
 * The valid tree plus what a whole build needs beyond the content check (a checklist per
 * dimension, a template): the fixture-sized site that tests of a build mechanism (cache isolation,
 * sub-path links, atomic output) build instead of the whole site.
 */
export function buildableTree(): Map<string, string> {
  // The self-assessment's radar needs three axes: a third dimension.
  const tree = new Map([...validTree(), dimension('gamma', 3), playbook('gamma')]);
  // A case's principle section links the glossary entry of the principle by id.
  tree.set(
    'glossary/huli-tongqiang-qirong.mdx',
    (tree.get('glossary/term.mdx') ?? '').replace('term: 术语', 'term: 互利同强齐荣').replace('shu yu', 'hu li'),
  );
  // The crosswalk: every dimension serves a task.
  tree.set(
    'crosswalk/crosswalk.yaml',
    `${tree.get('crosswalk/crosswalk.yaml') ?? ''}      - { dimension: gamma, note: 理由, indicators: [ind-1] }\n`,
  );
  // Pages that name a guide by id (the hubs, the home page, the footer).
  for (const id of ['principle', 'staff-guide', 'enterprise-guide', 'getting-started']) {
    tree.set(`guides/${id}.mdx`, tree.get('guides/intro.mdx') ?? '');
  }
  for (const id of ['alpha', 'beta', 'gamma']) {
    tree.set(
      `checklists/${id}.yaml`,
      `reviewed: 2026-11-30\ndimension: ${id}\nschool:\n${statements(id, 's')}\nenterprise:\n${statements(id, 'e')}\n`,
    );
  }
  // The 多方协同体检 statements: one file per dimension, one statement per role.
  const roles = { 'school-leader': 'sl', teacher: 't', 'enterprise-leader': 'el', mentor: 'm', student: 'st' };
  for (const id of ['alpha', 'beta', 'gamma']) {
    const lines = Object.entries(roles).map(
      ([role, code]) => `  ${role}:\n    - { id: ${id}-${code}1, text: 第 1 条陈述 }`,
    );
    tree.set(`review/${id}.yaml`, `dimension: ${id}\nbasis: []\nstatements:\n${lines.join('\n')}\n`);
  }
  tree.set(
    'changes/2026-12-04-sample.yaml',
    'date: 2026-12-04\nkind: corrected\nsummary: 维度一的做法改标为本站扩展\npages:\n  dimensions: [alpha]\n',
  );
  tree.set(
    'templates/sample.mdx',
    `---
reviewed: 2026-11-30
title: 测试协议（要点清单）
order: 1
summary: 这是一个用于测试的模板摘要，长度超过二十个字符以满足规则。
purpose: 用于测试。
parties:
  - '学校：{{学校名称}}'
dimensions: [alpha]
sections:
  - title: 总则
    clauses:
      - text: '写明协议名称 {{协议名称}}。'
        source: { kind: extension }
---
`,
  );
  return tree;
}

/** Asserts that one of the check's errors names `expected` (file, field and message); prints them all if not. */
export function expectReported(errors: readonly string[], expected: string): void {
  expect(
    errors.some((e) => e.includes(expected)),
    errors.join('\n'),
  ).toBe(true);
}

/** Writes a tree to a fresh temporary folder and returns the folder. */
export function writeTree(tree: Map<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
  for (const [path, text] of tree) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** Replaces the first occurrence of `from` in one file of the tree, failing if it is not there. */
export function edit(tree: Map<string, string>, path: string, from: string | RegExp, to: string): Map<string, string> {
  const text = tree.get(path);
  if (text === undefined) throw new Error(`fixture has no ${path}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture ${path} does not contain ${String(from)}`);
  return new Map(tree).set(path, next);
}

/**
 * Checks a tree; returns the reports with the temporary folder stripped from file names. The paper
 * is required here as under CI: without it every check reports where the paper is expected.
 */
export function checkTree(tree: Map<string, string>): string[] {
  const root = writeTree(tree);
  const { files, errors } = readContentTree(root);
  const prefix = relative(process.cwd(), root) + '/';
  return [...errors, ...checkContent(files, { ...paperInput(), required: true })].map((e) => e.replace(prefix, ''));
}
