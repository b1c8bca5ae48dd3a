/**
 * The editor's words for every field (`/admin/`, src/lib/editor/decap-config.ts) and the content
 * check's: one Chinese label per field path, with a hint where an editor needs one. The schemas
 * stay the source of what a field is; this file only says what it is called.
 */

/** A collection the editor covers; its fields have labels here (keys are `<collection>.<path>`). */
export type EditorCollection = 'cases' | 'policies' | 'glossary' | 'checklists' | 'playbooks';

/** The same, under the name the label lookups use. */
export type LabelledCollection = EditorCollection;

/** A field's label, its hint, and whether it takes several lines. */
export interface FieldLabel {
  label: string;
  hint?: string;
  multiline?: boolean;
}

/** The editor's collections: name, one item, and what they hold. */
export const COLLECTION_LABELS: Record<EditorCollection, { label: string; singular: string; description: string }> = {
  cases: {
    label: '案例',
    singular: '案例',
    description:
      '公开案例照来源写真实名称，每项成效都要有来源序号和原文摘录；示例案例综合常见做法，院校和企业写成含“某”的泛称。先在“出处 › 案例类型”中选定类型。',
  },
  policies: {
    label: '政策与法规',
    singular: '政策',
    description: '政策事实只取自核对过的来源（policies.md）；文号未核实的不填。',
  },
  glossary: { label: '术语', singular: '术语', description: '术语表的条目。' },
  checklists: {
    label: '自评陈述',
    singular: '自评陈述',
    description: '每个维度一份，院校和企业各 4–6 条；陈述编号发布后不再改动。',
  },
  playbooks: {
    label: '工作指引',
    singular: '工作指引',
    description: '每个维度一份：步骤、指标、分工和企业测算表，每项注明来源。',
  },
};

/** Every field's label, by `<collection>.<path>`; `*.` keys serve a structure that recurs. */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  '*.body': { label: '正文（Markdown）', hint: '按 Markdown 书写；保存时原样写入文件。', multiline: true },

  'cases.title': { label: '标题', hint: '院校 × 企业：一句话说明做了什么' },
  'cases.summary': { label: '摘要', hint: '一两句话，20–160 个字，用于卡片和搜索结果', multiline: true },
  'cases.school': { label: '院校', hint: '公开案例照来源写全称；示例案例写含“某”的泛称，如“华东某高职院校”' },
  'cases.enterprise': { label: '合作企业', hint: '公开案例照来源写；示例案例写含“某”的泛称' },
  'cases.schoolType': { label: '院校类型', hint: '公开案例必填' },
  'cases.industry': { label: '行业' },
  'cases.region': { label: '地区' },
  'cases.model': { label: '合作模式' },
  'cases.year': { label: '年份', hint: '合作开始或案例所指的年份' },
  'cases.dimensions': { label: '关联维度', hint: '至少一个；公开案例只选来源能证明的维度' },
  'cases.strategies': { label: '体现的策略' },
  'cases.problems': { label: '遇到或解决的问题' },
  'cases.outcomes': { label: '成效', hint: '至少一项；公开案例每项都要注明来源序号和原文摘录' },
  'cases.outcomes.label': { label: '成效名称' },
  'cases.outcomes.value': { label: '数值或情况', hint: '数字或短语，照来源写' },
  'cases.outcomes.unit': { label: '单位', hint: '如 人、%、项；没有单位时留空' },
  'cases.outcomes.source': { label: '来源序号', hint: '对应下方“来源”列表中的第几个（从 1 起）' },
  'cases.outcomes.excerpt': {
    label: '原文摘录',
    hint: '从该来源逐字复制支持这项成效的原话，最多 80 个字',
    multiline: true,
  },
  'cases.principle': { label: '互利·同强·齐荣', hint: '案例体现（或缺少）了哪个方面，各写一句' },
  'cases.principle.aspect': { label: '方面' },
  'cases.principle.shows': { label: '体现了', hint: '勾选表示体现，不勾表示缺少' },
  'cases.principle.note': { label: '说明' },
  'cases.provenance': { label: '出处' },
  'cases.provenance.kind': {
    label: '案例类型',
    hint: '公开案例：真实机构，有公开来源；示例案例：综合常见做法，不指名真实机构',
  },
  'cases.provenance.sources': { label: '来源', hint: '公开案例至少一个；每个来源写标题、发布者、年份和网址' },
  'cases.provenance.sources.authors': { label: '作者', hint: '来源署名的作者；新闻常常没有，可留空' },
  'cases.provenance.sources.title': { label: '来源标题', hint: '照原文标题写' },
  'cases.provenance.sources.publisher': { label: '发布者', hint: '报刊、网站或期刊名称' },
  'cases.provenance.sources.year': { label: '来源年份' },
  'cases.provenance.sources.issue': { label: '期次或日期', hint: '如 2024-10-12、2023年第15期、第A07版' },
  'cases.provenance.sources.url': { label: '网址', hint: '阅读原文的完整网址' },
  'cases.provenance.sources.accessed': {
    label: '读取日期',
    hint: '核对原文的那一天，写成 YYYY-MM-DD；读者据此知道这条来源在何时成立',
  },
  'cases.provenance.sources.note': { label: '备注', hint: '转载页要写明它转载的原文出处' },

  'policies.title': { label: '标题', hint: '照发布时的标题写' },
  'policies.issuers': { label: '发文机关' },
  'policies.docNumber': { label: '文号', hint: '只填 policies.md 核实过的文号；未核实的留空' },
  'policies.date': { label: '日期', hint: '写成 YYYY、YYYY-MM 或 YYYY-MM-DD' },
  'policies.dateNote': { label: '日期说明', hint: '如“施行 2022-05-01”' },
  'policies.summary': { label: '摘要', hint: '它对校企双方的角色说了什么，20–160 个字', multiline: true },
  'policies.points': { label: '要点', hint: '每条是一个核实过的事实' },
  'policies.incentive': { label: '企业可用的激励', hint: '勾选后显示在企业页' },

  'glossary.term': { label: '术语' },
  'glossary.pinyin': { label: '拼音', hint: '小写，音节之间用空格，用于排序，如 chan jiao rong he' },
  'glossary.english': { label: '英文', hint: '有通行译法时填写' },
  'glossary.definition': { label: '释义', hint: '一两句话，至少 10 个字', multiline: true },
  'glossary.related': { label: '相关术语' },
  'glossary.dimensions': { label: '所属维度' },

  'checklists.dimension': { label: '维度' },
  'checklists.school': { label: '院校视角的陈述', hint: '4–6 条' },
  'checklists.school.id': { label: '编号', hint: '形如 talent-s1；发布后不再改动，删改陈述时换新编号' },
  'checklists.school.text': { label: '陈述' },
  'checklists.enterprise': { label: '企业视角的陈述', hint: '4–6 条' },
  'checklists.enterprise.id': { label: '编号', hint: '形如 talent-e1；发布后不再改动' },
  'checklists.enterprise.text': { label: '陈述' },

  '*.provenance': { label: '来源' },
  '*.provenance.kind': { label: '来源类型' },
  '*.provenance.section': { label: '论文章节', hint: '来源为论文时填写，照论文小标题写，如“三、2. 加强合作关系”' },
  '*.provenance.document': { label: '文件名称', hint: '来源为法规或政策时填写，照 policies.md 的标题写' },
  '*.provenance.article': { label: '条款', hint: '如 第五十条；没有具体条款时留空' },
  '*.provenance.quote': {
    label: '论文原话',
    hint: '来源为论文时必填：从论文该章节原样摘录至少 6 个字（内容检查会逐字核对）',
  },
  '*.reviewed': { label: '最近审核日期', hint: '对照来源核对全文的那一天，写成 YYYY-MM-DD；只改措辞时不动它' },
  '*.reviewEvery': { label: '审核周期（月）', hint: '留空用本类内容的默认周期（一般 12 个月，引用法规的模板 6 个月）' },
  'policies.status': { label: '现行状态', hint: '只按 policies.md 填写；它没有说明的选“未核实”' },
  'policies.replacedBy': { label: '被哪份文件取代', hint: '状态为已修订或已废止时，选取代它的政策条目' },
  'playbooks.steps': { label: '步骤', hint: '至少 4 步，按实际先后排列' },
  'playbooks.steps.title': { label: '做什么' },
  'playbooks.steps.detail': { label: '怎么做', multiline: true },
  'playbooks.steps.lead': { label: '牵头部门' },
  'playbooks.indicators': { label: '指标', hint: '至少 5 项' },
  'playbooks.indicators.id': { label: '编号', hint: '小写字母、数字和 -，以字母开头' },
  'playbooks.indicators.name': { label: '指标名称' },
  'playbooks.indicators.definition': { label: '统计口径', multiline: true },
  'playbooks.indicators.formula': { label: '计算公式', hint: '比率写分子和分母；计数写单位' },
  'playbooks.indicators.formula.numerator': { label: '分子' },
  'playbooks.indicators.formula.denominator': { label: '分母' },
  'playbooks.indicators.formula.unit': { label: '计数单位' },
  'playbooks.indicators.dataSource': { label: '数据来源' },
  'playbooks.indicators.dataSource.record': { label: '记录' },
  'playbooks.indicators.dataSource.keptBy': { label: '保管部门' },
  'playbooks.indicators.frequency': { label: '统计频率' },
  'playbooks.indicators.better': { label: '方向' },
  'playbooks.indicators.target': { label: '目标值', hint: '方向为“接近目标为好”时必填' },
  'playbooks.responsibilities': { label: '分工', hint: '至少 4 项任务' },
  'playbooks.responsibilities.task': { label: '任务' },
  'playbooks.responsibilities.lead': { label: '牵头部门' },
  'playbooks.responsibilities.participants': { label: '参与部门' },
  'playbooks.responsibilities.informed': { label: '知会部门' },
  'playbooks.worksheet': { label: '企业测算表' },
  'playbooks.worksheet.inputs': { label: '企业决定的数' },
  'playbooks.worksheet.inputs.id': { label: '编号' },
  'playbooks.worksheet.inputs.label': { label: '名称' },
  'playbooks.worksheet.inputs.unit': { label: '单位' },
  'playbooks.worksheet.totals': { label: '计算结果' },
  'playbooks.worksheet.totals.op': { label: '算法' },
  'playbooks.worksheet.totals.label': { label: '名称' },
  'playbooks.worksheet.totals.unit': { label: '单位' },
  'playbooks.worksheet.totals.of': { label: '用到的输入（编号）' },
  'playbooks.worksheet.totals.share': { label: '比例', hint: '0 到 1 之间，如 0.3' },
  'playbooks.worksheet.totals.cap': { label: '上限（输入编号）' },
  'playbooks.worksheet.incentives': { label: '可能适用的激励', hint: '只写 policies.md 中的条件' },
  'playbooks.worksheet.incentives.name': { label: '激励名称' },
  'playbooks.worksheet.incentives.conditions': { label: '条件' },
};

/** Labels of options that enums.ts and the dictionary do not name (by label key, then value). */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  '*.provenance.kind': { paper: '论文', law: '法规', policy: '政策', extension: '本站扩展' },
  'playbooks.worksheet.totals.op': { product: '乘积', 'offset-now': '当年抵免', 'offset-carry': '结转抵免' },
};

/**
 * The key of a field's label: `<collection>.<path>` (list positions left out), else a shared
 * `*.<last two names>` entry for a structure that recurs (a provenance in every playbook list).
 */
export function labelKey(collection: LabelledCollection, path: readonly string[]): string | undefined {
  const full = `${collection}.${path.join('.')}`;
  if (FIELD_LABELS[full]) return full;
  for (let start = 0; start < path.length; start++) {
    const shared = `*.${path.slice(start).join('.')}`;
    if (FIELD_LABELS[shared]) return shared;
  }
  return undefined;
}

/** The label of the field at a validation issue's path (list positions are skipped), if it has one. */
export function fieldLabel(collection: string, path: readonly PropertyKey[]): string | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  if (!names.length || !isLabelled(collection)) return undefined;
  // The label of each named level that has one, outermost first: 成效 › 原文摘录.
  const chain = names.map((_, i) => labelKey(collection, names.slice(0, i + 1))).filter((k): k is string => !!k);
  const leaf = labelKey(collection, names);
  if (!leaf) return undefined;
  return [...new Set(chain)].map((k) => FIELD_LABELS[k]?.label).join(' › ');
}

function isLabelled(collection: string): collection is LabelledCollection {
  return ['cases', 'policies', 'glossary', 'checklists', 'playbooks'].includes(collection);
}
