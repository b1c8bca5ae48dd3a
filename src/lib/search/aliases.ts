/**
 * Rules for readers' words (同义表达, the `aliases` of dimensions, problems and strategies): an
 * alias makes its page a match as if the reader had typed the page's name, so it must not be
 * another entry's name or title (the reader would land on the wrong page) nor a word so general
 * that every page could claim it. The content check calls {@link checkAliases}.
 */

/** Words too general to be anyone's alias: each would make one page match half the site. */
export const GENERIC_ALIASES: readonly string[] = [
  '合作',
  '校企合作',
  '产教融合',
  '协同育人',
  '产业学院',
  '学校',
  '企业',
  '学生',
  '教师',
  '教学',
  '管理',
  '问题',
  '策略',
  '维度',
  '育人',
  '人才培养',
  '职业教育',
];

/** What the check needs of a content file. */
export interface AliasSource {
  readonly collection: string;
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Every alias that repeats another entry's name or title, or is a generic word, as an error line. */
export function checkAliases(files: readonly AliasSource[]): string[] {
  const titles = new Map<string, string>();
  for (const f of files) {
    for (const key of ['name', 'title', 'term']) {
      const value = f.data[key];
      if (typeof value === 'string') titles.set(fold(value), f.file);
    }
  }
  const generic = new Set(GENERIC_ALIASES.map(fold));
  const errors: string[] = [];
  for (const f of files) {
    strings(f.data['aliases']).forEach((alias, i) => {
      const key = fold(alias);
      const owner = titles.get(key);
      if (owner && owner !== f.file) {
        errors.push(`${f.file}: aliases.${i}: "${alias}" is the name of another entry (${owner})`);
      } else if (generic.has(key)) {
        errors.push(`${f.file}: aliases.${i}: "${alias}" is too general to be an alias (GENERIC_ALIASES)`);
      }
    });
  }
  return errors;
}
