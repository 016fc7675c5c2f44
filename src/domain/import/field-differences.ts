import { isControlField, type Field, type MarcRecord } from '../../marc/record.ts'

/** One tag whose fields are not the same in two records, each side's fields as text. */
export interface TagDifference {
  tag: string
  incoming: string[]
  candidate: string[]
}

/** A field as staff read it: `value` for control fields, `10 $a Title / $c Author.` for data fields. */
export function fieldText(field: Field): string {
  if (isControlField(field)) return field.value
  return `${field.ind1}${field.ind2} ${field.subfields.map((subfield) => `$${subfield.code} ${subfield.value}`).join(' ')}`
}

function byTag(record: MarcRecord): Map<string, string[]> {
  const tags = new Map<string, string[]>()
  for (const field of record.fields) tags.set(field.tag, [...(tags.get(field.tag) ?? []), fieldText(field)])
  return tags
}

/**
 * The tags whose fields differ between an incoming record and a repository record, in tag order:
 * a tag differs when one side has a field the other has not (order within a tag does not count).
 * What a person compares to choose a candidate of an import issue.
 */
export function fieldDifferences(incoming: MarcRecord, candidate: MarcRecord): TagDifference[] {
  const left = byTag(incoming)
  const right = byTag(candidate)
  const tags = [...new Set([...left.keys(), ...right.keys()])].sort()
  const differences: TagDifference[] = []
  for (const tag of tags) {
    const a = left.get(tag) ?? []
    const b = right.get(tag) ?? []
    const sortedB = [...b].sort()
    const same = a.length === b.length && [...a].sort().every((text, i) => text === sortedB[i])
    if (!same) differences.push({ tag, incoming: a, candidate: b })
  }
  return differences
}
