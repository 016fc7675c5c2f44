import { Type } from 'typebox'
import { RECORD_CHANGES } from '../../domain/records/changes.ts'
import { StringEnum } from '../schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

export const MarcJson = Type.Object(
  {
    leader: Type.String(),
    fields: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  },
  { description: 'The record as MARC-in-JSON' },
)

export const RepositoryRecord = Type.Object(
  {
    mmsId: Type.String({ description: 'The system id (MMS ID)' }),
    kind: Type.String(),
    version005: Nullable(Type.String({ description: 'The 005 version stamp' })),
    briefLevel: Type.Integer({ minimum: 1, maximum: 10 }),
    inventoryType: StringEnum(['PHYSICAL', 'ELECTRONIC', 'NONE'] as const),
    revision: Type.Integer({ description: 'Goes up by one on every change' }),
    lock: Nullable(Type.Object({ holder: Nullable(Type.String({ format: 'uuid' })), expiresAt: Nullable(Type.String({ format: 'date-time' })) })),
    createdByJob: Nullable(Type.String({ format: 'uuid' })),
    updatedByJob: Nullable(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    deleted: Type.Boolean(),
    change: Type.Optional(StringEnum(RECORD_CHANGES, { description: 'What the job asked about did to it' })),
    marc: MarcJson,
  },
  {
    examples: [
      {
        mmsId: '9900000000001',
        kind: 'BIBLIOGRAPHIC',
        version005: '20261101120000.0',
        briefLevel: 10,
        inventoryType: 'PHYSICAL',
        revision: 1,
        lock: null,
        createdByJob: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        updatedByJob: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        createdAt: '2026-11-22T10:00:00.000Z',
        updatedAt: '2026-11-22T10:00:00.000Z',
        deleted: false,
        marc: { leader: '00714cam a2200205 a 4500', fields: [{ '001': '12883376' }] },
      },
    ],
  },
)

export const RecordLock = Type.Object({
  mmsId: Type.String(),
  holder: Nullable(Type.String({ format: 'uuid' })),
  expiresAt: Nullable(Type.String({ format: 'date-time' })),
})

export const MmsIdParams = Type.Object({ mmsId: Type.String({ pattern: '^[0-9]{1,16}$' }) }, { additionalProperties: false })
