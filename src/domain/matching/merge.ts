import { isControlField, type Field, type MarcRecord } from '../../marc/record.ts'
import { TAG_PATTERN_SOURCE, type MergeRule } from './policy.ts'

/**
 * Merge and overlay of a matched repository record (SPEC step 5; seed 001 "Copy & Merge … according
 * to the … merge rule", "Copy & Overlay"). The seeds name merge rules without spelling one out;
 * Alma's stock method "Overlay all fields but local" (as Alma libraries document it) keeps the
 * existing 001 and 9XX and takes everything else from the incoming record. Ours generalises it:
 *
 * - 001 and 003 always come from the existing record: 001 is the repository's system number (the
 *   MMS ID once written) and 003 names whose number 001 is, so they travel together. The incoming
 *   001/003 (say "ocm12345"/"OCoLC") are dropped; the OCLC number belongs in 035.
 * - Tags matching `preservedTags` come from the existing record only; incoming fields with those
 *   tags are dropped, so re-loading a vendor file never piles up vendor 9XX copies. (Vendor order
 *   data in 9XX is read by the inventory step from the incoming record, not from the result.)
 * - Merge only: tags matching `unionTags` are the existing fields followed by the incoming fields
 *   not already present with the exact same indicators and subfields. Union wins over preserved
 *   when a tag matches both. Overlay ignores `unionTags`.
 * - Everything else, and the leader, comes from the incoming record (the writer recomputes the
 *   leader's length and base address). 005 is the incoming one; stamping the time of the change is
 *   the apply step's business, not a pure function's.
 *
 * The result keeps the incoming record's field order (a cataloguer's order of subject headings
 * means something: the first is the primary one) with the fields kept from the existing record
 * placed where they stood there (see insertWhereItStood), and shares field objects with its inputs
 * rather than copying them: treat records as immutable.
 * A rule is compiled once and cached by identity, so do not mutate one after use. A malformed tag
 * pattern throws a RangeError; the profile API validates patterns with TAG_PATTERN_SOURCE first.
 */
export function mergeRecords(existing: MarcRecord, incoming: MarcRecord, rule: MergeRule): MarcRecord {
  return combine(existing, incoming, compiled(rule), true)
}

/** Replace the existing record with the incoming one, keeping 001/003 and the preserved tags. */
export function overlayRecord(existing: MarcRecord, incoming: MarcRecord, rule: MergeRule): MarcRecord {
  return combine(existing, incoming, compiled(rule), false)
}

/** Whether a tag matches a pattern like '9XX' (X or x = any character). */
export function tagMatches(tag: string, pattern: string): boolean {
  if (tag.length !== 3 || pattern.length !== 3) return false
  for (let i = 0; i < 3; i++) {
    const want = pattern[i]
    if (want !== 'X' && want !== 'x' && want !== tag[i]) return false
  }
  return true
}

type Source = 'EXISTING' | 'INCOMING' | 'UNION'

interface CompiledRule {
  sourceOf(tag: string): Source
}

const TAG_PATTERN = new RegExp(TAG_PATTERN_SOURCE)
const KEEP_FROM_EXISTING: readonly string[] = ['001', '003']

/** Rules come from a profile and are reused for a whole job: compile each once. */
const compiledRules = new WeakMap<MergeRule, { merge: CompiledRule; overlay: CompiledRule }>()

function compiled(rule: MergeRule): { merge: CompiledRule; overlay: CompiledRule } {
  let entry = compiledRules.get(rule)
  if (entry === undefined) {
    for (const pattern of [...rule.preservedTags, ...rule.unionTags]) {
      if (!TAG_PATTERN.test(pattern)) throw new RangeError(`merge rule: bad tag pattern ${JSON.stringify(pattern)}`)
    }
    entry = { merge: compileRule(rule, true), overlay: compileRule(rule, false) }
    compiledRules.set(rule, entry)
  }
  return entry
}

function compileRule(rule: MergeRule, withUnion: boolean): CompiledRule {
  const preserved = [...KEEP_FROM_EXISTING, ...rule.preservedTags]
  const union = withUnion ? [...rule.unionTags] : []
  const memo = new Map<string, Source>()
  return {
    sourceOf(tag) {
      let source = memo.get(tag)
      if (source === undefined) {
        if (KEEP_FROM_EXISTING.includes(tag)) source = 'EXISTING'
        else if (union.some((pattern) => tagMatches(tag, pattern))) source = 'UNION'
        else if (preserved.some((pattern) => tagMatches(tag, pattern))) source = 'EXISTING'
        else source = 'INCOMING'
        memo.set(tag, source)
      }
      return source
    },
  }
}

function combine(
  existing: MarcRecord,
  incoming: MarcRecord,
  rules: { merge: CompiledRule; overlay: CompiledRule },
  merge: boolean,
): MarcRecord {
  const rule = merge ? rules.merge : rules.overlay
  // The incoming record's fields that the result takes, in the incoming record's order.
  const fields: Field[] = []
  const unionSeen = new Set<string>()
  for (const field of incoming.fields) {
    const source = rule.sourceOf(field.tag)
    if (source === 'EXISTING') continue
    if (source === 'UNION') {
      const content = fieldContent(field)
      if (unionSeen.has(content)) continue
      unionSeen.add(content)
    }
    fields.push(field)
  }
  // Each existing field whose content the result already holds is that field, for placing the
  // fields the existing record keeps: 001/003, preserved tags, and union fields the incoming record
  // lacks.
  const unmatched = new Map<string, Field[]>()
  for (const field of fields) {
    const content = fieldContent(field)
    const list = unmatched.get(content)
    if (list === undefined) unmatched.set(content, [field])
    else list.push(field)
  }
  const placed: Array<Field | null> = existing.fields.map((field) =>
    rule.sourceOf(field.tag) === 'EXISTING' ? null : (unmatched.get(fieldContent(field))?.shift() ?? null),
  )
  for (let index = 0; index < existing.fields.length; index++) {
    const field = existing.fields[index] as Field
    const source = rule.sourceOf(field.tag)
    if (source === 'INCOMING' || (source === 'UNION' && placed[index] !== null)) continue
    insertWhereItStood(fields, field, placed, index)
    placed[index] = field
  }
  return { leader: incoming.leader, fields }
}

/**
 * Puts a field the existing record keeps back between the neighbours it had there: after the
 * nearest field before it that the result holds, before the nearest one after it, and among what
 * the incoming record put between those two, before the first field whose tag is not lower. So a
 * record merged with its own copy comes out as it was, field for field, and a local note of a
 * record whose fields around it changed lands in tag order among them.
 */
function insertWhereItStood(fields: Field[], field: Field, placed: ReadonlyArray<Field | null>, index: number): void {
  let before: Field | null = null
  for (let i = index - 1; i >= 0 && before === null; i--) before = placed[i] ?? null
  let after: Field | null = null
  for (let i = index + 1; i < placed.length && after === null; i++) after = placed[i] ?? null
  const start = before === null ? 0 : fields.indexOf(before) + 1
  let end = after === null ? fields.length : fields.indexOf(after)
  // The incoming record swapped the two neighbours: only the one before still bounds the place.
  if (end < start) end = fields.length
  let at = start
  while (at < end && (fields[at] as Field).tag < field.tag) at++
  fields.splice(at, 0, field)
}

/** Exact content of a field for union deduplication (separators cannot occur in MARC data). */
function fieldContent(field: Field): string {
  if (isControlField(field)) return field.tag + '\u001e' + field.value
  let content = field.tag + '\u001e' + field.ind1 + field.ind2
  for (const subfield of field.subfields) content += '\u001f' + subfield.code + subfield.value
  return content
}
