import { isControlField, isDataField, type MarcRecord } from '../../marc/record.ts'
import { parseIsbn } from './isbn.ts'
import { parseIssn } from './issn.ts'
import { parseOclcNumber } from './oclc.ts'
import type { MatchMethod } from './policy.ts'
import type { StandardNumber } from './standard-number.ts'

export const KEY_KINDS = ['SYSTEM_ID', 'OCLC', 'ISBN', 'ISSN'] as const
export type KeyKind = (typeof KEY_KINDS)[number]

/**
 * One normalised identifier of a record. `cancelled` marks a cancelled or invalid number (035 $z,
 * 020 $z, 022 $y/$z, or a number in $a whose check digit is wrong); such keys match only when the
 * profile's `matchCancelledNumbers` is on, and are what the first automatic multi-match rule
 * disregards.
 */
export interface MatchKey {
  kind: KeyKind
  value: string
  cancelled: boolean
}

export interface MatchKeyOptions {
  matchCancelledNumbers: boolean
}

/** Where a standard number lives: $a, and cancelled/invalid ones in 020 $z, 022 $y (incorrect) and $z. */
interface NumberSource {
  tag: string
  kind: KeyKind
  cancelledCodes: readonly string[]
  parse: (raw: string) => StandardNumber | null
}

const ISBN_SOURCE: NumberSource = { tag: '020', kind: 'ISBN', cancelledCodes: ['z'], parse: parseIsbn }
const ISSN_SOURCE: NumberSource = { tag: '022', kind: 'ISSN', cancelledCodes: ['y', 'z'], parse: parseIssn }

/**
 * The keys an INCOMING record is looked up by, for the profile's method (SPEC step 4).
 *
 * SYSTEM_ID: the incoming 001, trimmed, is taken to be an MMS ID of this repository (Alma's "001
 * match", seed 002 "Staff upgrade bib 001 match"); it finds the repository record whose indexed
 * SYSTEM_ID key — its MMS ID, see `indexKeys` — is equal. A foreign 001 ("ocm12345") simply finds
 * nothing. OCLC reads 035 only (never 001/003), as the SPEC says.
 *
 * Each value appears once; a value present both as valid and cancelled counts as valid.
 */
export function matchKeys(record: MarcRecord, method: MatchMethod, options: MatchKeyOptions): MatchKey[] {
  const keys: MatchKey[] = []
  switch (method) {
    case 'SYSTEM_ID': {
      const id = systemId(record)
      if (id !== null) keys.push({ kind: 'SYSTEM_ID', value: id, cancelled: false })
      break
    }
    case 'OCLC':
      collectOclc(record, options.matchCancelledNumbers, keys)
      break
    case 'ISBN':
      collectStandardNumbers(record, ISBN_SOURCE, options.matchCancelledNumbers, keys)
      break
    case 'ISSN':
      collectStandardNumbers(record, ISSN_SOURCE, options.matchCancelledNumbers, keys)
      break
    case 'NONE':
      break
  }
  return keys
}

/**
 * Every key of a REPOSITORY record, of every kind, valid and cancelled, for the indexed match-key
 * table — so one `WHERE (kind, value) IN (…)` finds the candidates of a whole bulk file whatever the
 * profile's method. The SYSTEM_ID key is the record's MMS ID, which lives outside the MARC and is
 * supplied by the caller (the record's own 001 is not indexed: after an import it is the MMS ID
 * anyway, and before, it is some other system's number).
 */
export function indexKeys(record: MarcRecord, mmsId: string): MatchKey[] {
  const keys: MatchKey[] = [{ kind: 'SYSTEM_ID', value: mmsId, cancelled: false }]
  collectOclc(record, true, keys)
  collectStandardNumbers(record, ISBN_SOURCE, true, keys)
  collectStandardNumbers(record, ISSN_SOURCE, true, keys)
  return keys
}

/**
 * The keys an incoming record shares with one repository record: the `matchedOn` of a Candidate.
 * A shared key is cancelled when it is cancelled on either side (an incoming $a number found in the
 * repository record's 035 $z is a match on a cancelled number). With `matchCancelledNumbers` off
 * only valid-to-valid pairs count, so the candidate query can filter `cancelled = false`.
 * An empty result means the repository record is not a candidate.
 */
export function matchedOn(
  incoming: readonly MatchKey[],
  stored: readonly MatchKey[],
  options: MatchKeyOptions,
): MatchKey[] {
  const shared: MatchKey[] = []
  for (const key of incoming) {
    for (const other of stored) {
      if (other.kind !== key.kind || other.value !== key.value) continue
      const cancelled = key.cancelled || other.cancelled
      if (cancelled && !options.matchCancelledNumbers) continue
      addKey(shared, key.kind, key.value, cancelled)
    }
  }
  return shared
}

/** A string identity for a key (`ISBN:9780306406157`), for maps keyed by match key. */
export function matchKeyId(key: MatchKey): string {
  return key.kind + ':' + key.value
}

function systemId(record: MarcRecord): string | null {
  for (const field of record.fields) {
    if (field.tag === '001' && isControlField(field)) {
      // Keys are NFC whatever normalization the profile stores text in (issue 14).
      const id = field.value.normalize('NFC').trim()
      return id === '' ? null : id
    }
  }
  return null
}

function collectOclc(record: MarcRecord, withCancelled: boolean, keys: MatchKey[]): void {
  for (const field of record.fields) {
    if (field.tag !== '035' || !isDataField(field)) continue
    for (const subfield of field.subfields) {
      const cancelled = subfield.code === 'z'
      if (subfield.code !== 'a' && !(cancelled && withCancelled)) continue
      const number = parseOclcNumber(subfield.value)
      if (number !== null) addKey(keys, 'OCLC', number, cancelled)
    }
  }
}

/** ISBN and ISSN keys; a number in $a that fails its check digit is cancelled like one in $z. */
function collectStandardNumbers(
  record: MarcRecord,
  source: NumberSource,
  withCancelled: boolean,
  keys: MatchKey[],
): void {
  for (const field of record.fields) {
    if (field.tag !== source.tag || !isDataField(field)) continue
    for (const subfield of field.subfields) {
      const inCancelledSubfield = source.cancelledCodes.includes(subfield.code)
      if (subfield.code !== 'a' && !(inCancelledSubfield && withCancelled)) continue
      const number = source.parse(subfield.value)
      if (number === null) continue
      const cancelled = inCancelledSubfield || !number.valid
      if (cancelled && !withCancelled) continue
      addKey(keys, source.kind, number.value, cancelled)
    }
  }
}

/** Adds a key once; a valid occurrence wins over a cancelled one. Records have few keys: a scan is cheapest. */
function addKey(keys: MatchKey[], kind: KeyKind, text: string, cancelled: boolean): void {
  const value = text.normalize('NFC')
  for (let i = 0; i < keys.length; i++) {
    const existing = keys[i]
    if (existing === undefined || existing.kind !== kind || existing.value !== value) continue
    if (existing.cancelled && !cancelled) keys[i] = { kind, value, cancelled: false }
    return
  }
  keys.push({ kind, value, cancelled })
}
