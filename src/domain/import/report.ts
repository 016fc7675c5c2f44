import { AUTO_RESOLUTION_RULES, NOT_IMPORTED_REASONS } from '../matching/index.ts'

/**
 * The job report's counters (SPEC "Job report"), each defined once: its name, the text staff see,
 * and (in the data layer) the predicate over a job's incoming records that selects the records
 * behind it, so every counter can be previewed, turned into a set or downloaded.
 */
export const REPORT_COUNTERS = {
  recordsProcessed: 'Records processed',
  recordsImported: 'Records imported (added, merged or overlaid)',
  recordsAdded: 'Records added as new',
  recordsMerged: 'Records merged into a match',
  recordsOverlaid: 'Records overlaid onto a match',
  recordsUnchanged: 'Records merged or overlaid into a match they left unchanged (no new revision)',
  recordsImportedWithRepairs: 'Records imported with repairs (defects mended by the reader, each recorded on the record)',
  recordsDeleted: 'Records deleted',
  recordsNotImported: 'Records not imported',
  recordsSkipped: 'Records skipped by the profile',
  recordsPendingManual: 'Records waiting for manual handling',
  multiMatchesFound: 'Multi-matches found',
  multiMatchesResolvedAutomatically: 'Multi-matches resolved automatically',
  multiMatchesResolvedManually: 'Multi-matches resolved manually',
  tooManyMatches: 'Too many matches',
  matchSkippedDifferentInventoryType: 'Match skipped, different inventory type',
  newlyAddedWithMatch: 'Newly added records that had a match',
  newerVersionInRepository: 'Records with a newer version in the repository',
  matchedAndSkipped: 'Total records matched and skipped',
  holdingsImported: 'Holdings: total imported',
  holdingsAdded: 'Holdings added',
  holdingsUpdated: 'Holdings updated',
  holdingsNotImported: 'Holdings not imported',
  itemsProcessed: 'Items processed',
  itemsImported: 'Items imported',
  itemsNotImported: 'Items not imported',
  itemsUpdated: 'Items updated (Update Inventory: barcode and item policy of the PO line\'s items)',
  portfoliosProcessed: 'Portfolios processed',
  portfoliosImported: 'Portfolios imported',
  poLinesProcessed: 'PO lines processed',
  poLinesImported: 'PO lines imported',
  poLinesInReview: 'PO lines in review',
} as const

/**
 * The inventory rows count holdings, items, portfolios and PO lines (not records): each is the sum
 * of a field of the records' inventory tally (domain/inventory/plan.ts InventoryTally); their
 * drill-down shows the records that carry at least one.
 */
export const INVENTORY_COUNTER_FIELDS = {
  holdingsImported: ['holdingsAdded', 'holdingsReused'],
  holdingsAdded: ['holdingsAdded'],
  // A holding that took new items; Update Inventory changes items, never their holding.
  holdingsUpdated: ['holdingsReused'],
  holdingsNotImported: ['holdingsNotImported'],
  itemsProcessed: ['itemsProcessed'],
  // Items created; updated ones are their own row (itemsUpdated), not imported twice over.
  itemsImported: ['itemsImported'],
  itemsNotImported: ['itemsNotImported'],
  itemsUpdated: ['itemsUpdated'],
  portfoliosProcessed: ['portfoliosProcessed'],
  portfoliosImported: ['portfoliosImported'],
  poLinesProcessed: ['poLinesProcessed'],
  poLinesImported: ['poLinesImported'],
  poLinesInReview: ['poLinesInReview'],
} as const satisfies Partial<Record<keyof typeof REPORT_COUNTERS, readonly string[]>>
export type ReportCounter = keyof typeof REPORT_COUNTERS
export const REPORT_COUNTER_NAMES = Object.keys(REPORT_COUNTERS) as ReportCounter[]

export interface JobReport {
  counters: Record<ReportCounter, number>
  notImportedByReason: Record<(typeof NOT_IMPORTED_REASONS)[number], number>
  resolvedAutomaticallyByRule: Record<(typeof AUTO_RESOLUTION_RULES)[number], number>
}

/**
 * What every report must satisfy: each processed record has exactly one outcome, so processed =
 * imported + deleted + not imported + skipped + pending manual; imported = added + merged +
 * overlaid; the reasons add up to the records not imported, the rules to the automatic resolutions.
 */
export function reportInvariantViolations(report: JobReport): string[] {
  const c = report.counters
  const problems: string[] = []
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  if (c.recordsProcessed !== c.recordsImported + c.recordsDeleted + c.recordsNotImported + c.recordsSkipped + c.recordsPendingManual) {
    problems.push('processed ≠ imported + deleted + not imported + skipped + pending manual')
  }
  if (c.recordsImported !== c.recordsAdded + c.recordsMerged + c.recordsOverlaid) problems.push('imported ≠ added + merged + overlaid')
  if (sum(Object.values(report.notImportedByReason)) !== c.recordsNotImported) problems.push('reasons ≠ not imported')
  if (sum(Object.values(report.resolvedAutomaticallyByRule)) !== c.multiMatchesResolvedAutomatically) {
    problems.push('rules ≠ resolved automatically')
  }
  return problems
}
