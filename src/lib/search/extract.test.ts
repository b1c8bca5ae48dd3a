import { describe, expect, test } from 'vitest';
import { decodeEntities, extractPage, wordKeys, wordsOf } from './extract.ts';

/** The words of a body's index text. */
const words = (body: string, attrs = '') =>
  wordsOf(extractPage(`<main data-pagefind-body${attrs}>${body}</main>`)?.digest ?? '');
const body = (html: string) => extractPage(`<main data-pagefind-body>${html}</main>`);

describe('what is read', () => {
  test('only a data-pagefind-body element; a page without one is not indexed', () => {
    expect(
      extractPage('<header>页头</header><main data-pagefind-body><p>正文</p></main><footer>页脚</footer>')?.digest,
    ).toBe('正文 文');
    expect(extractPage('<main><p>正文</p></main>')).toBeUndefined();
  });

  test.each([
    ['data-pagefind-ignore', '<p>甲<span data-pagefind-ignore>乙</span></p>', ['甲']],
    ['data-pagefind-ignore="all"', '<div data-pagefind-ignore="all"><p>乙</p></div><p>甲</p>', ['甲']],
    ['navigation', '<nav><a href="/">乙</a></nav><p>甲</p>', ['甲']],
    ['a form and its labels', '<form><label>乙</label></form><p>甲</p>', ['甲']],
    [
      'scripts, styles, drawings',
      '<script>var 乙</script><style>p{}</style><svg><text>乙</text></svg><p>甲</p>',
      ['甲'],
    ],
    ['screen-reader text (.visually-hidden)', '<p>甲<span class="x visually-hidden">乙</span></p>', ['甲']],
  ])('leaves out %s', (_, html, expected) => {
    expect(words(html)).toEqual(expected);
  });

  test('hidden text that is not excluded is indexed (the readers’ words of SearchMeta.astro)', () => {
    expect(words('<p hidden data-search-aliases>相关说法：乙。</p>')).toContain('说法');
  });
});

describe('words and positions, as Pagefind makes them', () => {
  test('each Han character a word, with the next across inline tags but not across blocks or spans', () => {
    expect(words('<p>育人<b>目标</b>管理</p>')).toEqual(['育人', '人目', '目标', '标管', '管理', '理']);
    expect(words('<h2>背景</h2><p>合作</p>')).toEqual(['背景', '景', '合作', '作']);
    expect(words('<p><span>师资</span><span>维度</span></p>')).toEqual(['师资', '资', '维度', '度']);
  });

  test('blocks it knows, <br>, ids and weights separate words; other boundaries do not', () => {
    expect(words('<table><tr><th>2016</th><th>2017</th></tr><tr><td>a</td><td>b</td></tr></table>')).toEqual([
      '20162017',
      'a.',
      'b.',
    ]);
    expect(words('<p>x<br>y</p>')).toEqual(['x', 'y.']);
    expect(words('<p>x<span id="a">y</span></p>')).toEqual(['x', 'y.']);
    expect(words('<p>x<span data-pagefind-weight="3">y</span>z</p>')).toEqual(['x', 'y', 'z.']);
    expect(words('<p>x<span>y</span></p>')).toEqual(['xy.']);
  });

  test('marks inside a run of letters are words of their own; marks take positions', () => {
    expect(words('<p>1+X证书，“双师型”教师</p>')).toEqual([
      '1',
      '+',
      'X',
      '证书',
      '书',
      '，“',
      '双师',
      '师型',
      '型',
      '”',
      '教师',
      '师',
    ]);
  });

  test('entities stay whole in the words, and are decoded in the keys', () => {
    expect(words('<p>R&amp;D 研发</p>')).toEqual(['R&amp;D', '研发', '发']);
    expect(wordKeys('R&amp;D')).toEqual(['r', 'd']);
    expect(decodeEntities('&lt;a&gt; &#39;x&#x27; &unknown;')).toBe("<a> 'x' &unknown;");
  });
});

describe('metadata and filters', () => {
  test('an element’s text, a literal value or an attribute; read inside ignored elements', () => {
    const x = body(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="type">case</span>' +
        '<span data-pagefind-meta="title">现代学徒制</span>' +
        '<span data-pagefind-meta="year:2021"></span>' +
        '<img data-pagefind-meta="image[src], alt[alt]" src="/a.png" alt="图">' +
        '<span data-pagefind-filter="dimension:talent"></span><span data-pagefind-filter="dimension">faculty</span>' +
        '</div><p>正文</p>',
    );
    expect(x?.filters).toEqual({ type: ['case'], dimension: ['talent', 'faculty'] });
    expect(x?.meta['year']).toBe('2021');
    expect(x?.meta['image']).toBe('/a.png');
    expect(x?.meta['alt']).toBe('图');
    expect(wordsOf(x?.meta['title'] ?? '')).toEqual(['现代', '代学', '学徒', '徒制', '制']);
    expect(x?.digest).toBe('正文 文');
  });

  test('nothing is read inside data-pagefind-ignore="all"', () => {
    expect(
      body('<div data-pagefind-ignore="all"><span data-pagefind-meta="title">乙</span></div><p>甲</p>')?.meta,
    ).toEqual({});
  });

  test('the title falls back to the first h1, then to the page’s <title>', () => {
    expect(wordsOf(body('<h1>案例</h1><h1>别的</h1>')?.meta['title'] ?? '')).toEqual(['案例', '例']);
    const x = extractPage('<main data-pagefind-body><p>正文</p></main>', '标题');
    expect(wordsOf(x?.meta['title'] ?? '')).toEqual(['标题', '题']);
  });
});

test.each([
  ['现代', ['现代']],
  ['制', ['制']],
  ['AI-Ready', ['ai', 'ready']],
  ['（2021）', ['2021']],
  ['04。', ['04']],
  ['，', []],
  ['ＡＩ', ['ai']],
  ['2016，2016', ['2016']],
])('wordKeys(%j) is %j: what the engine looks up (tokens.ts)', (word, keys) => {
  expect(wordKeys(word)).toEqual(keys);
});
