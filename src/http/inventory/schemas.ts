import { Type } from 'typebox'
import { Cursor, Limit, StringEnum, Uuid } from '../schemas.ts'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const Ref = (what: string) => Type.Object({ id: Type.String({ format: 'uuid' }), code: Nullable(Type.String()) }, { description: `The ${what} and its code` })
const Numbered = Type.Object({ id: Type.String({ format: 'uuid' }), number: Nullable(Type.String()) })

export const PO_LINE_STATUSES = ['ACTIVE', 'IN_REVIEW'] as const

export const PoLine = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    number: Type.String({ description: 'The PO line number' }),
    purchaseOrder: Numbered,
    mmsId: Type.String({ description: 'The repository record the PO line orders' }),
    vendor: Type.Object(
      { id: Nullable(Type.String({ format: 'uuid' })), code: Nullable(Type.String()) },
      { description: 'The vendor; id null when the code the file gave matched no vendor (the line is then IN_REVIEW)' },
    ),
    vendorAccount: Nullable(Ref('vendor account')),
    vendorReferenceNumber: Nullable(Type.String()),
    type: StringEnum(['PHYSICAL', 'ELECTRONIC'] as const),
    acquisitionMethod: Type.String(),
    price: Nullable(Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description: 'A decimal amount, exact (e.g. "24.95")' })),
    currency: Nullable(Type.String({ description: 'ISO 4217' })),
    quantity: Type.Integer({ minimum: 1 }),
    fundDistribution: Type.Array(
      Type.Object({ fundId: Type.String({ format: 'uuid' }), code: Type.String(), percent: Type.Number() }),
      { description: 'Empty when no fund resolved' },
    ),
    fundCode: Nullable(Type.String({ description: 'The fund code as the file gave it' })),
    notes: Type.Array(Type.String()),
    status: StringEnum(PO_LINE_STATUSES, { description: 'IN_REVIEW lines wait for a person; reviewReasons say why' }),
    reviewReasons: Type.Array(Type.String()),
    invoiceNumber: Nullable(Type.String()),
    jobId: Type.String({ format: 'uuid', description: 'The import that created it' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  {
    examples: [
      {
        id: '3f1d8c62-5a0e-4a8f-9a43-1d2b7b9e0c11',
        number: 'POL-1',
        purchaseOrder: { id: '5b0e7a2c-3c6e-4f0f-8a2e-0c9d1b7e6a22', number: 'PO-1' },
        mmsId: '9900000000001',
        vendor: { id: '0b6b1e0c-7d2e-4d6b-9a3e-2f7c1d9e4a10', code: 'YBP' },
        vendorAccount: null,
        vendorReferenceNumber: '12345',
        type: 'PHYSICAL',
        acquisitionMethod: 'PURCHASE',
        price: '24.95',
        currency: 'USD',
        quantity: 2,
        fundDistribution: [{ fundId: '7d3c1b2a-9e8f-4a6b-8c5d-4e3f2a1b0c99', code: 'HIST', percent: 100 }],
        fundCode: 'HIST',
        notes: [],
        status: 'ACTIVE',
        reviewReasons: [],
        invoiceNumber: null,
        jobId: '6c1f3e0e-1c2d-4a51-9f59-1c8f1f0b8e11',
        createdAt: '2026-12-07T10:00:00.000Z',
        updatedAt: '2026-12-07T10:00:00.000Z',
      },
    ],
  },
)

export const Holding = Type.Object({
  id: Type.String({ format: 'uuid' }),
  mmsId: Type.String(),
  library: Ref('library'),
  location: Ref('location'),
  callNumber: Nullable(Type.String()),
  subfields: Type.Array(Type.Object({ code: Type.String(), value: Type.String() }), { description: '852 subfields carried over' }),
  itemCount: Type.Integer({ minimum: 0 }),
  jobId: Type.String({ format: 'uuid' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const Item = Type.Object({
  id: Type.String({ format: 'uuid' }),
  holdingId: Type.String({ format: 'uuid' }),
  mmsId: Type.String(),
  library: Ref('library'),
  location: Ref('location'),
  poLine: Nullable(Numbered),
  barcode: Nullable(Type.String()),
  itemPolicy: Nullable(Ref('item policy')),
  materialType: Nullable(Ref('material type')),
  description: Nullable(Type.String()),
  enumeration: Nullable(Type.String()),
  chronology: Nullable(Type.String()),
  copyNumber: Nullable(Type.String()),
  receivingDate: Nullable(Type.String({ format: 'date' })),
  processType: Nullable(Type.String({ description: 'ACQUISITION while on order; null once in place' })),
  jobId: Type.String({ format: 'uuid', description: 'The import that created it' }),
  updatedByJob: Nullable(Type.String({ format: 'uuid', description: 'The last import that changed it' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const Portfolio = Type.Object({
  id: Type.String({ format: 'uuid' }),
  mmsId: Type.String(),
  poLine: Nullable(Numbered),
  url: Nullable(Type.String({ description: 'From 856 $u' })),
  publicNote: Nullable(Type.String()),
  jobId: Type.String({ format: 'uuid' }),
  createdAt: Type.String({ format: 'date-time' }),
})

const closed = { additionalProperties: false } as const

export const PageQuery = Type.Object({ cursor: Cursor, limit: Limit }, closed)

export const PoLineListQuery = Type.Object(
  {
    jobId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(PO_LINE_STATUSES)),
    vendorId: Type.Optional(Uuid),
    fundId: Type.Optional(Uuid),
    cursor: Cursor,
    limit: Limit,
  },
  closed,
)

export const ItemListQuery = Type.Object(
  { barcode: Type.String({ minLength: 1, maxLength: 200, description: 'The item with exactly this barcode' }), cursor: Cursor, limit: Limit },
  closed,
)
