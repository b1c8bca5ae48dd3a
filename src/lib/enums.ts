/**
 * The one source of truth for every closed list the site uses: the schemas validate against these
 * ids, the facets count by them, the search index filters on them, and the UI prints their labels.
 * Values follow `shared/source/policies.md` ("Facets"); ids are readable ASCII so URLs stay clean.
 */

/** One value of a closed list: a stable ASCII id and the label readers see. */
export interface EnumValue<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

function ids<const T extends readonly EnumValue[]>(values: T): [T[number]['id'], ...T[number]['id'][]] {
  return values.map((v) => v.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** Groups the ten dimensions fall into (the site's own arrangement; the paper lists them flat). */
export const DIMENSION_GROUPS = [
  { id: 'foundation', label: '共建基础' },
  { id: 'cultivation', label: '共育人才' },
  { id: 'innovation', label: '共创价值' },
  { id: 'governance', label: '共治保障' },
] as const satisfies readonly EnumValue[];

/** Industries a case can belong to. */
export const INDUSTRIES = [
  { id: 'smart-manufacturing', label: '智能制造与高端装备' },
  { id: 'next-gen-it', label: '新一代信息技术' },
  { id: 'new-energy', label: '新能源与新能源汽车' },
  { id: 'new-materials', label: '新材料' },
  { id: 'biomedicine', label: '生物医药与医疗器械' },
  { id: 'agriculture', label: '现代农业' },
  { id: 'energy-saving', label: '节能环保' },
  { id: 'logistics-commerce', label: '现代物流与商贸' },
  { id: 'aerospace-rail', label: '航空航天与轨道交通' },
  { id: 'care-services', label: '康养托育与家政服务' },
] as const satisfies readonly EnumValue[];

/** Regions a case can be set in. */
export const REGIONS = [
  { id: 'yangtze-delta', label: '长三角' },
  { id: 'greater-bay', label: '粤港澳大湾区' },
  { id: 'jing-jin-ji', label: '京津冀' },
  { id: 'chengdu-chongqing', label: '成渝地区' },
  { id: 'middle-yangtze', label: '长江中游' },
  { id: 'northeast', label: '东北地区' },
  { id: 'yellow-river', label: '黄河流域' },
  { id: 'western', label: '西部地区' },
] as const satisfies readonly EnumValue[];

/** Forms of school–enterprise cooperation a case follows. */
export const MODELS = [
  { id: 'order-class', label: '订单班' },
  { id: 'apprenticeship', label: '现代学徒制' },
  { id: 'enterprise-apprenticeship', label: '企业新型学徒制' },
  { id: 'training-base', label: '共建实训基地' },
  { id: 'mixed-ownership', label: '混合所有制二级学院' },
  { id: 'teacher-practice', label: '教师企业实践' },
  { id: 'one-plus-x', label: '1+X证书' },
  { id: 'council', label: '产业学院理事会' },
  { id: 'joint-rd', label: '技术服务与联合研发' },
] as const satisfies readonly EnumValue[];

/** Who a guide is written for. */
export const AUDIENCES = [
  { id: 'staff', label: '院校' },
  { id: 'enterprise', label: '企业' },
  { id: 'everyone', label: '所有读者' },
] as const satisfies readonly EnumValue[];

/** Who carries out an action. */
export const ACTORS = [
  { id: 'school', label: '学校' },
  { id: 'enterprise', label: '企业' },
  { id: 'both', label: '双方' },
] as const satisfies readonly EnumValue[];

/**
 * Where a case's facts come from: a public case names a real college and enterprise and cites the
 * published items it was read in; an illustrative case is a composite that names no one. Public
 * first, so lists and filters lead with it.
 */
export const PROVENANCE_KINDS = [
  { id: 'public', label: '公开案例' },
  { id: 'illustrative', label: '示例案例' },
] as const satisfies readonly EnumValue[];

/** The kind of school in a public case (illustrative cases may leave it out). */
export const SCHOOL_TYPES = [
  { id: 'higher-vocational', label: '高职（专科）' },
  { id: 'vocational-undergraduate', label: '职业本科' },
  { id: 'undergraduate', label: '普通本科（现代产业学院）' },
] as const satisfies readonly EnumValue[];

/** The three aspects of the paper's principle 互利·同强·齐荣, as a case shows or lacks them. */
export const PRINCIPLE_ASPECTS = [
  { id: 'huli', label: '互利' },
  { id: 'tongqiang', label: '同强' },
  { id: 'qirong', label: '齐荣' },
] as const satisfies readonly EnumValue[];

/** Content types, as the search filter and badges name them. */
export const CONTENT_TYPES = [
  { id: 'dimension', label: '维度' },
  { id: 'problem', label: '问题' },
  { id: 'strategy', label: '策略' },
  { id: 'case', label: '案例' },
  { id: 'policy', label: '政策' },
  { id: 'term', label: '术语' },
  { id: 'guide', label: '指南' },
] as const satisfies readonly EnumValue[];

export const DIMENSION_GROUP_IDS = /* @__PURE__ */ ids(DIMENSION_GROUPS);
export const INDUSTRY_IDS = /* @__PURE__ */ ids(INDUSTRIES);
export const REGION_IDS = /* @__PURE__ */ ids(REGIONS);
export const MODEL_IDS = /* @__PURE__ */ ids(MODELS);
export const AUDIENCE_IDS = /* @__PURE__ */ ids(AUDIENCES);
export const ACTOR_IDS = /* @__PURE__ */ ids(ACTORS);
export const PRINCIPLE_ASPECT_IDS = /* @__PURE__ */ ids(PRINCIPLE_ASPECTS);
export const PROVENANCE_IDS = /* @__PURE__ */ ids(PROVENANCE_KINDS);
export const SCHOOL_TYPE_IDS = /* @__PURE__ */ ids(SCHOOL_TYPES);
export const CONTENT_TYPE_IDS = /* @__PURE__ */ ids(CONTENT_TYPES);

export type DimensionGroup = (typeof DIMENSION_GROUP_IDS)[number];
export type Industry = (typeof INDUSTRY_IDS)[number];
export type Region = (typeof REGION_IDS)[number];
export type Model = (typeof MODEL_IDS)[number];
export type Audience = (typeof AUDIENCE_IDS)[number];
export type Actor = (typeof ACTOR_IDS)[number];
export type ContentType = (typeof CONTENT_TYPE_IDS)[number];
export type Provenance = (typeof PROVENANCE_IDS)[number];
export type SchoolType = (typeof SCHOOL_TYPE_IDS)[number];

/**
 * The label of an enumeration value. Throws, naming the list and the value, when the id is unknown,
 * so a typo surfaces at build time instead of printing `undefined`.
 */
export function labelOf(list: readonly EnumValue[], id: string): string {
  const found = list.find((v) => v.id === id);
  if (!found) {
    throw new Error(`Unknown value "${id}"; expected one of: ${list.map((v) => v.id).join(', ')}`);
  }
  return found.label;
}

/**
 * Offices that act in a dimension's work (responsibility matrix, step leads, record keepers).
 * `side` says whether the office is the school's or the enterprise's. Labels live in the i18n
 * dictionary (`guidance.office.<id>`), because the matrix prints them as UI text.
 */
export const OFFICES = [
  { id: 'college', side: 'school' },
  { id: 'academic-affairs', side: 'school' },
  { id: 'student-affairs', side: 'school' },
  { id: 'personnel', side: 'school' },
  { id: 'research', side: 'school' },
  { id: 'admissions-employment', side: 'school' },
  { id: 'assets-finance', side: 'school' },
  { id: 'ent-hr', side: 'enterprise' },
  { id: 'ent-technical', side: 'enterprise' },
  { id: 'ent-management', side: 'enterprise' },
] as const satisfies readonly { id: string; side: 'school' | 'enterprise' }[];

/** How often an indicator is counted. Labels: `guidance.frequency.<id>`. */
export const FREQUENCIES = ['per-event', 'monthly', 'per-term', 'per-year'] as const;

/** Which direction of an indicator is better. Labels: `guidance.better.<id>`. */
export const BETTER = ['higher', 'lower', 'target'] as const;

export const OFFICE_IDS = /* @__PURE__ */ OFFICES.map((o) => o.id) as [Office, ...Office[]];
export type Office = (typeof OFFICES)[number]['id'];
export type Frequency = (typeof FREQUENCIES)[number];
export type Better = (typeof BETTER)[number];

/** The whole-guide handbooks, one per reader (issue 30). Titles: `handbook.<id>.title`; pages `/handbooks/<id>/`. */
export const HANDBOOKS = ['staff', 'enterprise', 'cases'] as const;
export type HandbookId = (typeof HANDBOOKS)[number];
// --- Review dates, policy status and the record of changes (issue 27) ---

/**
 * Whether a policy document is in force, as far as `shared/source/policies.md` says. `unverified`
 * is the honest default: the file rarely states whether a document is still in force.
 */
export const POLICY_STATUSES = [
  { id: 'current', label: '现行' },
  { id: 'revised', label: '已修订' },
  { id: 'repealed', label: '已废止' },
  { id: 'unverified', label: '未核实' },
] as const satisfies readonly EnumValue[];

/** The kind of an entry in the record of changes (`src/content/changes/`). */
export const CHANGE_KINDS = [
  { id: 'added', label: '新增' },
  { id: 'corrected', label: '更正' },
  { id: 'policy', label: '政策更新' },
] as const satisfies readonly EnumValue[];

export const POLICY_STATUS_IDS = /* @__PURE__ */ ids(POLICY_STATUSES);
export const CHANGE_KIND_IDS = /* @__PURE__ */ ids(CHANGE_KINDS);
export type PolicyStatus = (typeof POLICY_STATUS_IDS)[number];
export type ChangeKind = (typeof CHANGE_KIND_IDS)[number];
/**
 * The five parties of a partnership who answer the 多方协同体检 (/review/), each about what they can
 * see. `code` prefixes their statement ids (`process-sl1`); `staff` marks the roles whose view the
 * students' is compared with. Order is the order of the report's columns.
 */
export const REVIEW_ROLES = [
  { id: 'school-leader', label: '学校管理者', code: 'sl', staff: true },
  { id: 'teacher', label: '专业教师', code: 't', staff: true },
  { id: 'enterprise-leader', label: '企业管理者', code: 'el', staff: true },
  { id: 'mentor', label: '企业导师', code: 'm', staff: true },
  { id: 'student', label: '学生', code: 'st', staff: false },
] as const satisfies readonly (EnumValue & { code: string; staff: boolean })[];

export const REVIEW_ROLE_IDS = /* @__PURE__ */ ids(REVIEW_ROLES);
export type ReviewRole = (typeof REVIEW_ROLE_IDS)[number];
