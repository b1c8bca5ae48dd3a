import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, playbook, type CollectionName } from './lib/schemas/index.ts';

/**
 * Content lives in `src/content/<collection>/`. `CONTENT_DIR` points the build at another tree
 * (the bad-content fixtures and the synthetic-case benchmark use it).
 */
const root = process.env['CONTENT_DIR'] ?? './src/content';
const schemas = makeSchemas((collection) => reference(collection));

/** MDX and Markdown files below the collection's folder; names starting with `_` are drafts. */
const files = (name: CollectionName) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `${root}/${name}` });

export const collections = {
  dimensions: defineCollection({ loader: files('dimensions'), schema: schemas.dimensions }),
  problems: defineCollection({ loader: files('problems'), schema: schemas.problems }),
  strategies: defineCollection({ loader: files('strategies'), schema: schemas.strategies }),
  cases: defineCollection({ loader: files('cases'), schema: schemas.cases }),
  policies: defineCollection({ loader: files('policies'), schema: schemas.policies }),
  glossary: defineCollection({ loader: files('glossary'), schema: schemas.glossary }),
  guides: defineCollection({ loader: files('guides'), schema: schemas.guides }),
  templates: defineCollection({ loader: files('templates'), schema: schemas.templates }),
  /** Per-dimension steps, indicators, responsibilities and worksheet: `playbooks/<dimension id>.yaml`. */
  playbooks: defineCollection({
    loader: glob({ pattern: '[^_]*.yaml', base: `${root}/playbooks` }),
    schema: playbook,
  }),
  /** The self-assessment statements: YAML, one file per dimension (`checklists/<dimension>.yaml`). */
  checklists: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: `${root}/checklists` }),
    schema: schemas.checklists,
  }),
  /** The record of changes (更新记录): YAML, one file per change (`changes/<date>-<slug>.yaml`). */
  changes: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: `${root}/changes` }),
    schema: schemas.changes,
  }),
  /** The 多方协同体检 statements per role: YAML, one file per dimension (`review/<dimension>.yaml`). */
  review: defineCollection({ loader: glob({ pattern: '[^_]*.yaml', base: `${root}/review` }), schema: schemas.review }),
};
