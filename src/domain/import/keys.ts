import { type MatchKey, matchKeyId } from '../matching/index.ts'

/** The keys a record gains and loses between two versions; a merge usually changes none. */
export function keyDifference(before: readonly MatchKey[], after: readonly MatchKey[]): { removed: MatchKey[]; added: MatchKey[] } {
  const id = (key: MatchKey) => `${matchKeyId(key)}:${key.cancelled}`
  const old = new Set(before.map(id))
  const now = new Set(after.map(id))
  return { removed: before.filter((key) => !now.has(id(key))), added: after.filter((key) => !old.has(id(key))) }
}
