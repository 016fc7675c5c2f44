import { Type } from 'typebox'
import { LEFT_ALONE_DESCRIPTIONS, LEFT_ALONE_REASONS, REVERT_OUTCOMES, REVERTED_CHANGES } from '../../domain/revert/revert.ts'
import { StringEnum } from '../schemas.ts'
import { JobStatusSchema } from './schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const count = (description: string) => Type.Integer({ minimum: 0, description })
const byName = (names: readonly string[], describe: (name: string) => string) =>
  Type.Object(Object.fromEntries(names.map((name) => [name, count(describe(name))])))

export const RevertBody = Type.Object(
  {
    label: Type.Optional(Type.String({ maxLength: 4000, description: 'A label for the revert job' })),
    notes: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false, examples: [{}, { label: 'Wrong vendor file loaded' }] },
)

const ITEM_OUTCOMES = [...REVERT_OUTCOMES, 'PENDING'] as const

export const RevertReport = Type.Object({
  jobId: Type.String({ format: 'uuid', description: 'The revert job' }),
  revertsJob: Type.String({ format: 'uuid', description: 'The import job it reverts' }),
  status: JobStatusSchema,
  final: Type.Boolean({ description: 'The revert has finished; the counters will not change' }),
  counters: Type.Object({
    recordsToRevert: count('Records the import touched that the revert planned to put back'),
    recordsPending: count('Planned records whose batch has not run (yet, or ever: a cancelled or failed revert)'),
    recordsDeleted: count('Records the import added, deleted'),
    recordsRestored: count('Records the import merged or overlaid, given their before-image back'),
    recordsUndeleted: count('Records the import deleted, brought back with their before-image'),
    recordsLeftAlone: count('Records changed since the import (or locked), left as they are: listed with why by listRevertRecords'),
  }),
  leftAloneByReason: byName(LEFT_ALONE_REASONS, (reason) => `Left alone: ${LEFT_ALONE_DESCRIPTIONS[reason as keyof typeof LEFT_ALONE_DESCRIPTIONS]}`),
  importChanges: byName(REVERTED_CHANGES, (change) => `Planned records the import had ${change.toLowerCase()}`),
})

export const RevertRecordsQuery = Type.Object(
  {
    outcome: Type.Optional(StringEnum(ITEM_OUTCOMES, { description: 'Only records with this outcome (PENDING: not decided yet)' })),
    reason: Type.Optional(StringEnum(LEFT_ALONE_REASONS, { description: 'Only records left alone for this reason' })),
    cursor: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
)

export const RevertRecord = Type.Object(
  {
    mmsId: Type.String({ description: 'The repository record (getRecord)' }),
    importChange: StringEnum(REVERTED_CHANGES, { description: 'What the reverted import did to it' }),
    outcome: StringEnum(ITEM_OUTCOMES, { description: 'What the revert did to it' }),
    reason: Nullable(StringEnum(LEFT_ALONE_REASONS, { description: 'Why it was left alone' })),
    expectedRevision: Type.Integer({ description: 'The revision the import left the record at' }),
    foundRevision: Nullable(Type.Integer({ description: 'The revision the revert found' })),
    lastChangedByJob: Nullable(Type.String({ format: 'uuid', description: 'Left alone: the job that changed it since; null for a change outside any job' })),
    explanation: Nullable(Type.String({ description: 'Left alone: why, in words' })),
  },
  {
    examples: [
      {
        mmsId: '9900000000042',
        importChange: 'MERGED',
        outcome: 'LEFT_ALONE',
        reason: 'CHANGED_SINCE',
        expectedRevision: 2,
        foundRevision: 3,
        lastChangedByJob: null,
        explanation:
          'Left alone: changed since the import (by another job or by hand) — the import left revision 2, it is at revision 3, last changed outside any job (by hand)',
      },
    ],
  },
)
