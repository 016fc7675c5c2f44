import { isControlField, type MarcRecord } from '../../marc/record.ts'
import { type MatchKey, matchKeys } from './keys.ts'
import type { MatchPolicy } from './policy.ts'

export const INVENTORY_TYPES = ['PHYSICAL', 'ELECTRONIC', 'NONE'] as const
export type InventoryType = (typeof INVENTORY_TYPES)[number]

/** The lowest and highest brief levels (Alma numbers brief levels 01–10, 10 the fullest). */
export const BRIEF_LEVEL_MIN = 1
export const BRIEF_LEVEL_MAX = 10

const STAMP_005 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d)\d*)?$/

/**
 * The 005 "Date and Time of Latest Transaction" (yyyymmddhhmmss.f) as a fixed-width string
 * `yyyymmddhhmmss.f`, so that plain string comparison orders versions. A missing fraction reads as
 * `.0`. A missing or malformed 005 (wrong length, impossible month/day/hour, the all-zero stamp some
 * systems write) is null: the SPEC says a missing 005 on either side disables version prevention,
 * and a stamp we cannot read is no better than a missing one.
 */
export function version005(record: MarcRecord): string | null {
  const field = firstControlField(record, '005')
  if (field === null) return null
  const parts = STAMP_005.exec(field.trim())
  if (parts === null) return null
  const [, year, month, day, hour, minute, second, tenth] = parts
  if (year === '0000') return null
  if (!inRange(month, 1, 12) || !inRange(day, 1, 31) || !inRange(hour, 0, 23)) return null
  if (!inRange(minute, 0, 59) || !inRange(second, 0, 59)) return null
  return `${year}${month}${day}${hour}${minute}${second}.${tenth ?? '0'}`
}

/**
 * Brief level 1–10 (higher = fuller) from Ldr/17 "Encoding level" (MARC 21 Bibliographic, Leader),
 * including OCLC's obsolete letter codes that legacy records still carry. The scale is Alma's (brief
 * levels 01–10, which Alma derives by configurable rules); this fixed mapping orders the MARC levels
 * by completeness:
 *
 *   10  ' ' full · 'I' full, OCLC participant
 *    9  '1' full, material not examined · 'L' full, batch-loaded (OCLC)
 *    8  '4' core
 *    7  '2' less-than-full, not examined · 'K' less-than-full, OCLC participant · 'M' less-than-full, batch (OCLC)
 *    6  '7' minimal
 *    5  '5' partial (preliminary)
 *    4  '3' abbreviated
 *    3  '8' prepublication (CIP)
 *    1  'u' unknown · 'z' not applicable · anything else, or no leader
 *
 * ' ' and 'I' share a level on purpose: both are full records, and a difference in who made them must
 * not stop an import with BRIEF_LEVEL_LOWER.
 */
export function briefLevel(record: MarcRecord): number {
  return BRIEF_LEVEL_OF_ENCODING_LEVEL[record.leader.charAt(17)] ?? BRIEF_LEVEL_MIN
}

const BRIEF_LEVEL_OF_ENCODING_LEVEL: Readonly<Record<string, number>> = {
  ' ': 10,
  I: 10,
  '1': 9,
  L: 9,
  '4': 8,
  '2': 7,
  K: 7,
  M: 7,
  '7': 6,
  '5': 5,
  '3': 4,
  '8': 3,
}

/** Ldr/06 types whose 008 carries Form of item at position 29: cartographic and visual materials. */
const FORM_OF_ITEM_AT_29: ReadonlySet<string> = new Set(['e', 'f', 'g', 'k', 'o', 'r'])

/**
 * Whether the record describes a physical or an electronic resource, from MARC alone:
 *
 * 1. ELECTRONIC when a 007 starts "cr" (computer file, remote access — 007/00 c, 007/01 r).
 * 2. Otherwise, with an 008: ELECTRONIC when its "Form of item" is 'o' (online) or 's' (electronic),
 *    else PHYSICAL. Form of item is 008/29 for maps and visual materials (Ldr/06 e f g k o r) and
 *    008/23 for everything else (books, serials, music, mixed materials, computer files — where 'q',
 *    direct electronic such as a CD-ROM, stays PHYSICAL: it is shelved like any carrier).
 * 3. Otherwise (no 008): PHYSICAL when there is any 007, else NONE — nothing says what it is.
 *
 * 856 is ignored: print records routinely link tables of contents or digitised copies.
 * For repository records Alma's inventory type is what inventory hangs off the record (holdings vs
 * portfolios); the data layer should prefer that and use this only when there is no inventory, and
 * the runner may set an incoming record's type from the profile's inventory mapping instead.
 */
export function inventoryType(record: MarcRecord): InventoryType {
  let has007 = false
  let field008: string | null = null
  for (const field of record.fields) {
    if (!isControlField(field)) continue
    if (field.tag === '007') {
      if (field.value.startsWith('cr')) return 'ELECTRONIC'
      has007 = true
    } else if (field.tag === '008' && field008 === null) {
      field008 = field.value
    }
  }
  if (field008 !== null) {
    const position = FORM_OF_ITEM_AT_29.has(record.leader.charAt(6)) ? 29 : 23
    const form = field008.charAt(position)
    return form === 'o' || form === 's' ? 'ELECTRONIC' : 'PHYSICAL'
  }
  return has007 ? 'PHYSICAL' : 'NONE'
}

/** Ldr/05 "Record status" 'd' = deleted (MARC 21 Leader). */
export function isDeleteRequest(record: MarcRecord): boolean {
  return record.leader.charAt(5) === 'd'
}

/** Everything `decide` needs to know about an incoming record; build it with `incomingFacts`. */
export interface IncomingFacts {
  version005: string | null
  briefLevel: number
  inventoryType: InventoryType
  isDelete: boolean
  keys: MatchKey[]
}

/** Everything `decide` needs to know about an incoming record. */
export function incomingFacts(
  record: MarcRecord,
  policy: Pick<MatchPolicy, 'method' | 'matchCancelledNumbers'>,
): IncomingFacts {
  return {
    version005: version005(record),
    briefLevel: briefLevel(record),
    inventoryType: inventoryType(record),
    isDelete: isDeleteRequest(record),
    keys: matchKeys(record, policy.method, policy),
  }
}

function firstControlField(record: MarcRecord, tag: string): string | null {
  for (const field of record.fields) if (field.tag === tag && isControlField(field)) return field.value
  return null
}

function inRange(digits: string | undefined, min: number, max: number): boolean {
  const value = Number(digits)
  return value >= min && value <= max
}
