import { describe, expect, test } from 'vitest';
import {
  chunksFor,
  compareWords,
  decodeCbor,
  entryLanguage,
  lookup,
  pagefindCbor,
  readChunk,
  readMeta,
  SIGNATURE,
  type Cbor,
} from './pagefind-format.ts';

/** A CBOR encoder for the test's data (integers, strings, arrays). */
function encode(value: Cbor): number[] {
  const head = (major: number, n: number): number[] =>
    n < 24
      ? [(major << 5) | n]
      : n < 256
        ? [(major << 5) | 24, n]
        : n < 65536
          ? [(major << 5) | 25, n >> 8, n & 255]
          : [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  if (typeof value === 'number') return value < 0 ? head(1, -1 - value) : head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(encode)];
  throw new Error('not in the test encoder');
}
const file = (value: Cbor) => new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...encode(value)]);

describe('decodeCbor', () => {
  test('integers of every width, negative integers, text, nested arrays', () => {
    const value = [0, 23, 24, 255, 256, 70000, -1, -25, -300, '现代', ['a', [1]]];
    expect(decodeCbor(new Uint8Array(encode(value))).value).toEqual(value);
  });
  test('indefinite-length arrays and maps, simple values, byte strings', () => {
    const bytes = new Uint8Array([0x9f, 0x01, 0xbf, 0x61, 0x6b, 0xf5, 0xff, 0xf6, 0x42, 9, 8, 0xff]);
    expect(decodeCbor(bytes).value).toEqual([1, { k: true }, null, new Uint8Array([9, 8])]);
  });
  test('refuses what it cannot read, saying where', () => {
    expect(() => decodeCbor(new Uint8Array([0xc1]))).toThrow(/major type 6 at byte 0/);
    expect(() => decodeCbor(new Uint8Array([0x82, 0x01]))).toThrow(/ends early at byte 2/);
  });
});

describe('Pagefind files', () => {
  test('the entry file names one language, whose hash names the meta file', () => {
    expect(entryLanguage({ languages: { zxx: { hash: 'zxx_7bcc' } } })).toBe('zxx_7bcc');
    expect(() => entryLanguage({ languages: { en: { hash: 'en_1' }, zxx: { hash: 'zxx_2' } } })).toThrow(
      /expected one language, found en_1, zxx_2/,
    );
    expect(() => entryLanguage({ languages: {} })).toThrow(/found none/);
  });

  test('a file without the signature is named in the error', () => {
    expect(() => pagefindCbor('index/x.pf_index', new Uint8Array([1, 2, 3]))).toThrow(
      /index\/x.pf_index: not a Pagefind file/,
    );
  });

  test('the meta file: pages with word counts and fragment groups, chunk ranges', () => {
    const meta = readMeta(
      'm',
      pagefindCbor(
        'm',
        file([
          '1.6.0',
          [
            ['zxx_a', 12, ''],
            ['zxx_b', 40, 'zxx_g'],
          ],
          [['0', '专业', 'zxx_c1']],
          [],
          [],
          [],
        ]),
      ),
    );
    expect(meta).toEqual({
      version: '1.6.0',
      pages: [
        { hash: 'zxx_a', words: 12, group: '' },
        { hash: 'zxx_b', words: 40, group: 'zxx_g' },
      ],
      chunks: [{ from: '0', to: '专业', hash: 'zxx_c1' }],
    });
    expect(() => readMeta('m', ['1.6.0', [['zxx_a', 'many']], []])).toThrow(/m page 0: expected a number/);
  });

  test('a chunk: page numbers as gaps; locations as gaps, restarted by each weight', () => {
    // 现代 on page 3 at 290, 1799, 1862 (weight 24), then at 5 and 7 (weight 72); on page 3 + 2 at 0.
    const chunk = readChunk('c', [
      [
        [
          '现代',
          [
            [3, [-25, 290, 1509, 63, -73, 5, 2], []],
            [2, [-25, 0], []],
          ],
          [],
        ],
      ],
    ]);
    expect([...(chunk.get('现代') ?? [])]).toEqual([
      [3, [5, 7, 290, 1799, 1862]],
      [5, [0]],
    ]);
  });
});

describe('finding words', () => {
  const chunks = [
    { from: '0', to: '专业', hash: 'a' },
    { from: '专人', to: '现代', hash: 'b' },
    { from: '现场', to: '𠀀x', hash: 'c' },
  ];
  test('orders words by code point, as Pagefind does (an astral character after every BMP one)', () => {
    expect(compareWords('现代', '现场')).toBeLessThan(0);
    expect(compareWords('\uffff', '𠀀')).toBeLessThan(0);
    expect('\uffff' < '𠀀').toBe(false); // what plain string order would say
    expect(compareWords('现', '现代')).toBeLessThan(0);
  });
  test('a word is in the chunk whose range holds it; a prefix, in every chunk it may reach', () => {
    expect(chunksFor(chunks, '专业', false).map((c) => c.hash)).toEqual(['a']);
    expect(chunksFor(chunks, '现', true).map((c) => c.hash)).toEqual(['b', 'c']);
    expect(chunksFor(chunks, '现', false).map((c) => c.hash)).toEqual(['b']);
  });
  test('a chunk holds the words from its start to the next chunk’s: one chunk for a word', () => {
    // Pagefind cut the bounds short: this chunk's last word is 现代化, its `to` 现; the next starts at 现任.
    const cut = [
      { from: '校专', to: '现', hash: 'a' },
      { from: '现任', to: '的', hash: 'b' },
    ];
    expect(chunksFor(cut, '现代化', false).map((c) => c.hash)).toEqual(['a']);
    expect(chunksFor(cut, '现任', false).map((c) => c.hash)).toEqual(['b']);
    expect(chunksFor(cut, '现', true).map((c) => c.hash)).toEqual(['a', 'b']);
    expect(chunksFor(cut, '校', true).map((c) => c.hash)).toEqual(['a']);
    expect(chunksFor(cut, '专', false).map((c) => c.hash)).toEqual([]);
    expect(chunksFor(cut, '甲', false).map((c) => c.hash)).toEqual(['b']);
  });
  test('lookup merges the words a prefix starts, positions in order', () => {
    const b = new Map([
      ['现代', new Map([[1, [4, 9]]])],
      [
        '现金',
        new Map([
          [1, [6]],
          [2, [0]],
        ]),
      ],
      ['理论', new Map([[1, [1]]])],
    ]);
    expect([...lookup([b], '现', true)]).toEqual([
      [1, [4, 6, 9]],
      [2, [0]],
    ]);
    expect([...lookup([b], '现代', false)]).toEqual([[1, [4, 9]]]);
    expect([...lookup([b], '现场', false)]).toEqual([]);
  });
});
