import type { NotImportedReason, Outcome } from '../matching/index.ts'

/**
 * What a single-record import answers (SPEC "Single-record import"). The first six are the gateway
 * export's result codes (seed 001); the gateway never reports the outcomes it cannot produce
 * (deletes, skips, unreadable records), so those got codes of their own in the same style.
 */
export const SINGLE_RECORD_RESULTS = [
  'IMPORTED',
  'MERGED',
  'MULTI_MATCHES_FOUND',
  'NOT_ADDED_BRIEF',
  'NOT_ADDED_LOCKED',
  'NOT_ADDED_OLD',
  'SKIPPED',
  'DELETED',
  'NOT_ADDED_INVALID',
  'NOT_ADDED_OTHER',
] as const
export type SingleRecordResult = (typeof SINGLE_RECORD_RESULTS)[number]

type OutcomeKey = Exclude<Outcome, 'NOT_IMPORTED'> | `NOT_IMPORTED:${NotImportedReason}`

/**
 * The one table from a record's outcome (and, when not imported, its reason) to the result code.
 * Typed over every outcome and reason, so a new one does not compile until it is given a code.
 *
 * - ADDED → IMPORTED: the gateway's "successful import" of a record that was not in the zone.
 * - MERGED and OVERLAID → MERGED: the gateway's other success, "matches a single record … merged";
 *   an overlay is the profile's way of merging (the match is kept, its content replaced).
 * - Several matches, unresolved or more than MAX_CANDIDATES → MULTI_MATCHES_FOUND ("Multi matches
 *   found for this record"). With a MANUAL profile the record waits (PENDING_MANUAL) in an import
 *   issue of its one-record job, for whoever resolves issues.
 * - DIFFERENT_INVENTORY_TYPE, INVENTORY_ERROR and PO_LINE_NOT_FOUND have no gateway code: NOT_ADDED_OTHER, with the
 *   reason beside it in the answer.
 */
const RESULT_OF_OUTCOME: Readonly<Record<OutcomeKey, SingleRecordResult>> = {
  ADDED: 'IMPORTED',
  MERGED: 'MERGED',
  OVERLAID: 'MERGED',
  DELETED: 'DELETED',
  SKIPPED: 'SKIPPED',
  PENDING_MANUAL: 'MULTI_MATCHES_FOUND',
  'NOT_IMPORTED:MULTI_MATCH_UNRESOLVED': 'MULTI_MATCHES_FOUND',
  'NOT_IMPORTED:TOO_MANY_MATCHES': 'MULTI_MATCHES_FOUND',
  'NOT_IMPORTED:BRIEF_LEVEL_LOWER': 'NOT_ADDED_BRIEF',
  'NOT_IMPORTED:RECORD_LOCKED': 'NOT_ADDED_LOCKED',
  'NOT_IMPORTED:NEWER_VERSION_IN_REPOSITORY': 'NOT_ADDED_OLD',
  'NOT_IMPORTED:INVALID_RECORD': 'NOT_ADDED_INVALID',
  'NOT_IMPORTED:DIFFERENT_INVENTORY_TYPE': 'NOT_ADDED_OTHER',
  'NOT_IMPORTED:INVENTORY_ERROR': 'NOT_ADDED_OTHER',
  'NOT_IMPORTED:PO_LINE_NOT_FOUND': 'NOT_ADDED_OTHER',
}

/** The result code of one imported record's outcome row. A NOT_IMPORTED without a reason is NOT_ADDED_OTHER. */
export function singleRecordResult(outcome: Outcome, reason: NotImportedReason | null): SingleRecordResult {
  if (outcome !== 'NOT_IMPORTED') return RESULT_OF_OUTCOME[outcome]
  return reason === null ? 'NOT_ADDED_OTHER' : RESULT_OF_OUTCOME[`NOT_IMPORTED:${reason}`]
}
