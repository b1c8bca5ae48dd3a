/**
 * Provenance: where a statement comes from, typed at the level where it varies. The short YAML
 * keys (`paper`, `law`, `policy`, `article`) of list items resolve here, and a paper item's text is
 * checked against its claim.
 */
import { z } from 'astro/zod';
import { MIN_QUOTED, claimMismatch, findClaim, quotedSpans } from '../../data/paper-claims.ts';
import { text } from './fields.ts';

/**
 * Provenance: where a statement comes from. One shape for every collection and data file (dimension
 * list items, problems, strategies, guides; indicators and template clauses reuse it), three kinds:
 * the paper (with its section, and for a list item the claim it restates), the law or a policy (the
 * id of its entry in `src/content/policies/`, and the article), or the site's own extension.
 */
export const provenance = () =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、1. 明确育人目标"). */
      section: text(),
      /** The claim in `src/data/paper-claims.ts` an item restates (required on list items). */
      claim: text().optional(),
      /** The spans of the paper a list item quotes; the content check finds each in the paper. */
      quotes: z.array(text()).optional(),
    }),
    z.object({
      /** Drawn from the law (职业教育法). */
      kind: z.literal('law'),
      /** The id of the law's entry in the policies collection. */
      document: text(),
      /** The article, e.g. 第五十条. */
      article: text().optional(),
    }),
    z.object({
      /** Drawn from a policy document. */
      kind: z.literal('policy'),
      /** The id of the document's entry in the policies collection. */
      document: text(),
      /** The article or section, where one applies. */
      article: text().optional(),
    }),
    z.object({
      /** Developed by this site beyond what the paper says; pages label it "本站扩展". */
      kind: z.literal('extension'),
      /** Why the site extends the paper here, for editors. */
      note: text().optional(),
    }),
  ]);

/** Where a statement comes from (see `provenance()`). */
export type Provenance = z.output<ReturnType<typeof provenance>>;

/** The policies-collection id of the law, which `law:` items cite. */
export const LAW_DOCUMENT = 'vocational-education-law';

/**
 * The short keys by which a list item states its provenance in YAML. An item with none of them is
 * the site's own (本站扩展): that is the default, so most items stay plain lines.
 */
const sourceKeys = {
  /** The paper: the id of a claim in `src/data/paper-claims.ts`. */
  paper: text().optional(),
  /** The law (职业教育法): the article, e.g. 第五十条. */
  law: text().optional(),
  /** A policy: the id of its entry in the policies collection. */
  policy: text().optional(),
  /** With `policy`: the article or section. */
  article: text().optional(),
};

type SourceKeys = {
  paper?: string | undefined;
  law?: string | undefined;
  policy?: string | undefined;
  article?: string | undefined;
};

/** Turns the short keys into a provenance, checking a paper item's text against its claim. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void;
}

function resolveSource(keys: SourceKeys, checked: string, ctx: IssueSink): Provenance {
  const given = (['paper', 'law', 'policy'] as const).filter((k) => keys[k] !== undefined);
  if (given.length > 1) {
    ctx.addIssue({ code: 'custom', message: `来源只能写一种（paper、law 或 policy），这里写了 ${given.join('、')}` });
  }
  if (keys.article !== undefined && keys.policy === undefined) {
    ctx.addIssue({ code: 'custom', message: 'article 只能和 policy 一起写（法律条文写成 law: 第某条）' });
  }
  if (keys.paper !== undefined) {
    const mismatch = claimMismatch(keys.paper, checked);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['paper'], message: mismatch });
    const section = findClaim(keys.paper)?.section ?? '';
    return { kind: 'paper', section, claim: keys.paper, quotes: quotedSpans(checked) };
  }
  if (keys.law !== undefined) return { kind: 'law', document: LAW_DOCUMENT, article: keys.law };
  if (keys.policy !== undefined) {
    return { kind: 'policy', document: keys.policy, ...(keys.article ? { article: keys.article } : {}) };
  }
  return { kind: 'extension' };
}

/**
 * A list item with its provenance: a plain line (本站扩展), or `{ text, paper | law | policy }`.
 * Always parses to `{ text, source }`.
 */
export const sourcedItem = () =>
  z.union([text(), z.object({ text: text(), ...sourceKeys }).strict()]).transform((item, ctx) => {
    if (typeof item === 'string') return { text: item, source: { kind: 'extension' } as Provenance };
    const { text: line, ...keys } = item;
    return { text: line, source: resolveSource(keys, line, ctx) };
  });

/** A list item as pages get it: its text and where it comes from. */
export type SourcedItem = z.output<ReturnType<typeof sourcedItem>>;

/**
 * An object item (a concern, a cause, an action) with the same short provenance keys; `checked`
 * picks the text a paper claim must be found in. Parses to the object plus `source`.
 */
export function sourcedObject<S extends z.ZodRawShape>(shape: S, checked: (item: z.output<z.ZodObject<S>>) => string) {
  return z
    .object({ ...shape, ...sourceKeys })
    .strict()
    .transform((item, ctx) => {
      const { paper, law, policy, article, ...rest } = item as z.output<z.ZodObject<S>> & SourceKeys;
      const keys: SourceKeys = { paper, law, policy, article };
      return {
        ...(rest as unknown as z.output<z.ZodObject<S>>),
        source: resolveSource(keys, checked(item as z.output<z.ZodObject<S>>), ctx),
      };
    });
}

/** The paper's own words for an item credited to it: at least `MIN_QUOTED` characters. */
export const paperQuote = () =>
  z
    .string({ error: `标为论文的条目要写出所依据的论文原话（quote，至少 ${MIN_QUOTED} 个字）` })
    .trim()
    .min(MIN_QUOTED, { error: `论文原话（quote）至少 ${MIN_QUOTED} 个字，逐字摘自论文` });

/**
 * Where one playbook item (a step, an indicator, a task) comes from (its `document` is the title as
 * policies.md gives it; dimension list items use `provenance()` above, with the collection id), at the level where it varies: a
 * section of the paper, a policy or law (document and article, only as read in
 * `shared/source/`), or the site's own extension (pages print "本站扩展").
 */
export const playbookProvenance = () =>
  z.discriminatedUnion('kind', [
    z.object({
      /** Drawn from the paper. */
      kind: z.literal('paper'),
      /** The paper's section, as its heading reads (e.g. "三、2. 加强合作关系"). */
      section: text(),
      /** The paper's words this item rests on, verbatim (the content check finds them in the section). */
      quote: paperQuote(),
    }),
    z.object({
      /** Drawn from a law (kind `law`) or a policy document (kind `policy`). */
      kind: z.enum(['law', 'policy']),
      /** The document's title, as `shared/source/policies.md` gives it. */
      document: text(),
      /** The article, e.g. 第五十条. */
      article: text().optional(),
    }),
    z.object({
      /** The site's own addition. */
      kind: z.literal('extension'),
    }),
  ]);

/** The provenance of one item, as the schema parses it. */
export type PlaybookProvenance = z.infer<ReturnType<typeof playbookProvenance>>;
