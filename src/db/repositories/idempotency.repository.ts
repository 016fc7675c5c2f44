import { sql } from 'kysely'
import type { Executor } from '../database.ts'

export interface StoredResponse {
  request_hash: string
  status_code: number
  headers: Record<string, string>
  body: string
}

/** Claims the key for this request; answers the earlier claim when the key was used before. */
export async function claimIdempotencyKey(
  db: Executor,
  userId: string,
  key: string,
  requestHash: string,
): Promise<StoredResponse | null> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, request_hash: requestHash, status_code: 0, headers: '{}', body: '' })
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  if (inserted !== undefined) return null
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'headers', 'body'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow()
  return existing as StoredResponse
}

export async function completeIdempotencyKey(
  db: Executor,
  userId: string,
  key: string,
  response: { status_code: number; headers: Record<string, string>; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: response.status_code, headers: JSON.stringify(response.headers), body: response.body })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .execute()
}

/** A request that failed may be retried with the same key. */
export async function releaseIdempotencyKey(db: Executor, userId: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('status_code', '=', sql<number>`0`)
    .execute()
}
