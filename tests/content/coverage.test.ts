/**
 * The editorial promises about the real content: counts, coverage of the facets, body lengths and
 * the honesty rules for illustrative cases. A failure names the entry that breaks the promise.
 */
import { describe, expect, test } from 'vitest';
import { readContentTree, type ContentFile } from '../../src/lib/content/content-check.ts';

const { files } = readContentTree('src/content');
const of = (collection: ContentFile['collection']) => files.filter((f) => f.collection === collection);
const ids = (value: unknown) => (value as string[] | undefined) ?? [];
/** Characters of prose: the body without whitespace and Markdown punctuation. */
const proseLength = (body: string) => body.replace(/[\s#*>|\-`[\]()_~]/g, '').length;

const dimensions = of('dimensions');
const cases = of('cases');
const isPublic = (c: ContentFile) => (c.data['provenance'] as { kind: string }).kind === 'public';
const illustrative = cases.filter((c) => !isPublic(c));
const publicCases = cases.filter(isPublic);

interface PublicSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
}
interface PublicOutcome {
  label: string;
  source: number;
  excerpt: string;
}
const sourcesOf = (c: ContentFile) => (c.data['provenance'] as { sources: PublicSource[] }).sources;

describe('dimensions', () => {
  test('there are exactly ten, ordered 1 to 10', () => {
    expect(dimensions.map((d) => d.data['order']).sort((a, b) => Number(a) - Number(b))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });
  test('the names are the paper’s ten, in its order', () => {
    const byOrder = [...dimensions].sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
    expect(byOrder.map((d) => d.data['name'])).toEqual([
      '专业共建',
      '人才共育',
      '师资共培',
      '资源共享',
      '项目共立',
      '科研共做',
      '实习共担',
      '就业共推',
      '过程共管',
      '效果共评',
    ]);
  });
  test.each(dimensions.map((d) => [d.file, d]))('%s has at least 600 characters of body', (_, d) => {
    expect(proseLength(d.body)).toBeGreaterThanOrEqual(600);
  });
});

describe('problems and strategies', () => {
  test('the paper’s problems and strategies, plus the labelled extension', () => {
    expect(of('problems').map((p) => p.data['name'])).toEqual(
      expect.arrayContaining(['育人目标存在分歧', '合作关系不紧密', '制度体系不健全']),
    );
    expect(of('strategies').map((s) => s.data['name'])).toEqual(
      expect.arrayContaining(['明确育人目标', '加强合作关系', '健全制度体系']),
    );
    for (const entry of [...of('problems'), ...of('strategies')]) {
      const source = entry.data['source'] as { kind: string };
      const isExtension = ['制度体系不健全', '健全制度体系'].includes(String(entry.data['name']));
      expect(source.kind, entry.file).toBe(isExtension ? 'extension' : 'paper');
    }
  });
});

describe('cases', () => {
  test('there are at least 30', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  test.each(illustrative.map((c) => [c.file, c]))('%s has at least 500 characters and the four sections', (_, c) => {
    expect(proseLength(c.body)).toBeGreaterThanOrEqual(500);
    for (const heading of ['## 背景', '## 各维度的做法', '## 成效', '## 经验与启示']) {
      expect(c.body).toContain(heading);
    }
  });
  test('every dimension is cited by at least three cases', () => {
    for (const d of dimensions) {
      const citing = cases.filter((c) => ids(c.data['dimensions']).includes(d.id));
      expect(citing.length, d.id).toBeGreaterThanOrEqual(3);
    }
  });
  test('they span at least 8 industries, 6 regions, 6 models and 6 years', () => {
    const distinct = (field: string) => new Set(cases.map((c) => c.data[field])).size;
    expect(distinct('industry')).toBeGreaterThanOrEqual(8);
    expect(distinct('region')).toBeGreaterThanOrEqual(6);
    expect(distinct('model')).toBeGreaterThanOrEqual(6);
    expect(distinct('year')).toBeGreaterThanOrEqual(6);
  });
  test.each(cases.map((c) => [c.file, c]))(
    '%s, if illustrative, names no one, marks its figures once and reads the principle',
    (_, c) => {
      const provenance = c.data['provenance'] as { kind: string };
      if (provenance.kind !== 'illustrative') return;
      expect(String(c.data['school'])).toContain('某');
      expect(String(c.data['enterprise'])).toContain('某');
      // Figures are marked once: the outcomes table's heading and the page notice say they are illustrative.
      for (const outcome of c.data['outcomes'] as { label: string }[]) {
        expect(outcome.label).not.toContain('示例数据');
      }
      expect(c.body).not.toContain('（示例数据）');
      expect(c.data['principle'], 'principle (互利·同强·齐荣)').toBeInstanceOf(Array);
    },
  );
});

test('the policy collection has its 22 entries', () => {
  expect(of('policies')).toHaveLength(22);
});

test('the glossary has at least 25 terms', () => {
  expect(of('glossary').length).toBeGreaterThanOrEqual(25);
});

test('the five guides exist', () => {
  expect(
    of('guides')
      .map((g) => g.id)
      .sort(),
  ).toEqual(['enterprise-guide', 'getting-started', 'principle', 'staff-guide', 'why-mechanism'].sort());
});

describe('public cases (issue 17)', () => {
  test('there are at least 20 public cases (the issue’s floor), each file named public-<slug>', () => {
    expect(publicCases.length).toBeGreaterThanOrEqual(20);
    for (const c of publicCases) expect(c.id, c.file).toMatch(/^public-[a-z0-9-]+$/);
  });
  test('they span at least 6 industries, 5 regions and 5 cooperation models', () => {
    const distinct = (field: string) => new Set(publicCases.map((c) => c.data[field])).size;
    expect(distinct('industry')).toBeGreaterThanOrEqual(6);
    expect(distinct('region')).toBeGreaterThanOrEqual(5);
    expect(distinct('model')).toBeGreaterThanOrEqual(5);
  });
  test('higher-vocational colleges come first: most public cases are 高职', () => {
    const hv = publicCases.filter((c) => c.data['schoolType'] === 'higher-vocational').length;
    expect(hv / publicCases.length).toBeGreaterThan(0.5);
  });
  test.each(publicCases.map((c) => [c.file, c]))(
    '%s has its three sections and says what its sources do not',
    (_, c) => {
      expect(proseLength(c.body)).toBeGreaterThanOrEqual(200);
      for (const heading of ['## 合作概况', '## 做法', '## 来源没有说明的']) expect(c.body).toContain(heading);
    },
  );
  test.each(publicCases.map((c) => [c.file, c]))(
    '%s: every excerpt is non-empty, at most 80 characters, and points at a source',
    (_, c) => {
      const sources = sourcesOf(c);
      for (const o of c.data['outcomes'] as PublicOutcome[]) {
        expect(o.excerpt.trim().length, o.label).toBeGreaterThan(0);
        expect([...o.excerpt].length, o.label).toBeLessThanOrEqual(80);
        expect(sources[o.source - 1], o.label).toBeDefined();
      }
    },
  );
  test.each(publicCases.map((c) => [c.file, c]))('%s: every source has a title, a year and an address', (_, c) => {
    for (const s of sourcesOf(c)) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.year).toBeGreaterThanOrEqual(1990);
      expect(s.url).toMatch(/^https?:\/\//);
    }
  });
  test.each(publicCases.map((c) => [c.file, c]))('%s makes no unquoted claim of success', (_, c) => {
    expect(c.body).not.toMatch(/成效显著|取得显著成效|效果显著/);
    expect(c.body).not.toContain('示例数据');
  });
});
