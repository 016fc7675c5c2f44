/**
 * Who may do what: the one role table (SPEC "Permissions", seeds 000 and 001). Everything that
 * checks a role — the HTTP access rules, the permission-matrix test, the OpenAPI text — reads it.
 */
export const ROLES = [
  'GENERAL_SYSTEM_ADMINISTRATOR',
  'CATALOG_ADMINISTRATOR',
  'ACQUISITIONS_ADMINISTRATOR',
  'CATALOG_MANAGER',
  'REPOSITORY_ADMINISTRATOR',
  'DIGITAL_CATALOG_MANAGER',
  'PURCHASING_MANAGER',
  'PURCHASING_OPERATOR',
] as const
export type Role = (typeof ROLES)[number]

export const PROFILE_TYPES = ['REPOSITORY', 'NEW_ORDER', 'UPDATE_INVENTORY', 'AUTHORITY', 'DIGITAL'] as const
export type ProfileType = (typeof PROFILE_TYPES)[number]

const ALL_TYPES = PROFILE_TYPES
const ACQUISITIONS_TYPES: readonly ProfileType[] = ['NEW_ORDER', 'UPDATE_INVENTORY']
const CATALOG_TYPES: readonly ProfileType[] = ['REPOSITORY', 'AUTHORITY', 'DIGITAL']

/** Profile types each role may create, edit, delete and grant (seed 001: "Import profiles may only be created by…"). */
const MANAGE: Record<Role, readonly ProfileType[]> = {
  GENERAL_SYSTEM_ADMINISTRATOR: ALL_TYPES,
  CATALOG_ADMINISTRATOR: ALL_TYPES,
  ACQUISITIONS_ADMINISTRATOR: ACQUISITIONS_TYPES,
  CATALOG_MANAGER: [],
  REPOSITORY_ADMINISTRATOR: [],
  DIGITAL_CATALOG_MANAGER: [],
  PURCHASING_MANAGER: [],
  PURCHASING_OPERATOR: [],
}

/**
 * Profile types each role may run and monitor (seed 000's table). The Catalog Administrator and the
 * General System Administrator monitor all types; an Acquisitions Administrator runs what it manages.
 */
const RUN: Record<Role, readonly ProfileType[]> = {
  GENERAL_SYSTEM_ADMINISTRATOR: ALL_TYPES,
  CATALOG_ADMINISTRATOR: ALL_TYPES,
  ACQUISITIONS_ADMINISTRATOR: ACQUISITIONS_TYPES,
  CATALOG_MANAGER: CATALOG_TYPES,
  REPOSITORY_ADMINISTRATOR: CATALOG_TYPES,
  DIGITAL_CATALOG_MANAGER: CATALOG_TYPES,
  PURCHASING_MANAGER: ACQUISITIONS_TYPES,
  PURCHASING_OPERATOR: ACQUISITIONS_TYPES,
}

/** Users, roles, API keys and integration profiles are the General System Administrator's. */
export const SYSTEM_ADMIN_ROLES: readonly Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR']

/**
 * Who writes the institution configuration (SPEC "Permissions"): libraries, locations, item
 * policies and material types are the catalog side's; vendors and funds the acquisitions side's.
 * Every user of the institution reads them (staff pick from these lists).
 */
export const CATALOG_CONFIGURATION_ROLES: readonly Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR']
export const ACQUISITIONS_CONFIGURATION_ROLES: readonly Role[] = ['GENERAL_SYSTEM_ADMINISTRATOR', 'ACQUISITIONS_ADMINISTRATOR']

export type ProfileAction = 'manage' | 'run' | 'view'

export function mayOnProfileType(roles: readonly Role[], action: ProfileAction, type: ProfileType): boolean {
  return roles.some((role) => {
    if (action === 'manage') return MANAGE[role].includes(type)
    if (action === 'run') return RUN[role].includes(type)
    return MANAGE[role].includes(type) || RUN[role].includes(type)
  })
}

export function profileTypesFor(roles: readonly Role[], action: ProfileAction): ProfileType[] {
  return PROFILE_TYPES.filter((type) => mayOnProfileType(roles, action, type))
}

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role))
}

/**
 * A restricted profile (a damaging job, seeds 002/003) runs only for users holding an explicit
 * grant, whatever their role; managing it still follows the role table.
 */
export function mayRunProfile(
  roles: readonly Role[],
  profile: { type: ProfileType; restricted: boolean },
  hasGrant: boolean,
): boolean {
  return mayOnProfileType(roles, 'run', profile.type) && (!profile.restricted || hasGrant)
}
