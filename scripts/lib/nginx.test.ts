import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseHeaders } from './headers.mjs';
import { locationFor, nginxFiles, siteWideHeaders } from './nginx.mjs';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

test.each(Object.entries(nginxFiles(rules)))(
  'deploy/nginx/%s is what public/_headers gives (run `node scripts/nginx-config.mjs` after editing it)',
  (name, text) => {
    expect(readFileSync(`deploy/nginx/${name}`, 'utf8')).toBe(text);
  },
);

/** The `{ … }` bodies of the location blocks of a config, innermost first. */
function locationBodies(conf: string): string[] {
  const bodies: string[] = [];
  const stack: { start: number; location: boolean }[] = [];
  for (let i = 0; i < conf.length; i++) {
    if (conf[i] === '{')
      stack.push({ start: i, location: /location[^{;]*$/.test(conf.slice(0, i).split('\n').at(-1) ?? '') });
    if (conf[i] === '}') {
      const open = stack.pop();
      if (open?.location) bodies.push(conf.slice(open.start + 1, i).replace(/location[^{]*\{[^}]*\}/g, ''));
    }
  }
  return bodies;
}

test.each(['server.conf', 'subpath.conf'])(
  '%s: every location with an add_header of its own includes the security headers',
  (name) => {
    const bodies = locationBodies(readFileSync(`deploy/nginx/${name}`, 'utf8'));
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) {
      expect(body).toContain('add_header');
      // Every site-wide header, by the include or, where the location replaces one, each written out.
      if (body.includes('include kb/headers.conf;')) continue;
      for (const [name] of siteWideHeaders(rules)) expect(body, body).toContain(`add_header ${name} `);
    }
    // No header is sent twice by one location (two CSPs would both be enforced).
    for (const body of bodies) {
      const names = [...body.matchAll(/add_header (\S+)/g)].map((m) => m[1]?.toLowerCase());
      const included = body.includes('include kb/headers.conf;')
        ? siteWideHeaders(rules).map(([n]) => n.toLowerCase())
        : [];
      const all = [...names, ...included];
      expect(
        all.filter((n, i) => all.indexOf(n) !== i),
        body,
      ).toEqual([]);
    }
  },
);

test('the headers file holds every header of the "/*" rule, each sent with errors too (always)', () => {
  const conf = readFileSync('deploy/nginx/headers.conf', 'utf8');
  for (const [name, value] of siteWideHeaders(rules)) expect(conf).toContain(`add_header ${name} "${value}" always;`);
});

test.each([
  ['/_astro/*', '/', 'location ^~ /_astro/'],
  ['/_astro/*', '/cjrh/', 'location ^~ /cjrh/_astro/'],
  ['/sw.js', '/', 'location = /sw.js'],
  ['/files/report.*.csv', '/', 'location ~ ^/files/report\\..*\\.csv$'],
])('the _headers pattern %s under %s is `%s`', (pattern, base, location) => {
  expect(locationFor(pattern, base)).toBe(location);
});

test('Cache-Control on "/*" is refused: hosts would join it with a file’s own', () => {
  expect(() => siteWideHeaders(parseHeaders('/*\n  Cache-Control: no-cache\n'))).toThrow(/Cache-Control/);
  expect(() => siteWideHeaders(parseHeaders('/_astro/*\n  X-A: 1\n'))).toThrow(/"\/\*"/);
});
