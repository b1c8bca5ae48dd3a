/**
 * The Word file of each handbook, written to `dist/handbooks/<id>.docx` at build time; the model is
 * built in `src/data/handbooks.ts` from the same content as the page, the document by
 * `src/lib/handbooks/handbook-docx.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { HANDBOOKS, type HandbookId } from '../../lib/enums.ts';
import { handbookDocx } from '../../data/handbooks.ts';
import { DOCX_TYPE } from '../templates/[id].docx.ts';

export const getStaticPaths = (() =>
  HANDBOOKS.map((id) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: HandbookId }> = async ({ props }) =>
  new Response((await handbookDocx(props.id)) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': DOCX_TYPE, 'Content-Disposition': `attachment; filename="${props.id}.docx"` },
  });
