/**
 * Rules for illustrative cases that span frontmatter and body:
 *
 * - Figures are marked once, structurally: the page's notice says every figure in an illustrative
 *   case is illustrative, and the outcomes table is headed so. A "（示例数据）" in the body or in an
 *   outcome label is therefore refused (it was once inserted after almost every number).
 * - Each illustrative case says which of 互利·同强·齐荣 it shows or lacked (`principle`), and its
 *   经验与启示 section names each of those aspects in its prose.
 */
import { PRINCIPLE_ASPECTS, labelOf } from '../enums.ts';

/** The inline marker the notice replaces. */
export const INLINE_MARKER = '（示例数据）';

/** The marker and its variant with a figure inside, "（示例数据：约 30%）". */
const MARKER_PATTERN = /（示例数据(?:[：:][^）]*)?）/g;

/** What the check needs of a content file. */
export interface CaseFileLike {
  collection: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The whole file, to count lines. */
  text: string;
}

/** The 1-based line of the `offset`-th character of the body, within the whole file. */
function lineOf(file: CaseFileLike, offset: number): number {
  const bodyStart = file.text.length - file.body.length;
  return file.text.slice(0, bodyStart + offset).split('\n').length;
}

/** The text of one `##` section of a body (up to the next `##`), or undefined. */
export function section(body: string, heading: string): string | undefined {
  const start = body.search(new RegExp(`^##\\s+${heading}\\s*$`, 'm'));
  if (start < 0) return undefined;
  const rest = body.slice(start).replace(/^.*\n?/, '');
  const end = rest.search(/^##\s/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every problem with the illustrative cases among `files`, as `<file>[:line]: <field>: <message>`. */
export function checkIllustrativeCases(files: readonly CaseFileLike[]): string[] {
  const errors: string[] = [];
  for (const file of files) {
    if (file.collection !== 'cases') continue;
    const provenance = file.data['provenance'] as { kind?: string } | undefined;
    if (provenance?.kind !== 'illustrative') continue;

    for (const { index: at } of file.body.matchAll(MARKER_PATTERN)) {
      errors.push(
        `${file.file}:${lineOf(file, at)}: body: 不要在正文里逐个标注“${INLINE_MARKER}”：示例案例页面的提示已说明文中数字均为示例`,
      );
    }
    const outcomes = Array.isArray(file.data['outcomes']) ? (file.data['outcomes'] as { label?: unknown }[]) : [];
    outcomes.forEach((o, i) => {
      if (typeof o.label === 'string' && o.label.includes('示例数据')) {
        errors.push(`${file.file}: outcomes[${i}].label: 去掉“${INLINE_MARKER}”：成效表的表头已说明这些是示例数据`);
      }
    });

    const principle = file.data['principle'];
    if (!Array.isArray(principle) || principle.length === 0) {
      errors.push(`${file.file}: principle: 示例案例须说明它体现或欠缺“互利·同强·齐荣”中的哪一方面`);
      continue;
    }
    const lessons = section(file.body, '经验与启示');
    if (lessons === undefined) {
      errors.push(`${file.file}: body: 缺少“## 经验与启示”一节`);
      continue;
    }
    for (const [i, item] of (principle as { aspect?: string }[]).entries()) {
      const known = PRINCIPLE_ASPECTS.some((a) => a.id === item.aspect);
      if (!known) continue; // the schema reports an unknown aspect
      const label = labelOf(PRINCIPLE_ASPECTS, item.aspect ?? '');
      if (!lessons.includes(label)) {
        errors.push(`${file.file}: principle[${i}]: “经验与启示”一节没有提到“${label}”`);
      }
    }
  }
  return errors;
}
