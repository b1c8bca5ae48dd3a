/**
 * What a citation prints beside a policy that is not 现行: its status, and for a revised or repealed
 * one the document that replaced it. A policy in force gets nothing, so citations stay short.
 */
import { POLICY_STATUSES, labelOf, type PolicyStatus } from './enums.ts';

/** The note beside a citation, or undefined for a policy in force. */
export function policyStatusNote(status: PolicyStatus, replacedByTitle?: string): string | undefined {
  if (status === 'current') return undefined;
  const label = labelOf(POLICY_STATUSES, status);
  return replacedByTitle && status !== 'unverified' ? `${label}，已由《${replacedByTitle}》取代` : label;
}
