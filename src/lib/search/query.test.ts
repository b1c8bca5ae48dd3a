import { expect, test } from 'vitest';
import { MAX_TERMS, parseQuery, trimStopwords } from './query.ts';

const terms = (q: string) => parseQuery(q).terms.map((t) => ({ text: t.text, quoted: t.quoted }));

test.each([
  ['现代学徒制', [{ text: '现代学徒制', quoted: false }]],
  [
    '订单班 成效',
    [
      { text: '订单班', quoted: false },
      { text: '成效', quoted: false },
    ],
  ],
  [
    '订单班，成效。',
    [
      { text: '订单班', quoted: false },
      { text: '成效', quoted: false },
    ],
  ],
  [
    '“育人目标” 分歧',
    [
      { text: '育人目标', quoted: true },
      { text: '分歧', quoted: false },
    ],
  ],
  ['"现代 学徒制"', [{ text: '现代 学徒制', quoted: true }]],
  ['「实训基地」', [{ text: '实训基地', quoted: true }]],
  ['"未闭合的引号', [{ text: '未闭合的引号', quoted: false }]],
  ['企业能得到什么', [{ text: '企业能得到', quoted: false }]],
  ['如何建立理事会？', [{ text: '建立理事会', quoted: false }]],
  [
    '企业参与有什么好处',
    [
      { text: '企业参与有', quoted: false },
      { text: '好处', quoted: false },
    ],
  ],
  ['的 和 与', []],
  ['🎉🎉', []],
  ['""', []],
])('parseQuery(%j) has the terms %j', (raw, expected) => {
  expect(terms(raw)).toEqual(expected);
});

test('a term is split into segments at symbols, which must stand next to each other', () => {
  const [term] = parseQuery('1+X证书').terms;
  expect(term?.segments).toEqual([['1'], ['x', '证', '书']]);
});

test('unquoted terms carry their vocabulary alternatives; quoted terms never do', () => {
  expect(parseQuery('顶岗实习').terms[0]?.alternatives).toEqual([[['岗', '位', '实', '习']]]);
  expect(parseQuery('"顶岗实习"').terms[0]?.alternatives).toEqual([]);
});

test('repeated terms count once, and at most MAX_TERMS are kept', () => {
  expect(terms('订单班 订单班')).toHaveLength(1);
  const many = Array.from({ length: 20 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}`).join(' ');
  expect(parseQuery(many).terms).toHaveLength(MAX_TERMS);
});

test.each([
  ['怎么建立理事会', '建立理事会'],
  ['理事会的', '理事会'],
  ['什么', ''],
  ['和', ''],
])('trimStopwords(%j) is %j', (text, expected) => {
  expect(trimStopwords(text)).toBe(expected);
});
