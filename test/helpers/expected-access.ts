import type { ProfileType, Role } from '../../src/domain/permissions/roles.ts'

/**
 * SPEC "Permissions", written out as literal tables for the access tests, independently of the
 * role table in the code: a wrong entry there must fail a test here, not move its expectation.
 */
export const ROLE_NAMES: Role[] = [
  'GENERAL_SYSTEM_ADMINISTRATOR',
  'CATALOG_ADMINISTRATOR',
  'ACQUISITIONS_ADMINISTRATOR',
  'CATALOG_MANAGER',
  'REPOSITORY_ADMINISTRATOR',
  'DIGITAL_CATALOG_MANAGER',
  'PURCHASING_MANAGER',
  'PURCHASING_OPERATOR',
]

export const PROFILE_TYPE_NAMES: ProfileType[] = ['REPOSITORY', 'NEW_ORDER', 'UPDATE_INVENTORY', 'AUTHORITY', 'DIGITAL']

const ALL: ProfileType[] = ['REPOSITORY', 'NEW_ORDER', 'UPDATE_INVENTORY', 'AUTHORITY', 'DIGITAL']

/**
 * "Create/edit profiles: Catalog Administrator (all types), Acquisitions Administrator (NEW_ORDER,
 * UPDATE_INVENTORY), General System Administrator (all, plus integration profiles)."
 */
export const MANAGES: Record<Role, ProfileType[]> = {
  GENERAL_SYSTEM_ADMINISTRATOR: ALL,
  CATALOG_ADMINISTRATOR: ALL,
  ACQUISITIONS_ADMINISTRATOR: ['NEW_ORDER', 'UPDATE_INVENTORY'],
  CATALOG_MANAGER: [],
  REPOSITORY_ADMINISTRATOR: [],
  DIGITAL_CATALOG_MANAGER: [],
  PURCHASING_MANAGER: [],
  PURCHASING_OPERATOR: [],
}

/**
 * "Run and monitor: NEW_ORDER / UPDATE_INVENTORY — Purchasing Operator/Manager; REPOSITORY /
 * AUTHORITY / DIGITAL — Catalog Manager, Repository Administrator, Digital Catalog Manager; Catalog
 * Administrator and General System Administrator — all types; Acquisitions Administrator —
 * NEW_ORDER / UPDATE_INVENTORY."
 */
export const RUNS_AND_MONITORS: Record<Role, ProfileType[]> = {
  GENERAL_SYSTEM_ADMINISTRATOR: ALL,
  CATALOG_ADMINISTRATOR: ALL,
  ACQUISITIONS_ADMINISTRATOR: ['NEW_ORDER', 'UPDATE_INVENTORY'],
  CATALOG_MANAGER: ['REPOSITORY', 'AUTHORITY', 'DIGITAL'],
  REPOSITORY_ADMINISTRATOR: ['REPOSITORY', 'AUTHORITY', 'DIGITAL'],
  DIGITAL_CATALOG_MANAGER: ['REPOSITORY', 'AUTHORITY', 'DIGITAL'],
  PURCHASING_MANAGER: ['NEW_ORDER', 'UPDATE_INVENTORY'],
  PURCHASING_OPERATOR: ['NEW_ORDER', 'UPDATE_INVENTORY'],
}

/** What a route needs of the caller: to manage profiles of the type, or to run or monitor them. */
export type Need = 'manage' | 'run' | 'monitor'

/** Whether a caller with `role` may do `need` on a profile (or a job of a profile) of `type`. */
export function allowed(role: Role, need: Need, type: ProfileType): boolean {
  // Whoever manages a type may also see its profiles; in the SPEC's table they all run it too.
  if (need === 'manage') return MANAGES[role].includes(type)
  if (need === 'run') return RUNS_AND_MONITORS[role].includes(type)
  return RUNS_AND_MONITORS[role].includes(type) || MANAGES[role].includes(type)
}

/**
 * "Institution configuration: libraries, locations, item policies, material types — General System
 * Administrator and Catalog Administrator; vendors and funds — General System Administrator and
 * Acquisitions Administrator." Every user of the institution reads them (staff pick from them).
 */
export const WRITES_CATALOG_CONFIGURATION: Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR']
export const WRITES_ACQUISITIONS_CONFIGURATION: Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR']
/** The institution's own settings (its time zone) are the General System Administrator's. */
export const WRITES_INSTITUTION: Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR']
/** Routes outside profiles that every authenticated user may read, whatever their roles. */
export const READABLE_BY_EVERY_USER = ['/v1/inventory-presets']

/**
 * "Institution configuration: … integration profiles, mappings and partners — General System
 * Administrator." Borrowing requests and harvest jobs, which only integration profiles produce, are
 * read by the same role (the SPEC names no other).
 */
export const CONFIGURES_RESOURCE_SHARING: Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR']
