/**
 * The site's one rule for numerals in Chinese text (CONTRIBUTING.md, "Numerals and spacing"):
 *
 * 1. One half-width space between an Arabic numeral and a Chinese character, on either side:
 *    "2021 年", "5000 元", "第 1 至 30 天", "30% 的". No space between a numeral and punctuation or
 *    its symbol ("30%", "（2021）").
 * 2. Money in Arabic numerals: "5000 元", not "五千元".
 *
 * Text quoted verbatim is left as published: document numbers (国发〔2005〕35号), titles in 《》,
 * quotations in “”, inline code, link targets, URLs, fenced code blocks, and the frontmatter fields
 * named in `verbatim` (a policy's `title` is its official title).
 *
 * Both functions are pure: `checkStyle` reports breaches with their line and column, `fixStyle`
 * rewrites a text so that `checkStyle` finds nothing.
 */

/** One place where a text breaks the rule. */
export interface StyleBreach {
  /** 1-based line in the text. */
  line: number;
  /** 1-based column of the offending characters. */
  column: number;
  /** What is written. */
  found: string;
  /** What the rule wants instead. */
  expected: string;
  /** Which part of the rule: spacing or numerals. */
  rule: 'spacing' | 'numerals';
}

const HAN = String.raw`\p{Script=Han}`;
/**
 * The boundary where a numeral touches a Chinese character, either way round (zero-width, so "第1至"
 * has two). A percent sign belongs to its numeral: "30%的" → "30% 的".
 */
const TOUCHING = new RegExp(String.raw`(?<=${HAN})(?=\d)|(?<=\d%?)(?=${HAN})`, 'gu');
/** Chinese-numeral money: starts with a digit word and has a power of ten (五千元, 十万元, 三百五十元). */
const CHINESE_MONEY =
  /(?:十|[一二两三四五六七八九][零一二两三四五六七八九]*[十百千万])[零一二两三四五六七八九十百千万]*元/gu;

/** Spans of a line kept verbatim: [start, end) offsets. */
function protectedSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const patterns = [
    /`[^`]*`/g, // inline code
    /\]\([^)]*\)/g, // link targets
    /https?:\/\/\S+/g, // bare URLs
    /《[^》]*》/g, // titles, as published
    /“[^”]*”/g, // quotations, verbatim
    /〔\d{4}〕\d+号/g, // document numbers
  ];
  for (const pattern of patterns) {
    for (const m of line.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const inside = (spans: [number, number][], at: number) => spans.some(([s, e]) => at >= s && at < e);

/** Parses a Chinese numeral of up to 万 (五千 → 5000, 三百五十 → 350, 十二万 → 120000). */
export function chineseNumeral(text: string): number {
  const digits: Record<string, number> = {
    零: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in digits) digit = digits[ch] ?? 0;
    else if (ch in units) {
      section += (digit || 1) * (units[ch] ?? 1);
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else throw new Error(`chineseNumeral: "${ch}" in "${text}" is not a Chinese numeral`);
  }
  return total + section + digit;
}

/** Options for a file. */
export interface StyleOptions {
  /** Frontmatter fields whose values are quoted verbatim (e.g. `['title']` for a policy). */
  verbatim?: readonly string[];
  /**
   * Nested frontmatter fields (indented, or list items) quoted verbatim: a public case's sources
   * (`title`, `issue`, `publisher`) and outcome `excerpt`s are as published, while its own
   * top-level `title` follows the rule.
   */
  verbatimNested?: readonly string[];
}

/** Line-by-line walk that skips fenced code and verbatim frontmatter fields; calls `visit` on every other line. */
function mapLines(text: string, visit: (line: string, index: number) => string, options: StyleOptions = {}): string {
  let fence: string | null = null;
  const lines = text.split('\n');
  // The frontmatter is the block between the first two `---` lines, when the text starts with one.
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const verbatim = new RegExp(`^(?:${(options.verbatim ?? []).join('|') || '(?!)'}):`);
  const nested = new RegExp(`^\\s+(?:-\\s+)?(?:${(options.verbatimNested ?? []).join('|') || '(?!)'}):`);
  return lines
    .map((line, index) => {
      if (index < frontmatterEnd && (verbatim.test(line) || nested.test(line))) return line;
      const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null;
        return line;
      }
      if (opener) {
        fence = opener;
        return line;
      }
      return visit(line, index);
    })
    .join('\n');
}

/** Every breach of the rule in `text` (a whole file: frontmatter and body), in reading order. */
export function checkStyle(text: string, options: StyleOptions = {}): StyleBreach[] {
  const breaches: StyleBreach[] = [];
  mapLines(
    text,
    (line, index) => {
      const spans = protectedSpans(line);
      for (const m of line.matchAll(CHINESE_MONEY)) {
        if (inside(spans, m.index)) continue;
        const amount = chineseNumeral(m[0].slice(0, -1));
        breaches.push({
          line: index + 1,
          column: m.index + 1,
          found: m[0],
          expected: `${amount} 元`,
          rule: 'numerals',
        });
      }
      for (const m of line.matchAll(TOUCHING)) {
        const at = m.index;
        if (inside(spans, at - 1) || inside(spans, at)) continue;
        const [a = '', b = ''] = [line[at - 1], line[at]];
        breaches.push({ line: index + 1, column: at, found: a + b, expected: `${a} ${b}`, rule: 'spacing' });
      }
      return line;
    },
    options,
  );
  return breaches.sort((x, y) => x.line - y.line || x.column - y.column);
}

/** Rewrites `text` to the rule; text that already follows it comes back unchanged. */
export function fixStyle(text: string, options: StyleOptions = {}): string {
  return mapLines(
    text,
    (line) => {
      let out = line;
      // Money first, so that "五千元" becomes "5000 元" and then needs no further spacing.
      for (let pass = 0; pass < 2; pass++) {
        const regex = pass === 0 ? CHINESE_MONEY : TOUCHING;
        let result = '';
        let last = 0;
        const spans = protectedSpans(out);
        for (const m of out.matchAll(regex)) {
          if (pass === 0) {
            if (inside(spans, m.index)) continue;
            result += `${out.slice(last, m.index)}${chineseNumeral(m[0].slice(0, -1))} 元`;
            last = m.index + m[0].length;
          } else {
            if (inside(spans, m.index - 1) || inside(spans, m.index)) continue;
            result += `${out.slice(last, m.index)} `;
            last = m.index;
          }
        }
        out = result + out.slice(last);
      }
      return out;
    },
    options,
  );
}

/**
 * The options for a content file, from its path: a policy's `title` is its official title, and a
 * case's sources and excerpts are as published, kept verbatim.
 */
export function styleOptionsFor(file: string): StyleOptions {
  if (/(^|[\\/])policies[\\/]/.test(file)) return { verbatim: ['title'] };
  if (/(^|[\\/])cases[\\/]/.test(file)) return { verbatimNested: ['title', 'issue', 'publisher', 'excerpt'] };
  return {};
}

/**
 * The rule over content files: one report per breach, `<file>:<line>: style: …`, so an editor can
 * jump to it. `npm run content:fix-style` rewrites the files.
 */
export function styleReports(files: readonly { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    checkStyle(text, styleOptionsFor(file)).map(
      (b) =>
        `${file}:${b.line}: style: “${b.found}”应写作“${b.expected}”（${b.rule === 'spacing' ? '阿拉伯数字与汉字之间加一个半角空格' : '金额用阿拉伯数字'}；npm run content:fix-style 可自动改正）`,
    ),
  );
}
