/** "1 record", "2 records", "1 batch", "3 batches": counts in event and report wording (issue 14 item 9). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
