import { ok } from './problem.ts'

interface Page<Item> {
  items: Item[]
  nextCursor: string | null
}

/**
 * Every item of a cursor-paginated list, page by page as the loop asks for them:
 * `for await (const job of paginate((cursor) => api.GET('/v1/jobs', { params: { query: { cursor, limit: 200 } } })))`.
 */
export async function* paginate<Item>(
  page: (cursor: string | undefined) => Promise<{ data?: Page<Item>; error?: unknown; response: Response }>,
): AsyncGenerator<Item, void, undefined> {
  let cursor: string | undefined
  do {
    const { items, nextCursor } = await ok(page(cursor))
    yield* items
    cursor = nextCursor ?? undefined
  } while (cursor !== undefined)
}
