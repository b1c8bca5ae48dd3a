/** The status note a citation of a policy carries, as text: `（未核实）`, or nothing for a policy in force. */
import { getPolicy } from './content.ts';
import { policyStatusNote } from '../lib/policy-status.ts';

/** `（note）` for a policy that is not 现行, else the empty string. */
export function citedStatus(id: string): string {
  const { data } = getPolicy(id);
  const note = policyStatusNote(data.status, data.replacedBy ? getPolicy(data.replacedBy.id).data.title : undefined);
  return note ? `（${note}）` : '';
}
