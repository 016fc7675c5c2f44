import type { MatchKey } from './keys.ts'
import type { AutoResolutionRule, NotImportedReason, Outcome } from './outcome.ts'
import type { MatchPolicy } from './policy.ts'
import type { IncomingFacts, InventoryType } from './record-facts.ts'

/** More candidates than this → not imported, TOO_MANY_MATCHES (seed 000: "more than 150 matches"). */
export const MAX_CANDIDATES = 150

/**
 * A repository record found by the incoming record's keys. `version005` must be in `version005()`'s
 * normalised form; `matchedOn` is what `matchedOn()` returns for the pair.
 */
export interface Candidate {
  mmsId: string
  version005: string | null
  briefLevel: number
  inventoryType: InventoryType
  locked: boolean
  matchedOn: MatchKey[]
}

export type DecisionAction =
  | { kind: 'ADD' }
  | { kind: 'MERGE' | 'OVERLAY' | 'DELETE'; target: string }
  | { kind: 'SKIP' }
  /** `target`: the single match that stopped the import, when there was one. */
  | { kind: 'NOT_IMPORTED'; reason: NotImportedReason; target?: string }
  | { kind: 'MANUAL'; candidates: string[]; why: string }

/** What the job report counts, on every decision (SPEC "Job report", seed 000's report rows). */
export interface DecisionFacts {
  /** At least one candidate was found ("total records matched and skipped" counts matched SKIP/NOT_IMPORTED). */
  matched: boolean
  /** Several candidates were found ("multi-matches found"), including too many. */
  multiMatch: boolean
  candidateCount: number
  /** The rule that narrowed several candidates down to one ("multi-matches resolved automatically"). */
  autoResolvedBy?: AutoResolutionRule
  /** Added as new although a match existed ("newly added records that had a match"). */
  addedDespiteMatch: boolean
  /** The single match was disregarded for its inventory type ("match skipped, different inventory type"). */
  matchSkippedDifferentInventoryType: boolean
}

export type Decision = DecisionAction & DecisionFacts

/**
 * What to do with one incoming record (SPEC step 5). Pure: the caller supplies the facts and at most
 * MAX_CANDIDATES + 1 candidates. The checks apply in this order; the first that fires decides:
 *
 *  1. Method NONE: candidates are ignored — the record is unmatched by definition.
 *  2. Delete request (Ldr/05 'd') and the profile does not allow deletes → SKIP, whatever matched:
 *     adding or merging a record whose status says "deleted" would corrupt the catalog.
 *  3. More than MAX_CANDIDATES candidates → NOT_IMPORTED TOO_MANY_MATCHES.
 *  4. No candidate → delete request: SKIP (nothing to delete); else ADD or SKIP per noMatchAction.
 *  5. Several candidates → with autoResolveMultiMatch, AUTO_RESOLUTION_RULES in order, each applied
 *     only when it leaves at least one candidate (a rule never turns a multi-match into no match):
 *       a. CANCELLED_NUMBERS_DISREGARDED — drop candidates matched only on cancelled/invalid keys;
 *       b. SAME_INVENTORY_TYPE — keep candidates of the incoming record's type (not when it is NONE).
 *     Exactly one left → continue at 6 with it (autoResolvedBy = the rule that left one). Otherwise:
 *     a delete request → NOT_IMPORTED MULTI_MATCH_UNRESOLVED (never delete by guesswork, and an
 *     import issue cannot resolve to a delete); MANUAL → MANUAL with the candidates still in play;
 *     SKIP → NOT_IMPORTED MULTI_MATCH_UNRESOLVED (SPEC: "`SKIP` (not imported)").
 *  6. One match:
 *     a. skipDifferentInventoryType, and the match's type differs (neither being NONE) → the match
 *        is skipped (seed 000 "Match skipped - different inventory type") and the record is treated
 *        as unmatched: a delete request is SKIPped, noMatchAction ADD adds it (addedDespiteMatch),
 *        noMatchAction SKIP → NOT_IMPORTED DIFFERENT_INVENTORY_TYPE.
 *     b. Delete request (deletes allowed) → locked: NOT_IMPORTED RECORD_LOCKED; else DELETE.
 *        Version and brief level do not apply: they protect content from being overwritten.
 *     c. singleMatchAction ADD → ADD (addedDespiteMatch); SKIP → SKIP. The match is untouched, so
 *        none of the checks below apply.
 *     d. MERGE/OVERLAY, checked permanent reasons first, so a retry is never suggested in vain:
 *        preventOlderVersion and both 005s present and incoming older → NEWER_VERSION_IN_REPOSITORY
 *        (an equal 005 is not older); checkBriefLevel and incoming brief level lower →
 *        BRIEF_LEVEL_LOWER; match locked → RECORD_LOCKED (transient: the same file can be re-run);
 *        otherwise MERGE or OVERLAY the match.
 */
export function decide(incoming: IncomingFacts, candidates: readonly Candidate[], policy: MatchPolicy): Decision {
  const considered = policy.method === 'NONE' ? NO_CANDIDATES : candidates
  const count = considered.length
  const facts: DecisionFacts = {
    matched: count > 0,
    multiMatch: count > 1,
    candidateCount: count,
    addedDespiteMatch: false,
    matchSkippedDifferentInventoryType: false,
  }

  if (incoming.isDelete && !policy.allowDeletes) return { kind: 'SKIP', ...facts }
  if (count > MAX_CANDIDATES) return { kind: 'NOT_IMPORTED', reason: 'TOO_MANY_MATCHES', ...facts }
  if (count === 0) {
    if (incoming.isDelete || policy.noMatchAction === 'SKIP') return { kind: 'SKIP', ...facts }
    return { kind: 'ADD', ...facts }
  }

  const only = considered[0]
  if (count === 1 && only !== undefined) return decideSingleMatch(incoming, only, policy, facts)

  const resolution = policy.autoResolveMultiMatch ? autoResolve(incoming, considered) : { remaining: considered }
  const resolved = resolution.remaining[0]
  if (resolution.remaining.length === 1 && resolved !== undefined) {
    return decideSingleMatch(incoming, resolved, policy, { ...facts, autoResolvedBy: resolution.rule })
  }
  if (incoming.isDelete || policy.multiMatchAction === 'SKIP') {
    return { kind: 'NOT_IMPORTED', reason: 'MULTI_MATCH_UNRESOLVED', ...facts }
  }
  return {
    kind: 'MANUAL',
    candidates: resolution.remaining.map((candidate) => candidate.mmsId),
    why: multiMatchExplanation(count, resolution.remaining.length, policy.autoResolveMultiMatch),
    ...facts,
  }
}

const NO_CANDIDATES: readonly Candidate[] = []

function decideSingleMatch(
  incoming: IncomingFacts,
  match: Candidate,
  policy: MatchPolicy,
  facts: DecisionFacts,
): Decision {
  const target = match.mmsId
  if (policy.skipDifferentInventoryType && differentInventoryTypes(incoming.inventoryType, match.inventoryType)) {
    const skipped = { ...facts, matchSkippedDifferentInventoryType: true }
    if (incoming.isDelete) return { kind: 'SKIP', ...skipped }
    if (policy.noMatchAction === 'ADD') return { kind: 'ADD', ...skipped, addedDespiteMatch: true }
    return { kind: 'NOT_IMPORTED', reason: 'DIFFERENT_INVENTORY_TYPE', target, ...skipped }
  }

  if (incoming.isDelete) {
    if (match.locked) return { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', target, ...facts }
    return { kind: 'DELETE', target, ...facts }
  }

  const action = policy.singleMatchAction
  if (action === 'ADD') return { kind: 'ADD', ...facts, addedDespiteMatch: true }
  if (action === 'SKIP') return { kind: 'SKIP', ...facts }

  if (
    policy.preventOlderVersion &&
    incoming.version005 !== null &&
    match.version005 !== null &&
    incoming.version005 < match.version005
  ) {
    return { kind: 'NOT_IMPORTED', reason: 'NEWER_VERSION_IN_REPOSITORY', target, ...facts }
  }
  if (policy.checkBriefLevel && incoming.briefLevel < match.briefLevel) {
    return { kind: 'NOT_IMPORTED', reason: 'BRIEF_LEVEL_LOWER', target, ...facts }
  }
  if (match.locked) return { kind: 'NOT_IMPORTED', reason: 'RECORD_LOCKED', target, ...facts }
  return { kind: action, target, ...facts }
}

interface Resolution {
  remaining: readonly Candidate[]
  rule?: AutoResolutionRule
}

function autoResolve(incoming: IncomingFacts, candidates: readonly Candidate[]): Resolution {
  let remaining = candidates

  const onValidNumbers = remaining.filter((candidate) => !matchedOnlyOnCancelledNumbers(candidate))
  if (onValidNumbers.length > 0 && onValidNumbers.length < remaining.length) {
    remaining = onValidNumbers
    if (remaining.length === 1) return { remaining, rule: 'CANCELLED_NUMBERS_DISREGARDED' }
  }

  if (incoming.inventoryType !== 'NONE') {
    const sameType = remaining.filter((candidate) => candidate.inventoryType === incoming.inventoryType)
    if (sameType.length > 0 && sameType.length < remaining.length) {
      remaining = sameType
      if (remaining.length === 1) return { remaining, rule: 'SAME_INVENTORY_TYPE' }
    }
  }
  return { remaining }
}

/** A candidate with no recorded keys is kept: the rule drops only what provably matched on cancelled numbers alone. */
function matchedOnlyOnCancelledNumbers(candidate: Candidate): boolean {
  return candidate.matchedOn.length > 0 && candidate.matchedOn.every((key) => key.cancelled)
}

/** NONE (a record without inventory, or one we cannot classify) is compatible with either type. */
function differentInventoryTypes(a: InventoryType, b: InventoryType): boolean {
  return a !== 'NONE' && b !== 'NONE' && a !== b
}

function multiMatchExplanation(found: number, remaining: number, autoResolve: boolean): string {
  if (!autoResolve) return `${found} repository records match; automatic multi-match resolution is off`
  if (remaining < found) return `${found} repository records match; automatic multi-match resolution left ${remaining}`
  return `${found} repository records match; automatic multi-match resolution could not tell them apart`
}

const OUTCOME_OF_KIND = {
  ADD: 'ADDED',
  MERGE: 'MERGED',
  OVERLAY: 'OVERLAID',
  DELETE: 'DELETED',
  SKIP: 'SKIPPED',
  NOT_IMPORTED: 'NOT_IMPORTED',
  MANUAL: 'PENDING_MANUAL',
} as const satisfies Record<Decision['kind'], Outcome>

/** The outcome row a decision produces once applied. */
export function outcomeOf(decision: Decision): { outcome: Outcome; reason: NotImportedReason | null } {
  return {
    outcome: OUTCOME_OF_KIND[decision.kind],
    reason: decision.kind === 'NOT_IMPORTED' ? decision.reason : null,
  }
}
