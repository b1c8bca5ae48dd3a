/**
 * What the template pages and the .docx endpoint share: the words that name a clause's source and
 * the packed Word file of each template. Built once per build from the loaded collections.
 */
import { citedStatus } from './policy-status.ts';
import { Packer } from 'docx';
import { t } from '../i18n/index.ts';
import { buildTemplateDocx } from '../lib/templates/template-docx.ts';
import { SOURCE_KIND_KEYS, type SourceWords, type TemplateInput } from '../lib/templates/template-text.ts';
import { getDimension, getPolicy, type Template } from './content.ts';

/** Names a clause's source with the dictionary's words and the policy index's titles. */
export const sourceWords: SourceWords = {
  kind: {
    paper: t(SOURCE_KIND_KEYS.paper.label),
    law: t(SOURCE_KIND_KEYS.law.label),
    policy: t(SOURCE_KIND_KEYS.policy.label),
    extension: t(SOURCE_KIND_KEYS.extension.label),
  },
  paper: t('footer.paper'),
  documentTitle: (id) => getPolicy(id).data.title,
  documentStatus: citedStatus,
};

/** The template as the pure builders take it. */
export function templateInput(entry: Template): TemplateInput {
  return { id: entry.id, ...entry.data };
}

const packed = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The template's .docx, packed once per build (the page shows its size, the endpoint serves it). */
export function templateDocx(entry: Template): Promise<Uint8Array<ArrayBuffer>> {
  let bytes = packed.get(entry.id);
  if (!bytes) {
    const document = buildTemplateDocx(templateInput(entry), {
      words: sourceWords,
      dimensionNames: entry.data.dimensions.map((d) => getDimension(d.id).data.name),
    });
    bytes = Packer.toBuffer(document).then((buffer) => new Uint8Array(buffer));
    packed.set(entry.id, bytes);
  }
  return bytes;
}

/** A byte count as readers read it: 12.3 KB. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
