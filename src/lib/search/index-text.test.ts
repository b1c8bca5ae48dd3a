import { expect, test } from 'vitest';
import { indexText, readIndexText } from './index-text.ts';

test('indexText makes each Han character a word with the next one, and splits marks inside words', () => {
  const words = (text: string) => indexText(text).split(/\s+/).filter(Boolean);
  expect(words('现代学徒制')).toEqual(['现代', '代学', '学徒', '徒制', '制']);
  expect(words('1+X证书 ok')).toEqual(['1', '+', 'X', '证书', '书', 'ok']);
  expect(words('“双师型”教师')).toEqual(['“', '双师', '师型', '型', '”', '教师', '师']);
  expect(words('R&amp;D 产业')).toEqual(['R&amp;D', '产业', '业']);
  expect(words('目标')).toEqual(['目标', '标']);
  expect(indexText('目标', '管理').split(/\s+/).filter(Boolean)).toEqual(['目标', '标管']);
});

test.each([
  ['现代学徒制', '现代学徒制'],
  ['1+X证书', '1+X证书'],
  ['互利·同强·齐荣', '互利·同强·齐荣'],
  ['“双师型”教师队伍。', '“双师型”教师队伍。'],
  ['AI 与 5G 应用', 'AI与5G应用'],
  ['e.g. the AI-ready lab', 'e.g. the AI-ready lab'],
  ['𠮷野家', '𠮷野家'],
])('readIndexText reads %j back as %j', (text, plain) => {
  // As the index stores it: whitespace collapsed.
  expect(readIndexText(indexText(text).replace(/\s+/g, ' ').trim())).toBe(plain);
});

test('readIndexText drops the second character of a pair whose next word was left out of the index', () => {
  // 产业<span data-pagefind-ignore>学院</span>。: the index drops the ignored text.
  expect(readIndexText('产业 业学 。')).toBe('产业。');
});
