/**
 * The site's own vocabulary for search: the words readers type for the names this site uses. A
 * query containing an alias is also searched with the name (师资培养 also finds 师资共培), and a
 * glossary term's aliases are indexed with the term, so 顶岗实习 finds 岗位实习.
 *
 * Only expressions a reader would plausibly use for the same thing belong here — never a broader
 * topic (人工智能 is not an alias of 智能制造): an alias makes the name's pages count as matches.
 */

/** A name the site uses and the other ways readers say it. */
export interface Synonym {
  /** The wording on the site: a dimension name, a glossary term, a model label. */
  readonly canonical: string;
  /** Other wordings that mean the same thing. */
  readonly aliases: readonly string[];
}

export const SYNONYMS: readonly Synonym[] = [
  // The ten dimensions: the paper's four-character names, and the everyday words for them.
  { canonical: '专业共建', aliases: ['共建专业', '专业建设'] },
  { canonical: '人才共育', aliases: ['共育人才', '联合培养', '共同培养'] },
  { canonical: '过程共管', aliases: ['共管过程', '过程管理', '教学过程管理'] },
  { canonical: '实习共担', aliases: ['共担实习', '实习管理'] },
  { canonical: '就业共推', aliases: ['共推就业', '就业推荐', '推荐就业'] },
  { canonical: '师资共培', aliases: ['共培师资', '师资培养', '师资队伍', '双师队伍'] },
  { canonical: '资源共享', aliases: ['共享资源', '设备共享', '场地共享'] },
  { canonical: '项目共立', aliases: ['共立项目', '合作项目', '项目合作'] },
  { canonical: '科研共做', aliases: ['共做科研', '科研合作', '产学研', '联合研发'] },
  { canonical: '效果共评', aliases: ['共评效果', '效果评价', '质量评价', '育人评价'] },
  // Glossary terms and cooperation models.
  { canonical: '岗位实习', aliases: ['顶岗实习', '跟岗实习'] },
  { canonical: '双师型教师', aliases: ['双师型', '双师', '双师素质'] },
  { canonical: '1+X证书', aliases: ['1+X证书制度', 'X证书', '1+X'] },
  { canonical: '教师企业实践', aliases: ['教师下企业', '下企业实践', '教师挂职'] },
  { canonical: '订单班', aliases: ['订单式培养', '订单培养', '冠名班'] },
  { canonical: '混合所有制', aliases: ['混改'] },
  { canonical: '产教融合', aliases: ['产教结合'] },
  { canonical: '互利·同强·齐荣', aliases: ['互利同强齐荣', '互利、同强、齐荣'] },
  { canonical: '职业教育法', aliases: ['职教法'] },
  { canonical: '实训基地', aliases: ['实训中心', '实训室'] },
  { canonical: '数控', aliases: ['CNC'] },
  // Roles, as readers name them.
  { canonical: '企业师傅', aliases: ['企业导师', '带徒师傅'] },
  { canonical: '兼职教师', aliases: ['企业兼职教师', '企业兼职老师'] },
];

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The other wordings to search for `text`: for each synonym whose alias occurs in it (and whose
 * name does not already), the text with the longest such alias replaced by the name.
 */
export function expandSynonyms(text: string, synonyms: readonly Synonym[] = SYNONYMS): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const { canonical, aliases } of synonyms) {
    if (folded.includes(fold(canonical))) continue;
    const alias = [...aliases].sort((a, b) => b.length - a.length).find((a) => folded.includes(fold(a)));
    if (!alias) continue;
    const replaced = folded.replace(fold(alias), canonical);
    if (!out.includes(replaced)) out.push(replaced);
  }
  return out;
}

/** The aliases of a glossary term or other name, to index with it; none when it has no entry. */
export function aliasesOf(canonical: string, synonyms: readonly Synonym[] = SYNONYMS): readonly string[] {
  return synonyms.find((s) => fold(s.canonical) === fold(canonical))?.aliases ?? [];
}
