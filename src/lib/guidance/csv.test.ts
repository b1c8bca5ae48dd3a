import { describe, expect, test } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from './csv.ts';

describe('csvField quotes only what RFC 4180 requires', () => {
  test.each([
    ['plain', '学生处', '学生处'],
    ['a comma', '二级学院,教务处', '"二级学院,教务处"'],
    ['a quote, doubled', '称为"双导师"', '"称为""双导师"""'],
    ['a line feed', '第一行\n第二行', '"第一行\n第二行"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['a Chinese comma needs no quotes', '教务处，学生处', '教务处，学生处'],
    ['a number', 30, '30'],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

test('toCsv starts with a BOM and ends every record with CRLF', () => {
  const csv = toCsv([
    ['a', 'b'],
    ['1', '2'],
  ]);
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n`);
  expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

test('parseCsv reads back what toCsv wrote, quotes, commas and newlines included', () => {
  const rows = [
    ['维度', '指标', '公式'],
    ['过程共管', '议定事项"按期办结率"', '已办结事项数,除以\r\n议定事项数'],
    ['', 'empty first field', 'x'],
  ];
  expect(parseCsv(toCsv(rows))).toEqual(rows);
});

test.each([
  ['a quote inside an unquoted field', 'a,b"c\r\n', /quote inside/],
  ['an unterminated quote', '"abc\r\n', /unterminated/],
  ['a bare LF between records', 'a,b\nc,d\r\n', /bare line break/],
])('parseCsv rejects %s', (_, text, error) => {
  expect(() => parseCsv(text)).toThrow(error);
});
