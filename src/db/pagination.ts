import { type RawBuilder, type SqlBool, sql } from 'kysely'
import { AppError } from '../errors.ts'

/**
 * Keyset pagination, newest first, over (created_at, id). The cursor carries created_at as
 * PostgreSQL's own text so microseconds survive the round trip through JavaScript.
 */
export interface Keyset {
  at: string
  id: string
}

const invalidCursor = () =>
  new AppError('VALIDATION_FAILED', 'cursor is not one this API gave out', {
    errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
  })

/** created_at::text as PostgreSQL writes it: 2026-11-22 10:00:00.123456+00 (offset by TimeZone). */
const PG_TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::[0-5]\d){0,2}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A real moment: the values go into ::timestamptz, where 2026-02-30 or 25:00 is a server error. */
function isTimestamptz(text: string): boolean {
  const parts = PG_TIMESTAMPTZ.exec(text)
  if (parts === null) return false
  const [year, month, day, hour, minute, second, offset] = parts.slice(1).map(Number) as [number, number, number, number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offset <= 15
  )
}

/**
 * A cursor is accepted only as this API writes it (the same bytes re-encoded), with values the
 * keyset query can compare: anything else would reach SQL casts and fail there as a 500.
 */
export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalidCursor()
  const [at, id]: unknown[] = value
  if (typeof at !== 'string' || typeof id !== 'string' || !isTimestamptz(at) || !UUID.test(id) || encodeCursor(at, id) !== cursor) {
    throw invalidCursor()
  }
  return { at, id }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url')
}

/** Select this as `cursor_at` alongside the rows of a page. */
export function cursorColumn(table: string): RawBuilder<string> {
  return sql<string>`${sql.ref(`${table}.created_at`)}::text`
}

export function olderThan(table: string, keyset: Keyset): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${table}.created_at`)}, ${sql.ref(`${table}.id`)}) < (${keyset.at}::timestamptz, ${keyset.id}::uuid)`
}

/** Rows were fetched with `limit + 1`: the extra row only says there is a next page. */
export function toPage<Row extends { id: string; cursor_at: string }>(
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null }
  const page = rows.slice(0, limit)
  const last = page[page.length - 1] as Row
  return { rows: page, nextCursor: encodeCursor(last.cursor_at, last.id) }
}

/**
 * Pagination in the order of a numeric id (event ids, MMS IDs): the cursor is the last id seen,
 * accepted only as this API writes it: a cursor that decodes to nothing or to " 12" is not 0 or 12.
 */
export function decodeIdCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  const text = Buffer.from(cursor, 'base64url').toString()
  const id = Number(text)
  if (!/^(0|[1-9]\d{0,15})$/.test(text) || !Number.isSafeInteger(id) || encodeIdCursor(id) !== cursor) throw invalidCursor()
  return id
}

function encodeIdCursor(id: number): string {
  return Buffer.from(String(id)).toString('base64url')
}

/** Rows were fetched with `limit + 1` in id order: the extra row only says there is a next page. */
export function toIdPage<Row>(rows: Row[], limit: number, idOf: (row: Row) => number): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null }
  const page = rows.slice(0, limit)
  return { rows: page, nextCursor: encodeIdCursor(idOf(page[page.length - 1] as Row)) }
}
