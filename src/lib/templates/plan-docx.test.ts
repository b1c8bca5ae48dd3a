import { Packer } from 'docx';
import { expect, test } from 'vitest';
import { docxParagraphs, parseXml, unzipDocx } from '../../../tests/support/docx.ts';
import type { PlanEntry, PlanFile } from '../assess/plan.ts';
import { buildPlanDocx, type PlanDocxWords } from './plan-docx.ts';

const entry = (id: string, name: string): PlanEntry => ({
  id,
  name,
  strategies: [{ id: 's1', name: '健全制度体系' }],
  problems: [{ id: 'p1', name: '制度体系不健全' }],
  templates: [{ id: 't1', name: '三方实习协议' }],
  indicators: [{ id: 'i1', name: '协议签订率', formula: '签协议人数 ÷ 实习人数', target: '越高越好' }],
  steps: ['签协议'],
  lead: 'academic-affairs',
});
const plan: PlanFile = {
  format: 'industry-college-review-plan',
  version: 1,
  round: { id: 'abcd1234', partnership: '某院 × 某企', name: '2026 年度' },
  made: '2026-12-04',
  baseline: { internship: 44, process: null },
  items: [
    { dimension: 'internship', action: '补签三方协议', owner: '教务处', due: '2027-03-15' },
    { dimension: 'process', action: '排定会议日历', owner: '', due: '2027-01-10' },
  ],
};
const words: PlanDocxWords = {
  title: '改进计划',
  meta: '某院 × 某企 · 2026 年度',
  action: '行动',
  owner: '负责人',
  due: '完成日期',
  lead: '牵头部门',
  score: '本轮得分',
  strategies: '策略',
  problems: '问题',
  templates: '模板',
  indicators: '指标',
  formula: '公式',
  target: '目标',
  note: '本站扩展',
  office: (id) => (id === 'academic-affairs' ? '教务处' : `?${id}`),
};

test('the .docx is well-formed and holds each focus dimension with its action, owner, date, office and links', async () => {
  const doc = buildPlanDocx(plan, [entry('internship', '实习共担'), entry('process', '过程共管')], words);
  const parts = unzipDocx(new Uint8Array(await Packer.toBuffer(doc)));
  for (const [name, xml] of parts) if (name.endsWith('.xml')) parseXml(xml, name);
  const text = docxParagraphs(parseXml(parts.get('word/document.xml') ?? '', 'document')).map((p) => p.text);
  expect(text).toContain('实习共担');
  expect(text).toContain('过程共管');
  expect(text).toContain('负责人：教务处');
  expect(text).toContain('负责人：＿＿＿＿');
  expect(text).toContain('完成日期：2027-03-15');
  expect(text).toContain('牵头部门：教务处');
  expect(text).toContain('本轮得分：44');
  expect(text).toContain('协议签订率（公式：签协议人数 ÷ 实习人数；目标：越高越好）');
});

test('a focus dimension the site does not know stops the export', () => {
  expect(() => buildPlanDocx(plan, [entry('internship', '实习共担')], words)).toThrow(/process/);
});
