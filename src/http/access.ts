import type { Principal } from '../domain/permissions/principal.ts'
import { type ProfileAction, type Role, SYSTEM_ADMIN_ROLES } from '../domain/permissions/roles.ts'

/**
 * Every route declares who may call it, in its own `config.access`; one hook enforces it and the
 * permission-matrix test reads the same rules. `profile` rules also depend on the profile's type,
 * so the early check only asks whether the caller may do that action on any type; the service
 * checks the profile itself once it is loaded.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] }
  | { kind: 'profile'; action: ProfileAction }

export const access = {
  public: { kind: 'public' },
  authenticated: { kind: 'authenticated' },
  systemAdmin: { kind: 'roles', roles: SYSTEM_ADMIN_ROLES },
  profile: (action: ProfileAction): AccessRule => ({ kind: 'profile', action }),
} as const satisfies Record<string, AccessRule | ((action: ProfileAction) => AccessRule)>

export function describeAccess(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'No authentication.'
    case 'authenticated':
      return 'Any authenticated user.'
    case 'roles':
      return `Roles: ${rule.roles.join(', ')}.`
    case 'profile':
      return `Users whose roles may ${rule.action} profiles of the profile's type (see the role table); restricted profiles run only with a grant.`
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule
    /** POSTs that create things replay their first response for a repeated Idempotency-Key. */
    idempotent?: boolean
  }
  interface FastifyRequest {
    principal: Principal | null
  }
}
