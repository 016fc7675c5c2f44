import { Type } from 'typebox'
import { MODULES, SEVERITIES, JOB_KINDS } from '../../domain/jobs/events.ts'
import { JOB_STATUSES } from '../../domain/jobs/lifecycle.ts'
import { PROFILE_TYPES } from '../../domain/permissions/roles.ts'
import { StringEnum } from '../schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const DateTime = Type.String({ format: 'date-time' })

export const JobStatusSchema = StringEnum(JOB_STATUSES, { description: 'The job\'s status code' })

export const Job = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: StringEnum(JOB_KINDS),
    name: Type.String({ description: 'The name staff recognise, e.g. "Metadata Import: <profile>"' }),
    status: JobStatusSchema,
    statusLabel: Type.String({ description: 'The status as shown to staff' }),
    profileId: Nullable(Type.String({ format: 'uuid' })),
    createdBy: Nullable(Type.String({ format: 'uuid' })),
    label: Nullable(Type.String()),
    notes: Nullable(Type.String()),
    dryRun: Type.Boolean(),
    rerunOf: Nullable(Type.String({ format: 'uuid' })),
    createdAt: DateTime,
    startedAt: Nullable(DateTime),
    endedAt: Nullable(DateTime),
    progress: Type.Object({
      percent: Type.Integer({ minimum: 0, maximum: 100, description: 'Records done of records total' }),
      recordsDone: Type.Integer(),
      recordsTotal: Type.Integer(),
      filesDone: Type.Integer(),
      filesTotal: Type.Integer(),
    }),
    counters: Type.Record(Type.String(), Type.Integer(), { description: 'Records per outcome so far' }),
    failureReason: Nullable(Type.String()),
  },
  {
    examples: [
      {
        id: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        kind: 'IMPORT',
        name: 'Metadata Import: OCLC weekly loads',
        status: 'RUNNING',
        statusLabel: 'Running',
        profileId: '0b6f2f5e-8a8e-4c0b-a1b7-59e1c0f7d2a4',
        createdBy: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11',
        label: 'November vendor load',
        notes: null,
        dryRun: false,
        rerunOf: null,
        createdAt: '2026-11-22T10:00:00.000Z',
        startedAt: '2026-11-22T10:00:01.000Z',
        endedAt: null,
        progress: { percent: 40, recordsDone: 400, recordsTotal: 1000, filesDone: 8, filesTotal: 20 },
        counters: { ADDED: 390, NOT_IMPORTED: 10 },
        failureReason: null,
      },
    ],
  },
)

export const JobListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(JobStatusSchema, { description: 'One or more statuses' })),
    group: Type.Optional(StringEnum(['running', 'history'] as const, { description: 'The running tab (unfinished) or the history tab' })),
    profileId: Type.Optional(Type.String({ format: 'uuid' })),
    profileType: Type.Optional(StringEnum(PROFILE_TYPES)),
    userId: Type.Optional(Type.String({ format: 'uuid', description: 'Who ran it' })),
    startedAfter: Type.Optional(DateTime),
    startedBefore: Type.Optional(DateTime),
    endedAfter: Type.Optional(DateTime),
    endedBefore: Type.Optional(DateTime),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
)

export const JobEventSchema = Type.Object({
  id: Type.String(),
  description: Type.String(),
  status: JobStatusSchema,
  severity: StringEnum(SEVERITIES),
  module: StringEnum(MODULES),
  createdAt: DateTime,
  createdBy: Type.String({ description: 'A user id, or "system"' }),
})

export const EventListQuery = Type.Object(
  {
    severity: Type.Optional(StringEnum(SEVERITIES)),
    module: Type.Optional(StringEnum(MODULES)),
    cursor: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
)

export const BulkFile = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  format: Type.String(),
  sizeBytes: Type.Integer(),
  recordCount: Type.Integer(),
  status: Type.String({ description: 'PENDING or DONE' }),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'Records per outcome' }),
  createdAt: DateTime,
  processedAt: Nullable(DateTime),
  processedBy: Nullable(Type.String({ description: 'The worker process (host:pid) that completed the file' })),
  problems: Type.Array(
    Type.Object({
      position: Type.Integer({ description: '1-based position of the record in the uploaded file' }),
      code: Type.String(),
      message: Type.String(),
    }),
  ),
})

export const SplitPreview = Type.Object({
  splitSize: Type.Integer(),
  totalRecords: Type.Integer(),
  totalBulkFiles: Type.Integer(),
  files: Type.Array(
    Type.Object({
      name: Type.String(),
      format: Nullable(StringEnum(['ISO2709', 'MARCXML', 'MARC_JSON'] as const)),
      records: Type.Integer(),
      invalidRecords: Type.Integer({ description: 'Records that cannot be read and would not be imported' }),
      bulkFiles: Type.Array(Type.Integer(), { description: 'Record count of each bulk file' }),
      notMarc: Nullable(Type.String({ description: 'Why the file is not MARC at all, when it is not' })),
    }),
  ),
})
