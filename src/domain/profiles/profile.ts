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

/** How an FTP profile reaches its server: FTP (plain, or explicit FTPS with `secure`) or SFTP. */
export const FTP_TRANSPORTS = ['FTP', 'SFTP'] as const
export type FtpTransport = (typeof FTP_TRANSPORTS)[number]
/** What becomes of a file on the server once its load job has it stored. */
export const AFTER_IMPORT_ACTIONS = ['LEAVE', 'MOVE', 'DELETE'] as const
export type AfterImportAction = (typeof AFTER_IMPORT_ACTIONS)[number]

export interface FtpSettings {
  transport: FtpTransport
  host: string
  port: number
  username: string
  directory: string
  /** File names to fetch; `*` stands for zero or more characters. */
  filePatterns: string[]
  secure: boolean
  afterImport: AfterImportAction
  /** The folder a file is moved to (afterImport MOVE). */
  moveTo: string | null
}

export type Schedule = { kind: 'NONE' } | { kind: 'DAILY'; time: string } | { kind: 'WEEKLY'; weekday: Weekday; time: string }

export interface InventoryMapping {
  type: InventoryMappingType
  library: string | null
  location: string | null
}

export interface ProfileRules {
  type: ProfileType
  protocol: Protocol
  ftp: FtpSettings | null
  hasFtpPassword: boolean
  hasFtpPrivateKey: boolean
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
    else violations.push(...ftpViolations(profile.ftp, profile.hasFtpPassword, profile.hasFtpPrivateKey))
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

function ftpViolations(ftp: FtpSettings, hasPassword: boolean, hasPrivateKey: boolean): RuleViolation[] {
  const violations: RuleViolation[] = []
  if (ftp.transport === 'FTP' && !hasPassword) violations.push({ field: 'ftp.password', message: 'is required when protocol is FTP' })
  if (ftp.transport === 'SFTP' && !hasPassword && !hasPrivateKey) {
    violations.push({ field: 'ftp.password', message: 'or ftp.privateKey is required for SFTP' })
  }
  if (ftp.transport === 'FTP' && hasPrivateKey) violations.push({ field: 'ftp.privateKey', message: 'is only used by SFTP' })
  if (ftp.transport === 'SFTP' && ftp.secure) violations.push({ field: 'ftp.secure', message: 'is FTPS; SFTP is always encrypted' })
  if (ftp.afterImport === 'MOVE' && ftp.moveTo === null) violations.push({ field: 'ftp.moveTo', message: 'is required when afterImport is MOVE' })
  if (ftp.afterImport !== 'MOVE' && ftp.moveTo !== null) violations.push({ field: 'ftp.moveTo', message: 'is only used when afterImport is MOVE' })
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
  ftp: (FtpSettings & { passwordSet: boolean; privateKeySet: boolean }) | null
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
