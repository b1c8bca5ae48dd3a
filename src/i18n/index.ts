import { zhCN, type UiKey } from './zh-CN.ts';

/**
 * The UI string for `key`, with `{name}` placeholders filled from `vars`. Throws when a placeholder
 * has no value, so a half-filled label never reaches a page.
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`t("${key}"): no value for {${name}}`);
    return String(value);
  });
}

export type { UiKey };
