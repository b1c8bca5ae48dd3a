import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { readSite } from './site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = readSite('dist');

test.each(pages.map((p) => [p.file]))('%s is valid HTML (html-validate recommended + document)', async (file) => {
  const report = await validator.validateFile(`dist/${file}`);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  expect(messages).toEqual([]);
});
