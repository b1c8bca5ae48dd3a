/**
 * Reads a static host's `_headers` file (the Netlify / Cloudflare Pages format) so the preview
 * server sends what a deployment sends. A rule is a path pattern on its own line, then indented
 * `Name: value` lines; `*` in a pattern matches any run of characters, `#` starts a comment.
 */

/**
 * @typedef {{ pattern: string, matcher: RegExp, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses `_headers` text into rules, in file order.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern, matcher: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * The headers for a request path (below the base), every matching rule in order; a later rule's
 * value for the same header replaces an earlier one, as the hosts do.
 * @param {string} pathname
 * @param {HeaderRule[]} rules
 * @returns {Map<string, string>}
 */
export function headersFor(pathname, rules) {
  const headers = new Map();
  for (const rule of rules) {
    if (rule.matcher.test(pathname)) for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return headers;
}
