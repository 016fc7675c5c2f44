/** Matching, match decisions and merge/overlay of MARC records: pure functions, no I/O. */
export {
  DEFAULT_MATCH_POLICY,
  DEFAULT_MERGE_RULE,
  MATCH_METHODS,
  MULTI_MATCH_ACTIONS,
  NO_MATCH_ACTIONS,
  SINGLE_MATCH_ACTIONS,
  TAG_PATTERN_SOURCE,
} from './policy.ts'
export type {
  MatchMethod,
  MatchPolicy,
  MergeRule,
  MultiMatchAction,
  NoMatchAction,
  SingleMatchAction,
} from './policy.ts'
export { AUTO_RESOLUTION_RULES, NOT_IMPORTED_REASONS, OUTCOMES } from './outcome.ts'
export type { AutoResolutionRule, NotImportedReason, Outcome } from './outcome.ts'
export { KEY_KINDS, indexKeys, matchKeyId, matchKeys, matchedOn } from './keys.ts'
export type { KeyKind, MatchKey, MatchKeyOptions } from './keys.ts'
export { parseIsbn } from './isbn.ts'
export { parseIssn } from './issn.ts'
export { parseOclcNumber } from './oclc.ts'
export type { StandardNumber } from './standard-number.ts'
export {
  BRIEF_LEVEL_MAX,
  BRIEF_LEVEL_MIN,
  INVENTORY_TYPES,
  briefLevel,
  incomingFacts,
  inventoryType,
  isDeleteRequest,
  version005,
} from './record-facts.ts'
export type { IncomingFacts, InventoryType } from './record-facts.ts'
export { MAX_CANDIDATES, decide, outcomeOf } from './decide.ts'
export type { Candidate, Decision, DecisionAction, DecisionFacts } from './decide.ts'
export { mergeRecords, overlayRecord, tagMatches } from './merge.ts'
