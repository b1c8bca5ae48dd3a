/**
 * Where readers send a correction (纠错与反馈), set at build time. With nothing set, pages carry no
 * feedback link at all (never a link to nowhere); the link is a plain `mailto:` or `https:` address,
 * so the page itself makes no request anywhere.
 *
 * - `FEEDBACK_EMAIL=kb@example.edu.cn` → `mailto:` with the page's title and URL in subject and body.
 * - `FEEDBACK_URL=https://git.example.org/kb/issues/new` → an issue form, prefilled through `title`
 *   and `body` query parameters (GitHub, GitLab and Gitea read these); a URL holding `{title}` or
 *   `{url}` gets them substituted instead, for forms with other parameter names.
 *
 * Setting both is refused: the build cannot guess which one the owners read.
 */

/** The feedback target, or none. */
export type FeedbackConfig = { kind: 'email'; address: string } | { kind: 'url'; url: string } | undefined;

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** Reads the target from the environment; throws, naming the variable and value, when it is malformed. */
export function readFeedbackConfig(env: Record<string, string | undefined>): FeedbackConfig {
  const email = env['FEEDBACK_EMAIL']?.trim() || undefined;
  const url = env['FEEDBACK_URL']?.trim() || undefined;
  if (email && url) throw new Error('Set FEEDBACK_EMAIL or FEEDBACK_URL, not both');
  if (email) {
    if (!EMAIL.test(email)) throw new Error(`FEEDBACK_EMAIL is not an e-mail address: "${email}"`);
    return { kind: 'email', address: email };
  }
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url.replaceAll('{title}', 'x').replaceAll('{url}', 'x'));
    } catch {
      throw new Error(`FEEDBACK_URL is not a URL: "${url}"`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new Error(`FEEDBACK_URL must start with https:// or http://, got "${url}"`);
    }
    return { kind: 'url', url };
  }
  return undefined;
}

/** The page a reader reports on, and the words of the prefilled report. */
export interface FeedbackPage {
  /** The page's title, as its `h1` reads. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The subject line (e.g. 纠错与反馈：专业共建). */
  subject: string;
  /** The body, naming the page and its URL. */
  body: string;
}

/** The link for one page, or undefined when no target is configured. */
export function feedbackHref(config: FeedbackConfig, page: FeedbackPage): string | undefined {
  if (!config) return undefined;
  if (config.kind === 'email') {
    // encodeURIComponent, not URLSearchParams: mail clients read %20, not +, as a space.
    return `mailto:${config.address}?subject=${encodeURIComponent(page.subject)}&body=${encodeURIComponent(page.body)}`;
  }
  if (config.url.includes('{title}') || config.url.includes('{url}')) {
    return config.url
      .replaceAll('{title}', encodeURIComponent(page.subject))
      .replaceAll('{url}', encodeURIComponent(page.url));
  }
  const target = new URL(config.url);
  target.searchParams.set('title', page.subject);
  target.searchParams.set('body', page.body);
  return target.href;
}

/** The build's target, read once from `process.env`. */
export const feedbackConfig: FeedbackConfig = readFeedbackConfig(process.env);
