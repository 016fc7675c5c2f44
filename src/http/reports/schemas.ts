import { Type } from 'typebox'
import { REPORT_COUNTER_NAMES, REPORT_COUNTERS } from '../../domain/import/report.ts'
import { AUTO_RESOLUTION_RULES, NOT_IMPORTED_REASONS, OUTCOMES } from '../../domain/matching/index.ts'
import { JobStatusSchema } from '../jobs/schemas.ts'
import { RecordProblems, StringEnum, Uuid } from '../schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

export const ReportCounterSchema = StringEnum(REPORT_COUNTER_NAMES, {
  description: `A row of the job report (a key of its \`counters\`): ${REPORT_COUNTER_NAMES.map((name) => `\`${name}\` — ${REPORT_COUNTERS[name]}`).join('; ')}`,
})

export const CounterParams = Type.Object({ id: Uuid, counter: ReportCounterSchema }, { additionalProperties: false })

export const CounterRecord = Type.Object({
  fileId: Type.String({ format: 'uuid', description: 'The bulk file the record is in (see listJobFiles)' }),
  position: Type.Integer({ minimum: 1, description: '1-based position of the record in the uploaded file' }),
  outcome: Nullable(StringEnum(OUTCOMES, { description: 'What the import did with it; null while not yet processed' })),
  reason: Nullable(StringEnum(NOT_IMPORTED_REASONS, { description: 'Why it was not imported' })),
  mmsId: Nullable(Type.String({ description: 'The repository record it was written to (added, merged, overlaid, deleted), when one was' })),
  title: Nullable(Type.String({ description: 'Title proper (245 $a) of the record as uploaded; null when it cannot be read or has none' })),
  problem: Nullable(
    Type.Object({ code: Type.String(), message: Type.String() }, { description: "Why the record could not be read, for records that could not: its first problem (`problems[0]`)" }),
  ),
  problems: RecordProblems('Every problem that kept the record from being read, in record order, each with its field position; empty for a record that was read'),
  inventoryProblems: Type.Array(Type.String(), {
    description:
      "Why inventory or orders were not made or updated as the record says: an item refused (unknown location, duplicate barcode), no PO line found for an Update Inventory record (`no PO line numbered 'POL-0000009'`)",
  }),
  inventoryWarnings: Type.Array(Type.String(), {
    description: "What was created or updated without a value the record gave (`item 1: unknown item policy 'NOPE', created without one`)",
  }),
})

export const CounterPreview = Type.Object(
  {
    jobId: Uuid,
    counter: ReportCounterSchema,
    label: Type.String({ description: 'The row as staff see it in the report' }),
    total: Type.Integer({ minimum: 0, description: 'Records behind the counter in all (the report\'s number, as of now)' }),
    records: Type.Array(CounterRecord, { maxItems: 50, description: 'The first 50 of them at most, in bulk file order, then in their order in the file' }),
  },
  {
    examples: [
      {
        jobId: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        counter: 'recordsMerged',
        label: REPORT_COUNTERS.recordsMerged,
        total: 1,
        records: [
          {
            fileId: '7d1c1d64-8f7a-4a57-9a51-0c2b1f4f3e10',
            position: 17,
            outcome: 'MERGED',
            reason: null,
            mmsId: '9900000000042',
            title: 'Blue train',
            problem: null,
            problems: [],
            inventoryProblems: [],
            inventoryWarnings: [],
          },
        ],
      },
    ],
  },
)

export const DOWNLOAD_FORMATS = ['ISO2709', 'MARCXML'] as const

export const CounterDownloadQuery = Type.Object(
  {
    format: Type.Optional(
      StringEnum(DOWNLOAD_FORMATS, {
        description:
          'The MARC format inside the gzip file: `ISO2709` (`application/marc`, `.mrc.gz`) or `MARCXML` (`application/marcxml+xml`, `.xml.gz`). Absent: the format the records were uploaded in (ISO 2709 for MARC-in-JSON).',
      }),
    ),
  },
  { additionalProperties: false },
)

export const CounterDownloadContent = {
  ...Type.String({
    format: 'binary',
    description:
      'One gzip file (the body itself, not a Content-Encoding) holding the records behind the counter as uploaded: ISO 2709 records concatenated, or MARCXML records in a `<collection>`.',
  }),
  headers: {
    'Content-Disposition': { type: 'string', description: 'attachment; filename="<counter>.mrc.gz" (or .xml.gz)' },
    'X-Marc-Format': { type: 'string', enum: [...DOWNLOAD_FORMATS], description: 'The MARC format inside the gzip file' },
    'X-Record-Count': { type: 'integer', description: 'Records in the file' },
    'X-Records-Not-Converted': {
      type: 'integer',
      description:
        'Records behind the counter left out because they cannot be given in the chosen format: records that could not be read exist only as their original bytes (choose the format they were uploaded in), and ISO 2709 cannot hold records over 99,999 bytes',
    },
  },
}

const counts = (names: readonly string[], describe: (name: string) => string) =>
  Type.Object(Object.fromEntries(names.map((name) => [name, Type.Integer({ minimum: 0, description: describe(name) })])))

export const JobReportSchema = Type.Object({
  jobId: Type.String({ format: 'uuid' }),
  status: JobStatusSchema,
  final: Type.Boolean({ description: 'The job has finished; the counters will not change' }),
  dryRun: Type.Boolean({ description: 'A dry run: the counters say what the import would do; nothing was written to the repository' }),
  counters: counts(REPORT_COUNTER_NAMES, (name) => REPORT_COUNTERS[name as keyof typeof REPORT_COUNTERS]),
  notImportedByReason: counts(NOT_IMPORTED_REASONS, (reason) => `Records not imported: ${reason}`),
  resolvedAutomaticallyByRule: counts(AUTO_RESOLUTION_RULES, (rule) => `Multi-matches resolved automatically by ${rule}`),
})
