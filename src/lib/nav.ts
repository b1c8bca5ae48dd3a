/**
 * The primary navigation, in the order readers see it. Labels are dictionary keys.
 */
import type { UiKey } from '../i18n/zh-CN.ts';
import { routes } from './urls.ts';

export interface NavItem {
  readonly label: UiKey;
  /** Root-relative path. */
  readonly href: string;
  /** An entry for one kind of reader (staff or enterprise), set apart visually. */
  readonly audience?: boolean;
}

export const primaryNav: readonly NavItem[] = [
  { label: 'nav.model', href: routes.model() },
  { label: 'nav.problems', href: routes.problems() },
  { label: 'nav.strategies', href: routes.strategies() },
  { label: 'nav.cases', href: routes.cases() },
  { label: 'nav.policies', href: routes.policies() },
  { label: 'nav.glossary', href: routes.glossary() },
  { label: 'nav.forStaff', href: routes.forStaff(), audience: true },
  { label: 'nav.forEnterprises', href: routes.forEnterprises(), audience: true },
];

/**
 * Whether a navigation item is the current section: its own page or any page below it.
 * Dimension pages belong to the model section.
 */
export function isActive(currentPath: string, href: string): boolean {
  if (href === '/') return currentPath === '/';
  if (href === routes.model() && currentPath.startsWith('/dimensions/')) return true;
  return currentPath === href || currentPath.startsWith(href);
}
