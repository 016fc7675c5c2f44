import { Type } from 'typebox'
import { MODULES, SEVERITIES, JOB_KINDS } from '../../domain/jobs/events.ts'
import { JOB_STATUSES } from '../../domain/jobs/lifecycle.ts'
import { JOB_LINKS } from '../../domain/jobs/origin.ts'
import { PROFILE_TYPES } from '../../domain/permissions/roles.ts'
import { NOT_IMPORTED_REASONS } from '../../domain/matching/outcome.ts'
import { RecordProblems, StringEnum } from '../schemas.ts'

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
    revertsJob: Nullable(Type.String({ format: 'uuid', description: 'For a REVERT job: the import job it reverts' })),
    parentJobId: Nullable(Type.String({ format: 'uuid', description: 'The job this one was made from (see parentLink)' })),
    parentLink: Nullable(StringEnum(JOB_LINKS, { description: 'How it was made from it: a re-run, a revert, or the load job of an FTP fetch (FTP_LOAD_OF)' })),
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
        revertsJob: null,
        parentJobId: null,
        parentLink: null,
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
    kind: Type.Optional(Type.Array(StringEnum(JOB_KINDS), { description: 'One or more kinds of job (imports, single-record imports, reverts, …)' })),
    dryRun: Type.Optional(Type.Boolean({ description: 'Only dry runs (true) or only real runs (false)' })),
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
      code: Type.String({ description: "The record's first problem (`problems[0]`)" }),
      message: Type.String(),
      field: Nullable(Type.Integer({ description: '1-based position of the field the first problem concerns, when it concerns one' })),
      problems: RecordProblems('Every problem of the record, in record order, each with its field position'),
      warnings: RecordProblems('What the reader tolerated in the record before the problems that kept it from being read'),
    }),
    { description: 'The records that could not be read, in position order' },
  ),
  junk: Type.Array(
    Type.Object({
      after: Type.Integer({ description: 'Position of the record the bytes follow; 0: before the first record' }),
      bytes: Type.Integer({ description: 'How many bytes' }),
      code: StringEnum(['PADDING', 'TRAILING_JUNK'] as const, { description: 'PADDING: blanks, line ends, NUL, Ctrl-Z; TRAILING_JUNK: anything else (a stray record terminator, text)' }),
      message: Type.String(),
    }),
    { description: 'Bytes between or after the records (in the file\'s first bulk file also before them) that are no record: reported here, never counted as records' },
  ),
  repairs: Type.Array(
    Type.Object({
      position: Type.Integer({ description: '1-based position of the record in the uploaded file' }),
      outcome: Nullable(Type.String({ description: 'What became of the record (null before the file is processed)' })),
      repairs: Type.Array(
        Type.Object({
          code: Type.String({ description: 'The defect mended' }),
          message: Type.String(),
          field: Nullable(Type.Integer({ description: '1-based position of the field it concerns, when it concerns one' })),
          repair: Type.String({ description: 'What the reader did' }),
        }),
      ),
    }),
    { description: "The records the reader mended to read them (the profile's repairPolicy REPAIR, or mends every policy makes), each repair with its field and what was done" },
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

export const JobFileParams = Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) }, { additionalProperties: false })

export const CommitDryRunBody = Type.Object(
  {
    label: Type.Optional(Type.String({ maxLength: 4000, description: 'Defaults to the dry run\'s label' })),
    notes: Type.Optional(Type.String({ maxLength: 4000, description: 'Defaults to the dry run\'s notes' })),
  },
  { additionalProperties: false, examples: [{}, { label: 'November vendor load' }] },
)

export const RerunBody = Type.Object(
  {
    fileIds: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        minItems: 1,
        maxItems: 10_000,
        uniqueItems: true,
        description: 'Re-run only these bulk files of the job (ids from listJobFiles); absent: everything the job read',
      }),
    ),
    label: Type.Optional(Type.String({ maxLength: 4000, description: 'Defaults to the original job\'s label' })),
    notes: Type.Optional(Type.String({ maxLength: 4000, description: 'Defaults to the original job\'s notes' })),
  },
  { additionalProperties: false, examples: [{}, { fileIds: ['7d1c1d64-8f7a-4a57-9a51-0c2b1f4f3e10'] }] },
)

export const EventStreamQuery = Type.Object(
  {
    lastEventId: Type.Optional(
      Type.Integer({ minimum: 0, description: 'Resume after this event id, for clients that cannot send the Last-Event-ID header' }),
    ),
  },
  { additionalProperties: false },
)

export const EventStreamHeaders = Type.Object({
  'last-event-id': Type.Optional(
    Type.String({ pattern: '^[0-9]{1,15}$', description: 'The id of the last `log` event received; the stream resumes after it' }),
  ),
})

export const EventStream = Type.String({
  description: [
    'A `text/event-stream` (Server-Sent Events) that ends once the job reaches a finished status or Manual Handling Required. Messages:',
    '- `event: status` — `data` is the job (as getJob) when the stream opens and whenever its status, progress or counters change;',
    '- `event: log` — `data` is one event of the job\'s log (as listJobEvents), `id` is its event id: reconnect with `Last-Event-ID` to resume after it;',
    '- `event: end` — `data` is `{"status": …}`, the last message: close the connection (EventSource otherwise reconnects);',
    '- a comment line (`: heartbeat`) after 15 s without a message.',
    'Changes are read from the database about twice a second, so the stream follows jobs run by any worker process.',
  ].join('\n'),
})

export const NotImportedQuery = Type.Object(
  { reason: Type.Optional(StringEnum(NOT_IMPORTED_REASONS, { description: 'Only records not imported for this reason' })) },
  { additionalProperties: false },
)

const RECORD_COUNT_HEADERS = {
  'Content-Disposition': { type: 'string', description: 'attachment; filename="…"' },
  'X-Record-Count': { type: 'integer', description: 'Records in the body' },
} as const

export const BulkFileContent = {
  ...Type.String({
    description:
      'The bulk file in its uploaded format, records exactly as read: ISO 2709 (`application/marc`) records concatenated; MARCXML (`application/marcxml+xml`) records in a `<collection>`; MARC-in-JSON (`application/marc+json`) records in an array. Records that could not be read are included as they were.',
  }),
  headers: RECORD_COUNT_HEADERS,
}

export const NotImportedContent = {
  ...Type.String({
    description:
      'The records not imported, as ISO 2709 (`application/marc`) or MARCXML (`application/marcxml+xml`), ready to correct and upload again.',
  }),
  headers: {
    ...RECORD_COUNT_HEADERS,
    'X-Records-Not-Converted': {
      type: 'integer',
      description:
        'Records not imported that are left out because they cannot be given in the requested format: records that could not be read exist only as their original bytes (ask for the format they were uploaded in, or download the bulk file\'s content), and ISO 2709 cannot hold records over 99,999 bytes',
    },
  },
}

/**
 * The multipart form of startImport and previewImportSplit, for the document only: the route reads
 * the parts as a stream and checks them itself (a schema on the body would need it parsed whole).
 */
export const UploadForm = Type.Object(
  {
    file: Type.Array(Type.String({ format: 'binary', description: 'A MARC file: ISO 2709, MARCXML or MARC-in-JSON; UTF-8 or MARC-8' }), {
      minItems: 1,
      maxItems: 100,
      description: 'One or more files, each a `file` part; its file name is at most 255 characters',
    }),
    label: Type.Optional(Type.String({ maxLength: 4000, description: 'Shown with the job (startImport only)' })),
    notes: Type.Optional(Type.String({ maxLength: 4000, description: 'Kept with the job (startImport only)' })),
    dryRun: Type.Optional(
      StringEnum(['true', 'false'] as const, { description: '`true`: run the whole pipeline and write nothing to the repository (startImport only)' }),
    ),
  },
  { additionalProperties: false },
)
