/** Per-record outcome codes (SPEC "Import pipeline"). */
export const OUTCOMES = ['ADDED', 'MERGED', 'OVERLAID', 'DELETED', 'SKIPPED', 'NOT_IMPORTED', 'PENDING_MANUAL'] as const
export type Outcome = (typeof OUTCOMES)[number]

/**
 * Why a record was not imported. `decide` produces TOO_MANY_MATCHES, MULTI_MATCH_UNRESOLVED,
 * NEWER_VERSION_IN_REPOSITORY, BRIEF_LEVEL_LOWER, RECORD_LOCKED and DIFFERENT_INVENTORY_TYPE;
 * INVALID_RECORD comes from parsing (step 3) and INVENTORY_ERROR from applying (step 6);
 * PO_LINE_NOT_FOUND from an UPDATE_INVENTORY profile that finds no PO line for the record (issue 15,
 * the precise why kept in the record's inventory problems).
 */
export const NOT_IMPORTED_REASONS = [
  'INVALID_RECORD',
  'TOO_MANY_MATCHES',
  'MULTI_MATCH_UNRESOLVED',
  'NEWER_VERSION_IN_REPOSITORY',
  'BRIEF_LEVEL_LOWER',
  'RECORD_LOCKED',
  'DIFFERENT_INVENTORY_TYPE',
  'INVENTORY_ERROR',
  'PO_LINE_NOT_FOUND',
] as const
export type NotImportedReason = (typeof NOT_IMPORTED_REASONS)[number]

/**
 * The automatic multi-match rules, in the order they apply (SPEC step 5; seed 000's report rows
 * "Multi-matches resolved automatically, Disregard invalid/canceled system" and "…, Prefer record
 * with the same inventory type"). Alma's third rule, "Disregard CZ records", has no counterpart:
 * there is no Community Zone here.
 */
export const AUTO_RESOLUTION_RULES = ['CANCELLED_NUMBERS_DISREGARDED', 'SAME_INVENTORY_TYPE'] as const
export type AutoResolutionRule = (typeof AUTO_RESOLUTION_RULES)[number]
