import { type Role, ROLES } from './roles.ts'

/** Who is calling: an authenticated user of one institution, with the roles that decide what they may do. */
export interface Principal {
  userId: string
  institutionId: string
  username: string
  roles: Role[]
  apiKeyId: string
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
