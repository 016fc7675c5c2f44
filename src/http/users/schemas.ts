import { Type } from 'typebox'
import { ROLES } from '../../domain/permissions/roles.ts'
import { StringEnum } from '../schemas.ts'

export const RoleSchema = StringEnum(ROLES, { description: 'A staff role' })

export const User = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(RoleSchema),
    active: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  {
    examples: [
      {
        id: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11',
        username: 'jdoe',
        displayName: 'Jane Doe',
        roles: ['CATALOG_MANAGER'],
        active: true,
        createdAt: '2026-11-22T10:00:00.000Z',
      },
    ],
  },
)

export const NewUser = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._@-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    roles: Type.Array(RoleSchema, { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
)

export const UserChanges = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const ApiKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  prefix: Type.String({ description: 'The public part of the key, to tell keys apart' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

export const NewApiKey = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })

export const CreatedApiKey = Type.Object({
  ...ApiKey.properties,
  key: Type.String({ description: 'The secret key. Shown once: it is stored only as a hash.' }),
})
