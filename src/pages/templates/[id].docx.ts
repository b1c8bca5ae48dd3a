/**
 * The Word file of each template, written to `dist/templates/<id>.docx` at build time. The body is
 * built by `src/lib/templates/template-docx.ts`; the headers say what a server should send with it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { templates, type Template } from '../../data/content.ts';
import { templateDocx } from '../../data/templates.ts';

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const getStaticPaths = (() =>
  templates.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Template }> = async ({ props }) => {
  const bytes = await templateDocx(props.entry);
  return new Response(bytes, {
    headers: {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="${props.entry.id}.docx"`,
    },
  });
};
