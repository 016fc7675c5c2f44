/**
 * "1 byte", "2 bytes", "1 entry", "3 entries": a count and its noun, in every message a user reads
 * (issue 14 item 9). The plural is the noun plus s, or ies for a consonant and y; `many` for others.
 * Top-level so every layer, src/marc/ included, may use it.
 */
export function countOf(n: number, one: string, many = /[^aeiou]y$/.test(one) ? `${one.slice(0, -1)}ies` : `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
