import { Packer } from 'docx';
import { beforeAll, describe, expect, test } from 'vitest';
import { docxParagraphs, numberedClauses, parseXml, squeeze, unzipDocx } from '../../../tests/support/docx.ts';
import { t } from '../../i18n/index.ts';
import { A4, buildTemplateDocx } from './template-docx.ts';
import { clauseReadingText, type SourceWords, type TemplateInput } from './template-text.ts';

const words: SourceWords = {
  kind: { paper: '论文', law: '法律', policy: '政策', extension: '本站扩展' },
  paper: '论文题目',
  documentTitle: (id) => (id === 'law' ? '职业教育法' : `?${id}`),
};

const template: TemplateInput = {
  id: 'sample',
  title: '示例协议（要点清单）',
  summary: '用于测试的模板摘要，长度超过二十个字符以满足规则。',
  purpose: '测试用途。',
  parties: ['甲方：{{学校名称}}', '乙方：{{企业名称}}'],
  sections: [
    {
      title: '第一部分',
      clauses: [
        {
          text: '甲方 {{学校名称}} 与乙方 {{企业名称}} 签订协议。',
          source: { kind: 'law', document: { id: 'law' }, article: '第四十条' },
        },
        { text: '定期沟通。', source: { kind: 'paper', section: '三、1. 明确育人目标' } },
      ],
    },
    { title: '第二部分', clauses: [{ text: '期限至 {{终止日期}}。', source: { kind: 'extension' } }] },
  ],
};

let parts: Map<string, string>;
let body: Document;
beforeAll(async () => {
  const buffer = await Packer.toBuffer(
    buildTemplateDocx(template, { words, dimensionNames: ['专业共建', '过程共管'] }),
  );
  parts = unzipDocx(new Uint8Array(buffer));
  body = parseXml(parts.get('word/document.xml') ?? '', 'word/document.xml');
});

describe('buildTemplateDocx', () => {
  test('every XML part of the package is well-formed', () => {
    const xmlParts = [...parts.keys()].filter((p) => /\.(xml|rels)$/.test(p));
    expect(xmlParts).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml']),
    );
    for (const path of xmlParts) expect(() => parseXml(parts.get(path) ?? '', path)).not.toThrow();
  });

  test('each clause is one numbered paragraph holding its text and its source', () => {
    const numbered = numberedClauses(parts);
    expect(numbered).toHaveLength(3);
    const clauses = template.sections.flatMap((s) => s.clauses);
    numbered.forEach((p, i) => expect(squeeze(p.text)).toContain(clauseReadingText(clauses[i]?.text ?? '∅')));
    expect(numbered[0]?.text).toContain('［来源：法律《职业教育法》第四十条］');
    expect(numbered[1]?.text).toContain('［来源：论文《论文题目》三、1. 明确育人目标］');
    expect(numbered[2]?.text).toContain('［来源：本站扩展］');
  });

  test('all clauses share one decimal numbering, so Word numbers them 1, 2, 3', () => {
    const numIds = numberedClauses(parts).map((p) => p.numId);
    expect(numIds).toHaveLength(3);
    expect(new Set(numIds).size).toBe(1);
    const numbering = parts.get('word/numbering.xml') ?? '';
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="%1."');
  });

  test('blanks are underlined runs that name what to fill in', () => {
    const underlined = docxParagraphs(body).flatMap((p) => p.underlined.map(squeeze));
    expect(underlined).toEqual(['学校名称', '企业名称', '学校名称', '企业名称', '终止日期']);
  });

  test('section titles are headings and the notice says it is not legal advice', () => {
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toContain('w:val="Title"');
    expect(xml.match(/w:val="Heading1"/g)).toHaveLength(2);
    const text = docxParagraphs(body).map((p) => p.text);
    expect(text.filter((line) => line.includes(t('tpl.notice')))).toHaveLength(2);
    expect(text.join('')).toContain('专业共建、过程共管');
  });

  test('pages are A4 and the CJK font and language are declared', () => {
    expect(parts.get('word/document.xml')).toContain(`<w:pgSz w:w="${A4.width}" w:h="${A4.height}"`);
    const styles = parts.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});
