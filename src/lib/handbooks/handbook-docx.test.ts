import { expect, test } from 'vitest';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { buildHandbookDocx, sectionHeading, type HandbookModel } from './handbook-docx.ts';
import { heading, list, para, table } from './blocks.ts';

const model: HandbookModel = {
  title: '院校工作手册',
  lead: '说明',
  cover: [
    { label: '版本日期', value: '2026-12-01' },
    { label: '出自', value: '知识库' },
  ],
  contentsTitle: '目录',
  runningHead: '院校工作手册 · 知识库',
  sections: [
    { number: 1, title: '工作指引', blocks: [heading(2, '定位'), para('正文'), list(['甲', '乙'], true)] },
    { number: 2, title: '专业共建', blocks: [table(['指标', '定义'], [['甲', '乙']]), heading(3, '细节')] },
  ],
};

async function parts() {
  const bytes = await Packer.toBuffer(buildHandbookDocx(model));
  return unzipSync(new Uint8Array(bytes));
}

test('numbered sections are Heading1, parts Heading2 and Heading3, in order', async () => {
  const xml = strFromU8((await parts())['word/document.xml'] ?? new Uint8Array());
  const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d)"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  expect(headings).toEqual(['Heading1 1 工作指引', 'Heading2 定位', 'Heading1 2 专业共建', 'Heading3 细节']);
  expect(sectionHeading({ number: 3, title: '师资共培' })).toBe('3 师资共培');
});

test('a table is a Word table; A4 page; page number field in the footer; running head in the header', async () => {
  const files = await parts();
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('<w:tbl>');
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  const footers = Object.keys(files)
    .filter((f) => /^word\/footer\d+\.xml$/.test(f))
    .map((f) => strFromU8(files[f] ?? new Uint8Array()));
  expect(footers.some((f) => f.includes('PAGE'))).toBe(true);
  const headers = Object.keys(files)
    .filter((f) => /^word\/header\d+\.xml$/.test(f))
    .map((f) => strFromU8(files[f] ?? new Uint8Array()));
  expect(headers.some((h) => h.includes('院校工作手册 · 知识库'))).toBe(true);
});

test('仿宋 body and 黑体 headings by name, each with its Latin fallback name', async () => {
  const styles = strFromU8((await parts())['word/styles.xml'] ?? new Uint8Array());
  expect(styles).toMatch(/w:ascii="FangSong"[^>]*w:eastAsia="仿宋"/);
  expect(styles).toMatch(/w:ascii="SimHei"[^>]*w:eastAsia="黑体"/);
});
