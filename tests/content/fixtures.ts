/**
 * A minimal valid content tree, one entry per collection, written to a temporary folder. Tests
 * break one thing in it and expect the check (or the build) to name the file and the field.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const list = (items: string[]) => items.map((i) => `  - ${i}`).join('\n');
const three = (prefix: string) => list([`${prefix}一`, `${prefix}二`, `${prefix}三`]);

export function dimension(id: string, order: number, extra = ''): [string, string] {
  return [
    `dimensions/${id}.mdx`,
    `---
order: ${order}
name: 维度${order}
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
indicators:
${three('指标')}
policies:
  - policy: law
    articles: [第四十条]
    note: 说明
${extra}---

正文。
`,
  ];
}

/** The valid tree: file path (below the content root) → file text. */
export function validTree(): Map<string, string> {
  return new Map([
    dimension('alpha', 1),
    dimension('beta', 2),
    [
      'problems/gap.mdx',
      `---
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
  - { label: 留任率（示例数据）, value: 80, unit: '%' }
provenance: { kind: illustrative }
---
`,
    ],
    [
      'policies/law.mdx',
      `---
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
