import { spawnSync } from 'node:child_process';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { findJava } from '../../scripts/find-java.mjs';
import { readSite } from './site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = readSite('dist');

test('no page prints an object where text belongs ([object Object], undefined, NaN), templates included', () => {
  // NextSteps printed each pitfall, an object with its source since provenance, as [object Object].
  expect(pages.length).toBeGreaterThan(50);
  const found = pages.flatMap((p) => {
    const text = p.html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
    return [...text.matchAll(/\[object Object\]|\bundefined\b|\bNaN\b/g)].map((m) => `${p.file}: ${m[0]}`);
  });
  expect([...new Set(found)]).toEqual([]);
});

test.each(pages.map((p) => [p.file]))('%s is valid HTML (html-validate recommended + document)', async (file) => {
  const report = await validator.validateFile(`dist/${file}`);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  expect(messages).toEqual([]);
});

/**
 * The W3C Nu checker, the reference validator, catches what html-validate does not (a script after
 * `</html>` is a "stray start tag" to it). It runs once over the whole folder on the machine's
 * Java (found or installed by scripts/find-java.mjs); only errors count.
 */
describe('W3C Nu HTML checker', () => {
  const java = findJava();
  const run = spawnSync(java, ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', '--skip-non-html', 'dist'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(run.stderr || run.stdout) as { version?: string; messages: { url?: string; type: string; message: string; lastLine?: number; extract?: string }[] };
  const errors = Map.groupBy(report.messages, (m) => m.url?.replace(/^file:.*?\/dist\//, '') ?? '(no file)');

  test('ran over the built pages', () => {
    expect(report.version).toMatch(/^\d/);
    expect(pages.length).toBeGreaterThan(50);
  });

  test('every message it gave is about a page this test checks', () => {
    // A message about anything else (a file read under another name, or none) would be dropped by
    // the per-page tests below: it fails here instead, with its text.
    const files = new Set(pages.map((p) => p.file));
    const elsewhere = report.messages.filter((m) => !files.has(m.url?.replace(/^file:.*?\/dist\//, '') ?? ''));
    expect(elsewhere.map((m) => `${m.url ?? '(no file)'}: ${m.message}`)).toEqual([]);
  });

  test.each(pages.map((p) => [p.file]))('%s has no Nu checker error', (file) => {
    const messages = (errors.get(file) ?? []).map((m) => `${m.lastLine ?? '?'}: ${m.message} ${m.extract ?? ''}`);
    expect(messages).toEqual([]);
  });
});
