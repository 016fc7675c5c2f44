import type { MarcRecord } from '../../marc/record.ts'

/** A leader without Ldr/00-04 and Ldr/12-16: they describe a serialisation, recomputed on writing, not content. */
function leaderContent(leader: string): string {
  return leader.slice(5, 12) + leader.slice(17)
}

/**
 * Whether two records say the same: the same leader content and the same fields, in the same
 * order, byte for byte (issue 14: merging a record identical to the stored one changes nothing).
 */
export function sameRecord(a: MarcRecord, b: MarcRecord): boolean {
  return leaderContent(a.leader) === leaderContent(b.leader) && JSON.stringify(a.fields) === JSON.stringify(b.fields)
}
