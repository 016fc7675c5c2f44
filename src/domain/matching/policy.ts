/**
 * An import profile's match and merge policy (SPEC "Import pipeline" steps 4–5). The code lists are
 * `as const` arrays so the profile API builds its OpenAPI enums from the same source.
 */
export const MATCH_METHODS = ['SYSTEM_ID', 'OCLC', 'ISBN', 'ISSN', 'NONE'] as const
export type MatchMethod = (typeof MATCH_METHODS)[number]

export const NO_MATCH_ACTIONS = ['ADD', 'SKIP'] as const
export type NoMatchAction = (typeof NO_MATCH_ACTIONS)[number]

export const SINGLE_MATCH_ACTIONS = ['MERGE', 'OVERLAY', 'ADD', 'SKIP'] as const
export type SingleMatchAction = (typeof SINGLE_MATCH_ACTIONS)[number]

/** `SKIP` = the record is not imported, reason `MULTI_MATCH_UNRESOLVED` (SPEC step 5: "`SKIP` (not imported)"). */
export const MULTI_MATCH_ACTIONS = ['MANUAL', 'SKIP'] as const
export type MultiMatchAction = (typeof MULTI_MATCH_ACTIONS)[number]

export interface MatchPolicy {
  method: MatchMethod
  /**
   * Also match on cancelled/invalid numbers: OCLC 035 $z, ISBN 020 $z, ISSN 022 $y/$z, and numbers
   * in $a that fail their check digit. Off: only valid numbers on both sides count.
   */
  matchCancelledNumbers: boolean
  noMatchAction: NoMatchAction
  singleMatchAction: SingleMatchAction
  multiMatchAction: MultiMatchAction
  /** Apply AUTO_RESOLUTION_RULES, in order, before falling back to `multiMatchAction`. */
  autoResolveMultiMatch: boolean
  /**
   * Alma's "Do not override/merge record with an older version" (seed 000), compared on 005 only:
   * this is Alma's "Ignore Originating System" variant; we keep no originating system per record.
   */
  preventOlderVersion: boolean
  /** Do not merge/overlay a match whose brief level is higher than the incoming record's (seed 001 NOT_ADDED_BRIEF). */
  checkBriefLevel: boolean
  /** Ldr/05 = 'd' deletes the single match. Off: delete requests are skipped, never imported. */
  allowDeletes: boolean
  /**
   * Alma's "Single match - match only records with the same inventory type (electronic/physical)"
   * (seed 000). The *match* is skipped (report row "Match skipped - different inventory type"), not
   * the record: the record is then handled as unmatched — added when `noMatchAction` is `ADD`
   * (counted as "newly added records that had a match"), otherwise not imported with reason
   * `DIFFERENT_INVENTORY_TYPE`.
   */
  skipDifferentInventoryType: boolean
}

/**
 * Tag patterns are three characters, each a digit or `X` (any digit): '9XX', '59X', '035'.
 * TAG_PATTERN_SOURCE is the pattern for the profile API schema.
 */
export const TAG_PATTERN_SOURCE = '^[0-9Xx]{3}$'

export interface MergeRule {
  /** Fields kept from the existing record; the incoming record's fields with these tags are dropped. */
  preservedTags: readonly string[]
  /** Merge only: fields taken from both records, deduplicated by exact content. Overlay ignores them. */
  unionTags: readonly string[]
}

export const DEFAULT_MATCH_POLICY: Readonly<MatchPolicy> = Object.freeze({
  method: 'OCLC',
  matchCancelledNumbers: false,
  noMatchAction: 'ADD',
  singleMatchAction: 'MERGE',
  multiMatchAction: 'MANUAL',
  autoResolveMultiMatch: true,
  preventOlderVersion: false,
  checkBriefLevel: false,
  allowDeletes: false,
  skipDifferentInventoryType: false,
})

export const DEFAULT_MERGE_RULE: Readonly<MergeRule> = Object.freeze({
  preservedTags: Object.freeze(['9XX']),
  unionTags: Object.freeze(['035']),
})
