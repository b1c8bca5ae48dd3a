import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  ByteReader,
  ByteWriter,
  compareKeys,
  encodeFragment,
  encodeMeta,
  encodeShard,
  FORMAT_VERSION,
  gunzipped,
  KINDS,
  keysFor,
  lookupIn,
  readFragment,
  readMeta,
  readShard,
  shardsFor,
  SIGNATURE,
  type Meta,
  type Postings,
} from './index-format.ts';

/** A small deterministic generator (Park–Miller), so a failing case can be run again. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const asMap = (postings: Postings) => new Map(postings.map(([page, at]) => [page, [...Array.from(at)]]));

/** Random postings: pages ascending, positions ascending and distinct. */
function randomPostings(rand: () => number, maxPages = 30): Postings {
  const out: [number, number[]][] = [];
  let page = Math.floor(rand() * 3) - 1;
  const pages = Math.floor(rand() * maxPages) + 1;
  for (let i = 0; i < pages; i++) {
    page += 1 + Math.floor(rand() * (rand() < 0.1 ? 5000 : 4));
    const positions: number[] = [];
    let p = Math.floor(rand() * 50) - 1;
    const n = 1 + Math.floor(rand() * (rand() < 0.05 ? 300 : 6));
    for (let k = 0; k < n; k++) positions.push((p += 1 + Math.floor(rand() * (rand() < 0.1 ? 100_000 : 20))));
    out.push([page, positions]);
  }
  return out;
}

const HAN = '学院企业现代学徒制育人目标互利同强齐荣𠮷𡈽';
function randomKey(rand: () => number): string {
  const pick = (s: string) => [...s][Math.floor(rand() * [...s].length)] ?? 'x';
  const kind = rand();
  if (kind < 0.5) return pick(HAN) + pick(HAN);
  if (kind < 0.7) return pick(HAN);
  return Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pick('abcxyz0123456789é')).join('');
}

describe('postings round-trip through a shard', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random shard %i: every key decodes to what was encoded', (seed) => {
    const rand = random(seed);
    const keys = [...new Set(Array.from({ length: 200 }, () => randomKey(rand)))].sort(compareKeys);
    const entries = keys.map((key) => [key, randomPostings(rand)] as const);
    const shard = readShard('s.bin', encodeShard(entries));
    expect(shard.keys).toEqual(keys);
    entries.forEach(([, postings], i) => expect(shard.postings(i)).toEqual(asMap(postings)));
  });

  test.each([
    ['page 0, position 0', [[0, [0]]]],
    ['one page, many positions', [[7, Array.from({ length: 1000 }, (_, i) => i * 3)]]],
    ['numbers past 2³¹', [[2 ** 31 + 5, [2 ** 32 - 1, 2 ** 40]]]],
    [
      'gaps of exactly one',
      [
        [1, [1, 2, 3]],
        [2, [0]],
      ],
    ],
  ] as const)('edge case: %s', (_, postings) => {
    const shard = readShard('s.bin', encodeShard([['学院', postings]]));
    expect(shard.postings(0)).toEqual(asMap(postings));
  });

  test('an empty shard and a key with no pages decode', () => {
    expect(readShard('s.bin', encodeShard([])).keys).toEqual([]);
    expect(readShard('s.bin', encodeShard([['x', []]])).postings(0)).toEqual(new Map());
  });

  test('keys of any script survive front coding (shared UTF-8 bytes split inside a character)', () => {
    // 学 (e5 ad a6) and 孩 (e5 ad a9) share two bytes: the directory stores a partial character.
    const keys = ['a', 'ab', '孩', '学', '学院', '𠮷', '𠮷野'].sort(compareKeys);
    const shard = readShard('s.bin', encodeShard(keys.map((k) => [k, [[0, [1]]]] as const)));
    expect(shard.keys).toEqual(keys);
  });

  test('the writer refuses keys out of order, pages out of order and repeated positions', () => {
    expect(() =>
      encodeShard([
        ['b', []],
        ['a', []],
      ]),
    ).toThrow(/after "b"/);
    expect(() =>
      encodeShard([
        [
          'a',
          [
            [3, [1]],
            [3, [2]],
          ],
        ],
      ]),
    ).toThrow(/page 3 after page 3/);
    expect(() => encodeShard([['a', [[3, [5, 5]]]]])).toThrow(/position 5 after 5/);
    expect(() => encodeShard([['a', [[3, []]]]])).toThrow(/no positions/);
  });
});

describe('a reader decodes only what it is asked for', () => {
  test('a corrupt key’s postings fail only when that key is read, naming the file and the key', () => {
    const bytes = encodeShard([
      ['aa', [[0, [1, 2]]]],
      ['bb', [[4, [9]]]],
    ]);
    // The last byte belongs to bb's postings: its position now claims to continue.
    const broken = bytes.slice();
    broken[broken.length - 1] = 0x80;
    const shard = readShard('shard/x.bin', broken);
    expect(shard.postings(0)).toEqual(new Map([[0, [1, 2]]]));
    expect(() => shard.postings(1)).toThrow(/shard\/x\.bin "bb"/);
  });

  test('keysFor finds a key exactly, or every key a prefix starts, by binary search', () => {
    const shard = { keys: ['学', '学徒', '学院', '孩子', 'cn', 'cnc', 'co'].sort(compareKeys) };
    const at = (key: string, prefix: boolean) => keysFor(shard, key, prefix).map((i) => shard.keys[i]);
    expect(at('学院', false)).toEqual(['学院']);
    expect(at('学', true)).toEqual(['学', '学徒', '学院']);
    expect(at('cn', true)).toEqual(['cn', 'cnc']);
    expect(at('cn', false)).toEqual(['cn']);
    expect(at('学校', false)).toEqual([]);
    expect(at('z', true)).toEqual([]);
  });

  test('lookupIn merges a prefix’s keys across shards: each position once, pages in order', () => {
    const a = readShard(
      'a',
      encodeShard([
        ['学', [[2, [5]]]],
        [
          '学徒',
          [
            [0, [1]],
            [2, [3]],
          ],
        ],
      ]),
    );
    const b = readShard(
      'b',
      encodeShard([
        [
          '学院',
          [
            [1, [7]],
            [2, [3, 9]],
          ],
        ],
      ]),
    );
    expect([...lookupIn([a, b], '学', true)]).toEqual([
      [0, [1]],
      [1, [7]],
      [2, [3, 5, 9]],
    ]);
    expect([...lookupIn([a, b], '学徒', false)]).toEqual([
      [0, [1]],
      [2, [3]],
    ]);
  });

  test('shardsFor: an exact key is in one shard; a prefix spans the run of shards its keys fall in', () => {
    const shards = [
      { from: 'a', file: '0' },
      { from: '学', file: '1' },
      { from: '学院', file: '2' },
      { from: '孩', file: '3' },
    ].sort((x, y) => compareKeys(x.from, y.from));
    const files = (key: string, prefix: boolean) => shardsFor(shards, key, prefix).map((s) => s.file);
    expect(files('学徒', false)).toEqual(['1']);
    expect(files('学院', false)).toEqual(['2']);
    expect(files('学', true)).toEqual(['1', '2']);
    expect(files('b', true)).toEqual(['0']);
  });
});

test('compareKeys orders by code point, as UTF-8 bytes sort (an astral character after the BMP)', () => {
  const keys = ['𠮷', '\uffee', '学', 'a', 'ab', ''];
  const bytes = (k: string) => [...new TextEncoder().encode(k)];
  const byBytes = [...keys].sort((x, y) => {
    const [a, b] = [bytes(x), bytes(y)];
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
  });
  expect([...keys].sort(compareKeys)).toEqual(byBytes);
});

describe('meta and fragments round-trip', () => {
  const meta: Meta = {
    build: '0123456789abcdef',
    pages: [
      { words: 0, fragment: '000000000000' },
      { words: 1716, fragment: 'a1b2c3d4e5f6' },
      { words: 2 ** 30, fragment: 'ffffffffffff' },
    ],
    shards: [
      { from: '', file: '0123456789ab' },
      { from: '学', file: 'ba9876543210' },
      { from: '𠮷', file: 'abcdefabcdef' },
    ],
  };

  test('the meta file', () => {
    expect(readMeta('meta.bin', encodeMeta(meta))).toEqual(meta);
  });

  test('a meta file refuses shards out of order and names that are not hashes', () => {
    expect(() => encodeMeta({ ...meta, shards: [...meta.shards].reverse() })).toThrow(/not after/);
    expect(() => encodeMeta({ ...meta, pages: [{ words: 1, fragment: 'xyz' }] })).toThrow(/hex digits/);
  });

  test('a fragment', () => {
    const fragment = {
      url: '/a/',
      content: '正文 "引号" \\ 换行\n',
      meta: { title: '标题' },
      filters: { type: ['case'] },
    };
    expect(readFragment('f.bin', encodeFragment(fragment))).toEqual(fragment);
  });
});

describe('a file that is not the index, of another kind or of another version fails, naming the file', () => {
  const meta = encodeMeta({ build: 'b', pages: [], shards: [] });

  test.each([
    ['another project’s file', new TextEncoder().encode('pagefind_dcd{"x":1}'), /x\.bin: not a search index file/],
    ['an empty file', new Uint8Array(0), /x\.bin: not a search index file/],
    ['a truncated file', meta.slice(0, SIGNATURE.length + 1), /x\.bin: ends early/],
  ])('%s', (_, bytes, error) => {
    expect(() => readMeta('x.bin', bytes)).toThrow(error);
  });

  test('another kind of file', () => {
    expect(() => readShard('shard/a.bin', meta)).toThrow('shard/a.bin: a meta file, expected a shard file');
    expect(() => readFragment('fragment/a.bin', meta)).toThrow(/fragment\/a\.bin: a meta file/);
  });

  test('another version', () => {
    const other = new ByteWriter()
      .bytes(new TextEncoder().encode(SIGNATURE))
      .byte(KINDS.meta)
      .varint(FORMAT_VERSION + 1)
      .finish();
    expect(() => readMeta('meta.bin', other)).toThrow(
      `meta.bin: format version ${FORMAT_VERSION + 1}; this build reads version ${FORMAT_VERSION} only`,
    );
  });

  test('bytes after the end of a meta file', () => {
    const longer = new Uint8Array([...meta, 0]);
    expect(() => readMeta('meta.bin', longer)).toThrow(/meta\.bin: bytes after the last shard/);
  });

  test('a shard whose postings do not fill the file', () => {
    const shard = encodeShard([['a', [[0, [1]]]]]);
    expect(() => readShard('s.bin', new Uint8Array([...shard, 1, 2]))).toThrow(/s\.bin: the postings take/);
  });

  test('a fragment that is not JSON', () => {
    const bytes = new ByteWriter()
      .bytes(new TextEncoder().encode(SIGNATURE))
      .byte(KINDS.fragment)
      .varint(FORMAT_VERSION)
      .bytes(new TextEncoder().encode('{"url"'))
      .finish();
    expect(() => readFragment('fragment/z.bin', bytes)).toThrow(/fragment\/z\.bin: a fragment that is not JSON/);
  });
});

test('varints round-trip up to 2⁵³ − 1, and the writer refuses what is not a non-negative integer', () => {
  const values = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER];
  const out = new ByteWriter();
  for (const v of values) out.varint(v);
  const reader = new ByteReader('v', out.finish());
  expect(values.map(() => reader.varint())).toEqual(values);
  expect(() => new ByteWriter().varint(-1)).toThrow(/non-negative/);
  expect(() => new ByteWriter().varint(1.5)).toThrow(/non-negative/);
});

test('gunzipped decompresses gzip natively and passes bytes a host already decoded', async () => {
  const bytes = encodeMeta({ build: 'b', pages: [], shards: [] });
  expect(await gunzipped(new Uint8Array(gzipSync(bytes)))).toEqual(bytes);
  expect(await gunzipped(new Uint8Array(bytes))).toEqual(bytes);
});
