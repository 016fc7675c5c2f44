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

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { at: value[0], id: value[1] }
    }
  } catch {
    // fall through to the one error below
  }
  throw new AppError('VALIDATION_FAILED', 'cursor is not one this API gave out', {
    errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
  })
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
  return { rows: page, nextCursor: Buffer.from(JSON.stringify([last.cursor_at, last.id])).toString('base64url') }
}

/** Pagination in the order of a numeric id (event ids, MMS IDs): the cursor is the last id seen. */
export function decodeIdCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  const id = Number(Buffer.from(cursor, 'base64url').toString())
  if (!Number.isSafeInteger(id) || id < 0) {
    throw new AppError('VALIDATION_FAILED', 'cursor is not one this API gave out', {
      errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
    })
  }
  return id
}

/** Rows were fetched with `limit + 1` in id order: the extra row only says there is a next page. */
export function toIdPage<Row>(rows: Row[], limit: number, idOf: (row: Row) => number): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null }
  const page = rows.slice(0, limit)
  return { rows: page, nextCursor: Buffer.from(String(idOf(page[page.length - 1] as Row))).toString('base64url') }
}
