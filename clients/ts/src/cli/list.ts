import { Option } from 'commander'

export function limitOption(): Option {
  return new Option('--limit <n>', 'at most this many').default(20, '20').argParser((value) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new Error('--limit takes a whole number from 1')
    return n
  })
}

/** The first `limit` items of a paginated list, or all of them. */
export async function collect<Item>(items: AsyncIterable<Item>, limit: number | null): Promise<Item[]> {
  const taken: Item[] = []
  for await (const item of items) {
    if (limit !== null && taken.length >= limit) break
    taken.push(item)
  }
  return taken
}
