/**
 * Every internal URL goes through here, so a build under a sub-path (`BASE_PATH=/kb/`) links
 * correctly everywhere. Paths are written as they would be at the site root: `/dimensions/faculty/`.
 */

/** Normalises a base path to start and end with one slash (`kb` → `/kb/`, `` → `/`). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Makes a function that prefixes root-relative paths with `base`. Fragments and queries are kept;
 * a path that is not root-relative (an absolute URL, a bare fragment) is a bug and throws.
 */
export function makeUrl(base: string): (path: string) => string {
  const prefix = normaliseBase(base);
  return (path: string) => {
    if (!path.startsWith('/')) {
      throw new Error(`url(): expected a root-relative path starting with "/", got "${path}"`);
    }
    return prefix + path.slice(1);
  };
}

/** Strips `base` from a pathname, the inverse of `makeUrl` (for breadcrumbs and active links). */
export function stripBase(base: string, pathname: string): string {
  const prefix = normaliseBase(base);
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

/** Root-relative paths of every route that has a page per entry or a fixed page. */
export const routes = {
  home: () => '/',
  model: () => '/model/',
  dimension: (id: string) => `/dimensions/${id}/`,
  problems: () => '/problems/',
  problem: (id: string) => `/problems/${id}/`,
  strategies: () => '/strategies/',
  strategy: (id: string) => `/strategies/${id}/`,
  cases: (page = 1) => (page <= 1 ? '/cases/' : `/cases/page/${page}/`),
  case: (id: string) => `/cases/${id}/`,
  policies: () => '/policies/',
  policy: (id: string) => `/policies/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  forStaff: () => '/for-staff/',
  forEnterprises: () => '/for-enterprises/',
  offline: () => '/offline/',
  search: () => '/search/',
  templates: () => '/templates/',
  template: (id: string) => `/templates/${id}/`,
  /** The Word file of a template, generated at build time. */
  templateDocx: (id: string) => `/templates/${id}.docx`,
  indicators: () => '/indicators/',
  indicatorsCsv: () => '/indicators.csv',
  responsibilities: (office?: string) => (office ? `/responsibilities/#office-${office}` : '/responsibilities/'),
  responsibilitiesCsv: () => '/responsibilities.csv',
  worksheet: () => '/for-enterprises/worksheet/',
  /** The crosswalk: the ten dimensions against the official construction tasks (issue 30). */
  crosswalk: (task?: string) => (task ? `/crosswalk/#task-${task}` : '/crosswalk/'),
  crosswalkCsv: () => '/crosswalk.csv',
  /** A whole-guide handbook (staff, enterprise, cases), its Word file and the print stylesheet they share. */
  handbook: (id: string) => `/handbooks/${id}/`,
  handbookDocx: (id: string) => `/handbooks/${id}.docx`,
  handbookPrintCss: () => '/handbooks/print.css',
  /** The record of changes (更新记录) and its Atom feed. */
  changes: () => '/changes/',
  changesFeed: () => '/changes.xml',
  /** The maintainers' short guide to the content editor (#26). */
  editing: () => '/editing/',
  /** Open data: the list, each data set's JSON and its JSON Schema (src/lib/open-data.ts). */
  data: () => '/data/',
  dataFile: (set: string) => `/data/${set}.json`,
  dataSchema: (set: string) => `/data/${set}.schema.json`,
} as const;

/** The page path of a content entry (glossary terms are anchors on the glossary page). */
export function entryPath(collection: string, id: string): string {
  switch (collection) {
    case 'dimensions':
      return routes.dimension(id);
    case 'problems':
      return routes.problem(id);
    case 'strategies':
      return routes.strategy(id);
    case 'cases':
      return routes.case(id);
    case 'policies':
      return routes.policy(id);
    case 'glossary':
      return routes.term(id);
    case 'guides':
      return routes.guide(id);
    case 'templates':
      return routes.template(id);
    default:
      throw new Error(`entryPath(): unknown collection "${collection}"`);
  }
}

/** Paths of the pages that exist whatever the content (listings, hubs, search). */
export const STATIC_PATHS: readonly string[] = [
  routes.home(),
  routes.model(),
  routes.problems(),
  routes.strategies(),
  routes.cases(),
  routes.policies(),
  routes.glossary(),
  routes.guides(),
  routes.forStaff(),
  routes.forEnterprises(),
  routes.search(),
  routes.templates(),
  routes.indicators(),
  routes.responsibilities(),
  routes.worksheet(),
  routes.crosswalk(),
  routes.handbook('staff'),
  routes.handbook('enterprise'),
  routes.handbook('cases'),
  routes.changes(),
];
