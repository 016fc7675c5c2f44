import { Type } from 'typebox'
import { REPORT_COUNTERS } from '../../domain/import/report.ts'
import { JobStatusSchema } from '../jobs/schemas.ts'
import { ReportCounterSchema } from '../reports/schemas.ts'
import { Cursor, Limit, Uuid } from '../schemas.ts'

export const NewSet = Type.Object(
  {
    jobId: Uuid,
    counter: ReportCounterSchema,
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 255, description: 'Defaults to the report row and the job, e.g. "Records merged into a match — Metadata Import: …"' }),
    ),
  },
  { additionalProperties: false, examples: [{ jobId: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f', counter: 'recordsMerged', name: 'November vendor load: merged' }] },
)

export const RecordSet = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    jobId: Type.String({ format: 'uuid', description: 'The job whose report row the set was made from' }),
    counter: ReportCounterSchema,
    counterLabel: Type.String({ description: 'The report row as staff see it' }),
    jobStatus: { ...JobStatusSchema, description: 'The job\'s status when the set was made: the set does not follow later changes' },
    memberCount: Type.Integer({ minimum: 0, description: 'Repository records in the set, each once' }),
    counterRecords: Type.Integer({ minimum: 0, description: 'Incoming records behind the counter when the set was made' }),
    recordsWithoutRepositoryRecord: Type.Integer({
      minimum: 0,
      description:
        'Those of them with no repository record (not imported, skipped, waiting for manual handling): not in the set. The rest are the members; fewer members than that means several incoming records went to one repository record.',
    }),
    createdBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  {
    examples: [
      {
        id: '2f0c6d7e-2b57-4c53-9a55-7d7c5b0b9d61',
        name: 'November vendor load: merged',
        jobId: '5b3f4c1e-0d2a-4f7b-9c1e-2a3b4c5d6e7f',
        counter: 'recordsMerged',
        counterLabel: REPORT_COUNTERS.recordsMerged,
        jobStatus: 'COMPLETED_SUCCESS',
        memberCount: 118,
        counterRecords: 120,
        recordsWithoutRepositoryRecord: 0,
        createdBy: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11',
        createdAt: '2026-11-22T11:00:00.000Z',
      },
    ],
  },
)

export const SetMembersQuery = Type.Object({ cursor: Cursor, limit: Limit }, { additionalProperties: false })
