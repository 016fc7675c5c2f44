import type { FieldMapping } from '../inventory/mapping.ts'
import type { PresetName } from '../inventory/presets.ts'
import type { MatchPolicy, MergeRule } from '../matching/policy.ts'
import type { ProfileType } from '../permissions/roles.ts'

/** An import profile: a saved recipe for turning an upload into repository changes (SPEC "Concepts"). */
export const SOURCE_FORMATS = ['AUTO', 'ISO2709', 'MARCXML', 'MARC_JSON'] as const
export type SourceFormat = (typeof SOURCE_FORMATS)[number]

export const PROTOCOLS = ['UPLOAD', 'FTP'] as const
export type Protocol = (typeof PROTOCOLS)[number]

export const INVENTORY_TYPES = ['NONE', 'PHYSICAL', 'ELECTRONIC'] as const
export type InventoryMappingType = (typeof INVENTORY_TYPES)[number]

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const DEFAULT_SPLIT_SIZE = 50
export const MAX_SPLIT_SIZE = 10_000

export interface FtpSettings {
  host: string
  port: number
  username: string
  directory: string
  filePattern: string
  secure: boolean
}

export type Schedule = { kind: 'NONE' } | { kind: 'DAILY'; time: string } | { kind: 'WEEKLY'; weekday: Weekday; time: string }

export const PO_GROUPINGS = ['PER_RECORD', 'PER_FILE', 'PER_INVOICE'] as const
export type PoGrouping = (typeof PO_GROUPINGS)[number]
export const UPDATE_INVENTORY_LOOKUPS = ['PO_LINE_NUMBER', 'VENDOR_REFERENCE'] as const
export type UpdateInventoryLookup = (typeof UPDATE_INVENTORY_LOOKUPS)[number]
export type BarcodePolicy = { kind: 'NONE' } | { kind: 'GENERATE'; prefix: string }

/**
 * What a profile creates beside the record (issue 15): the inventory type, the default library and
 * location, and for embedded order data the mapping (a preset's, or one of its own that wins), the
 * default fund, how fund codes compare, barcodes for items without one, how PO lines group into
 * purchase orders, and how UPDATE_INVENTORY finds a PO line.
 */
export interface InventoryMapping {
  type: InventoryMappingType
  library: string | null
  location: string | null
  preset: PresetName | null
  mapping: FieldMapping | null
  defaultFund: string | null
  fundCodesCaseInsensitive: boolean
  barcode: BarcodePolicy
  poGrouping: PoGrouping
  updateInventoryLookup: UpdateInventoryLookup
}

/** The inventory settings with every field absent from `given` (older profiles, partial input) at its default. */
export function inventorySettings(given: Partial<InventoryMapping> | undefined, profileType: ProfileType): InventoryMapping {
  return {
    type: given?.type ?? (profileType === 'NEW_ORDER' ? 'PHYSICAL' : 'NONE'),
    library: given?.library ?? null,
    location: given?.location ?? null,
    preset: given?.preset ?? null,
    mapping: given?.mapping ?? null,
    defaultFund: given?.defaultFund ?? null,
    fundCodesCaseInsensitive: given?.fundCodesCaseInsensitive ?? false,
    barcode: given?.barcode ?? { kind: 'NONE' },
    poGrouping: given?.poGrouping ?? 'PER_RECORD',
    updateInventoryLookup: given?.updateInventoryLookup ?? 'PO_LINE_NUMBER',
  }
}

export interface ProfileRules {
  type: ProfileType
  protocol: Protocol
  ftp: FtpSettings | null
  hasFtpPassword: boolean
  match: MatchPolicy
  merge: MergeRule
  splitSize: number
  inventory: InventoryMapping
  schedule: Schedule
}

export interface RuleViolation {
  field: string
  message: string
}

/**
 * Combinations the schema alone cannot rule out. Each says what is wrong in the profile's terms so
 * an administrator can fix it without reading our code.
 */
export function profileViolations(profile: ProfileRules): RuleViolation[] {
  const violations: RuleViolation[] = []
  if (profile.protocol === 'FTP') {
    if (profile.ftp === null) violations.push({ field: 'ftp', message: 'is required when protocol is FTP' })
    else if (!profile.hasFtpPassword) violations.push({ field: 'ftp.password', message: 'is required when protocol is FTP' })
  }
  if (profile.protocol === 'UPLOAD') {
    if (profile.ftp !== null) violations.push({ field: 'ftp', message: 'is only allowed when protocol is FTP' })
    if (profile.schedule.kind !== 'NONE') {
      violations.push({ field: 'schedule', message: 'only FTP profiles can be scheduled; uploads start when a file arrives' })
    }
  }
  const { match } = profile
  if (match.method === 'NONE' || match.method === 'SYSTEM_ID') {
    if (match.matchCancelledNumbers) {
      violations.push({ field: 'match.matchCancelledNumbers', message: `has no meaning for match method ${match.method}` })
    }
  }
  if (match.method === 'NONE' && match.allowDeletes) {
    violations.push({ field: 'match.allowDeletes', message: 'needs a match method: a delete removes the matched record' })
  }
  if (profile.type === 'AUTHORITY' && (match.method === 'ISBN' || match.method === 'ISSN' || match.method === 'OCLC')) {
    violations.push({ field: 'match.method', message: `authority records carry no ${match.method}; use SYSTEM_ID or NONE` })
  }
  if (profile.type === 'NEW_ORDER' && profile.inventory.type === 'NONE') {
    violations.push({ field: 'inventory.type', message: 'a NEW_ORDER profile creates inventory for its order lines' })
  }
  if (profile.inventory.type === 'NONE' && (profile.inventory.library !== null || profile.inventory.location !== null)) {
    violations.push({ field: 'inventory', message: 'library and location need an inventory type' })
  }
  const tags = [...profile.merge.preservedTags]
  const overlap = profile.merge.unionTags.filter((tag) => tags.includes(tag))
  if (overlap.length > 0) {
    violations.push({ field: 'merge.unionTags', message: `${overlap.join(', ')} cannot be both preserved and unioned` })
  }
  return violations
}

/**
 * A profile as a job runs with it: written into the job when the job is created and read by every
 * step, so editing the profile later never changes a job under way (the API's Profile shape).
 */
export interface ProfileSnapshot {
  id: string
  name: string
  description: string
  type: ProfileType
  sourceFormat: SourceFormat
  protocol: Protocol
  ftp: (FtpSettings & { passwordSet: boolean }) | null
  match: MatchPolicy
  merge: { preservedTags: string[]; unionTags: string[] }
  splitSize: number
  inventory: InventoryMapping
  schedule: Schedule
  active: boolean
  restricted: boolean
  version: number
  createdAt: string
  updatedAt: string
}
