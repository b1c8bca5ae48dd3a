/**
 * The relevance suite: queries written from readers' point of view, each with the page (or pages)
 * the reader means and how high it must rank. Ids are fixed: odd ids are the tuning half (ranking
 * constants in src/lib/search/rank.ts were chosen on these only), even ids the check half.
 * Glossary records (`/glossary/#…`) count as their page `/glossary/` for stock Pagefind, which has
 * no record per term; the comparison treats both engines the same way (see search.spec.ts).
 */

export type QueryKind =
  'name' | 'term+word' | 'readers-words' | 'role' | 'synonym' | 'question' | 'mixed' | 'typo' | 'topic';

export interface RelevanceCase {
  readonly id: number;
  readonly q: string;
  /** Any of these pages counts. */
  readonly expect: readonly string[];
  readonly top: 1 | 3;
  readonly kind: QueryKind;
}

const D = (id: string) => `/dimensions/${id}/`;
const P = (id: string) => `/problems/${id}/`;
const S = (id: string) => `/strategies/${id}/`;
const G = (id: string) => `/glossary/#${id}`;
const C = (id: string) => `/cases/${id}/`;
const L = (id: string) => `/policies/${id}/`;
const U = (id: string) => `/guides/${id}/`;

type Row = [q: string, expect: string | string[], top: 1 | 3, kind: QueryKind];

const ROWS: Row[] = [
  // The names of the ten dimensions, three problems and three strategies: first place.
  ['师资共培', D('faculty'), 1, 'name'],
  ['专业共建', D('specialty'), 1, 'name'],
  ['人才共育', D('talent'), 1, 'name'],
  ['效果共评', D('evaluation'), 1, 'name'],
  ['实习共担', D('internship'), 1, 'name'],
  ['就业共推', D('employment'), 1, 'name'],
  ['资源共享', D('resources'), 1, 'name'],
  ['项目共立', D('projects'), 1, 'name'],
  ['科研共做', D('research'), 1, 'name'],
  ['过程共管', D('process'), 1, 'name'],
  ['育人目标存在分歧', P('goal-divergence'), 1, 'name'],
  ['合作关系不紧密', P('loose-cooperation'), 1, 'name'],
  ['制度体系不健全', P('weak-institutions'), 1, 'name'],
  ['明确育人目标', S('clarify-goals'), 1, 'name'],
  ['加强合作关系', S('strengthen-cooperation'), 1, 'name'],
  ['健全制度体系', S('build-institutions'), 1, 'name'],
  // A term plus a word.
  ['教师实践考核', D('faculty'), 3, 'term+word'],
  ['实习安全保险', D('internship'), 3, 'term+word'],
  ['理事会章程', S('build-institutions'), 3, 'term+word'],
  ['实习协议 保险', [D('internship'), G('shixi-xieyi')], 3, 'term+word'],
  ['企业参与评价', D('evaluation'), 3, 'term+word'],
  ['专业人才培养方案', D('specialty'), 3, 'term+word'],
  [
    '订单班 招生',
    [G('dingdan-ban'), C('ecommerce-warehouse-order-ladder'), C('childcare-order-class-competency')],
    3,
    'term+word',
  ],
  ['实训基地 共建', [G('shixun-jidi'), D('resources'), C('wind-turbine-training-tower')], 3, 'term+word'],
  // Readers' words for the site's titles.
  ['合作不深入', [P('loose-cooperation'), S('strengthen-cooperation')], 3, 'readers-words'],
  ['校企目标不一致', P('goal-divergence'), 3, 'readers-words'],
  ['没有合作协议', [P('weak-institutions'), S('build-institutions')], 3, 'readers-words'],
  ['合作靠人情', P('weak-institutions'), 3, 'readers-words'],
  ['老师下企业', [D('faculty'), G('jiaoshi-qiye-shijian')], 3, 'readers-words'],
  ['毕业生就业', D('employment'), 3, 'readers-words'],
  ['培养质量评价', D('evaluation'), 3, 'readers-words'],
  ['技术攻关', D('research'), 3, 'readers-words'],
  ['设备共享', D('resources'), 3, 'readers-words'],
  ['深化校企合作', S('strengthen-cooperation'), 3, 'readers-words'],
  ['真实项目进课堂', D('projects'), 3, 'readers-words'],
  ['统一育人目标', S('clarify-goals'), 3, 'readers-words'],
  // Roles.
  ['企业导师', [D('talent'), D('faculty')], 3, 'role'],
  ['企业师傅', [D('talent'), D('internship')], 3, 'role'],
  ['兼职教师', D('faculty'), 3, 'role'],
  ['专业带头人', ['/for-staff/', U('staff-guide')], 3, 'role'],
  ['产业学院院长', ['/for-staff/', U('staff-guide')], 3, 'role'],
  ['人力资源', ['/for-enterprises/', U('enterprise-guide')], 3, 'role'],
  // Names of terms, policies, models, topics of cases.
  ['现代学徒制', G('xiandai-xuetuzhi'), 3, 'name'],
  ['双师型教师', G('shuangshixing-jiaoshi'), 3, 'name'],
  ['职业教育法', L('vocational-education-law'), 3, 'name'],
  ['税前扣除', L('teacher-practice-2016'), 3, 'topic'],
  ['教育费附加', G('jiaoyu-fei-fujia'), 3, 'name'],
  ['互利同强齐荣', [U('principle'), G('huli-tongqiang-qirong')], 3, 'name'],
  ['一帮一', G('yibangyi-yidaiyi-yijiaoyi'), 3, 'name'],
  ['理事会', G('chanye-xueyuan-lishihui'), 3, 'name'],
  ['混合所有制', G('hunhe-suoyouzhi'), 3, 'name'],
  ['订单班', G('dingdan-ban'), 3, 'name'],
  ['产教融合型企业', [G('chanjiao-ronghexing-qiye'), L('integration-enterprise-2019')], 3, 'name'],
  ['市域产教联合体', [G('shiyu-chanjiao-lianheti'), L('city-consortium-2023'), L('city-consortium-2024')], 3, 'name'],
  ['企业新型学徒制', [G('qiye-xinxing-xuetuzhi'), L('enterprise-apprenticeship-2018')], 3, 'name'],
  ['现代产业学院建设指南', L('industry-college-guide-2020'), 3, 'name'],
  ['学生实习管理规定', L('internship-rules-2021'), 3, 'name'],
  ['冷链', C('coldchain-teacher-posting'), 3, 'topic'],
  ['风电', C('wind-turbine-training-tower'), 3, 'topic'],
  ['无人机', [C('uav-maker-teacher-practice'), C('crop-protection-drone-1x')], 3, 'topic'],
  ['养老', [C('eldercare-mixed-scorecard'), C('homecare-service-cards')], 3, 'topic'],
  ['光伏', [C('pv-station-joint-rd-internship'), C('solar-council-secretariat')], 3, 'topic'],
  ['税', L('fund-policy-2019'), 3, 'topic'],
  ['中药饮片', C('tcm-slices-apprentice-improvement'), 3, 'topic'],
  // Synonyms and everyday words for the site's names.
  ['产学研', D('research'), 3, 'synonym'],
  ['教师下企业', G('jiaoshi-qiye-shijian'), 3, 'synonym'],
  ['师资培养', D('faculty'), 3, 'synonym'],
  ['联合研发', D('research'), 3, 'synonym'],
  ['顶岗实习', G('gangwei-shixi'), 3, 'synonym'],
  ['跟岗实习', G('gangwei-shixi'), 3, 'synonym'],
  ['职教法', L('vocational-education-law'), 3, 'synonym'],
  ['冠名班', G('dingdan-ban'), 3, 'synonym'],
  ['实训中心', G('shixun-jidi'), 3, 'synonym'],
  // Questions, as readers type them.
  ['企业能得到什么', U('enterprise-guide'), 3, 'question'],
  ['怎么开始', U('getting-started'), 3, 'question'],
  ['为什么要建产业学院', U('why-mechanism'), 3, 'question'],
  ['企业参与有什么好处', [U('enterprise-guide'), '/for-enterprises/'], 3, 'question'],
  ['实习出了事故谁负责', [D('internship'), L('internship-rules-2021')], 3, 'question'],
  ['如何建立产业学院理事会', [G('chanye-xueyuan-lishihui'), S('build-institutions')], 3, 'question'],
  // Mixed Chinese and English, and full-width characters.
  ['CNC', C('cnc-base-parts-queue'), 3, 'mixed'],
  ['1+X证书', G('yi-jia-x-zhengshu'), 3, 'mixed'],
  ['１＋Ｘ证书', G('yi-jia-x-zhengshu'), 3, 'mixed'],
  [
    '1+X证书 试点',
    [C('medical-device-cert-cleanroom'), C('crop-protection-drone-1x'), G('yi-jia-x-zhengshu')],
    3,
    'mixed',
  ],
  ['VOCs 监测', C('vocs-monitoring-1x-internship'), 3, 'mixed'],
  // Typos of one character.
  ['师资共陪', D('faculty'), 3, 'typo'],
  ['现代学徙制', G('xiandai-xuetuzhi'), 3, 'typo'],
  ['双师形教师', G('shuangshixing-jiaoshi'), 3, 'typo'],
  ['产教融和', G('chanjiao-ronghe'), 3, 'typo'],
  ['育人目标存在分岐', P('goal-divergence'), 3, 'typo'],
  ['合作关系不紧秘', P('loose-cooperation'), 3, 'typo'],
  ['职业教育发', L('vocational-education-law'), 3, 'typo'],
  ['实习共单', D('internship'), 3, 'typo'],
  // Quoted phrases.
  ['“育人目标”', S('clarify-goals'), 3, 'name'],
  ['"校企合作"', G('xiaoqi-hezuo'), 3, 'name'],
];

export const SUITE: readonly RelevanceCase[] = ROWS.map(([q, expect, top, kind], i) => ({
  id: i + 1,
  q,
  expect: typeof expect === 'string' ? [expect] : expect,
  top,
  kind,
}));

/**
 * Topics the site does not cover, none of whose content words occurs on the site: no result may be
 * presented as a match. (虚拟货币 left the list when the placement templates began to require pay
 * 以货币形式: the site now holds 货币, and the engine rightly shows those pages while naming 虚拟 as not
 * found; 股票期权 took its place.)
 */
export const NOT_COVERED: readonly string[] = [
  '区块链',
  '元宇宙',
  '量子计算',
  '股票期权',
  '基因编辑',
  '跨境电商',
  '核电站',
  '比特币',
  '自动驾驶',
  '直播带货',
  '深海探测',
  '"现代学徒制度"',
];

/** The half a case belongs to, by id parity: deterministic, and no query chooses its half. */
export const half = (c: RelevanceCase): 'tuning' | 'check' => (c.id % 2 === 1 ? 'tuning' : 'check');
