import { type RawBuilder, sql } from 'kysely'
import { INVENTORY_COUNTER_FIELDS, type JobReport, REPORT_COUNTER_NAMES, type ReportCounter } from '../../domain/import/report.ts'
import { AUTO_RESOLUTION_RULES, NOT_IMPORTED_REASONS } from '../../domain/matching/index.ts'
import type { Executor } from '../database.ts'

const IMPORTED = sql`outcome IN ('ADDED', 'MERGED', 'OVERLAID')`
type InventoryCounter = keyof typeof INVENTORY_COUNTER_FIELDS

/** How many of the tally's fields an incoming record carries (its inventory column). */
function inventoryAmount(fields: readonly string[]): RawBuilder<number> {
  return sql<number>`${sql.join(fields.map((field) => sql`coalesce((inventory->>${field})::int, 0)`), sql` + `)}`
}
/** A warning of the record says what the reader changed to read it (RecordProblem.repair). */
export const HAS_REPAIRS = sql<boolean>`jsonb_path_exists(warnings, '$[*].repair')`

/** The incoming records behind each report counter, as a predicate over `incoming_records`. */
export const COUNTER_PREDICATES: Record<ReportCounter, RawBuilder<boolean>> = {
  recordsProcessed: sql<boolean>`true`,
  recordsImported: sql<boolean>`${IMPORTED}`,
  recordsAdded: sql<boolean>`outcome = 'ADDED'`,
  recordsMerged: sql<boolean>`outcome = 'MERGED'`,
  recordsOverlaid: sql<boolean>`outcome = 'OVERLAID'`,
  recordsUnchanged: sql<boolean>`outcome IN ('MERGED', 'OVERLAID') AND unchanged`,
  recordsImportedWithRepairs: sql<boolean>`${IMPORTED} AND ${HAS_REPAIRS}`,
  recordsDeleted: sql<boolean>`outcome = 'DELETED'`,
  recordsNotImported: sql<boolean>`outcome = 'NOT_IMPORTED'`,
  recordsSkipped: sql<boolean>`outcome = 'SKIPPED'`,
  recordsPendingManual: sql<boolean>`outcome = 'PENDING_MANUAL'`,
  multiMatchesFound: sql<boolean>`multi_match`,
  multiMatchesResolvedAutomatically: sql<boolean>`auto_resolved_by IS NOT NULL`,
  multiMatchesResolvedManually: sql<boolean>`resolved_manually IS NOT NULL`,
  tooManyMatches: sql<boolean>`reason = 'TOO_MANY_MATCHES'`,
  matchSkippedDifferentInventoryType: sql<boolean>`match_skipped_inventory`,
  newlyAddedWithMatch: sql<boolean>`added_despite_match`,
  newerVersionInRepository: sql<boolean>`reason = 'NEWER_VERSION_IN_REPOSITORY'`,
  matchedAndSkipped: sql<boolean>`matched AND outcome IN ('SKIPPED', 'NOT_IMPORTED')`,
  ...(Object.fromEntries(
    Object.entries(INVENTORY_COUNTER_FIELDS).map(([name, fields]) => [name, sql<boolean>`(${inventoryAmount(fields)}) > 0`]),
  ) as Record<InventoryCounter, RawBuilder<boolean>>),
}

/**
 * The repairs of a job's imported records (issue 14: "summed in the job's events"): how many records
 * were imported with repairs, and how many repairs of each kind they carry, kinds in code order.
 */
export async function jobRepairTotals(db: Executor, jobId: string): Promise<{ records: number; byKind: Array<{ code: string; count: number }> }> {
  const result = await sql<{ code: string; count: number; total: number }>`
    SELECT w->>'code' AS code, count(*)::int AS count,
           (SELECT count(*)::int FROM incoming_records WHERE job_id = ${jobId}::uuid AND ${IMPORTED} AND ${HAS_REPAIRS}) AS total
    FROM incoming_records r, jsonb_array_elements(r.warnings) AS w
    WHERE r.job_id = ${jobId}::uuid AND ${IMPORTED} AND w ? 'repair'
    GROUP BY w->>'code'
    ORDER BY w->>'code'
  `.execute(db)
  const rows = result.rows
  return { records: rows[0]?.total ?? 0, byKind: rows.map((row) => ({ code: row.code, count: row.count })) }
}

/** Every counter of a job in one pass over its incoming records. */
export async function jobReport(db: Executor, jobId: string): Promise<JobReport> {
  const columns = [
    ...REPORT_COUNTER_NAMES.map((name) => {
      const fields = (INVENTORY_COUNTER_FIELDS as Partial<Record<ReportCounter, readonly string[]>>)[name]
      return fields === undefined
        ? sql`count(*) FILTER (WHERE ${COUNTER_PREDICATES[name]}) AS ${sql.ref(name)}`
        : sql`coalesce(sum(${inventoryAmount(fields)}), 0) AS ${sql.ref(name)}`
    }),
    ...NOT_IMPORTED_REASONS.map((reason) => sql`count(*) FILTER (WHERE reason = ${reason}) AS ${sql.ref(`reason:${reason}`)}`),
    ...AUTO_RESOLUTION_RULES.map((rule) => sql`count(*) FILTER (WHERE auto_resolved_by = ${rule}) AS ${sql.ref(`rule:${rule}`)}`),
  ]
  const result = await sql<Record<string, number>>`
    SELECT ${sql.join(columns)} FROM incoming_records WHERE job_id = ${jobId}::uuid
  `.execute(db)
  const row = result.rows[0] ?? {}
  const value = (name: string) => Number(row[name] ?? 0)
  return {
    counters: Object.fromEntries(REPORT_COUNTER_NAMES.map((name) => [name, value(name)])) as JobReport['counters'],
    notImportedByReason: Object.fromEntries(NOT_IMPORTED_REASONS.map((r) => [r, value(`reason:${r}`)])) as JobReport['notImportedByReason'],
    resolvedAutomaticallyByRule: Object.fromEntries(AUTO_RESOLUTION_RULES.map((r) => [r, value(`rule:${r}`)])) as JobReport['resolvedAutomaticallyByRule'],
  }
}
