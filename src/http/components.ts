import { type Static, type TSchema, Type } from 'typebox'
import { Fund, Institution, ItemPolicy, Library, Location, MaterialType, Vendor } from './institution/schemas.ts'
import { Holding, Item, PoLine, Portfolio } from './inventory/schemas.ts'
import { Issue, IssueDetail } from './issues/schemas.ts'
import { RevertRecord, RevertReport } from './jobs/revert-schemas.ts'
import { BulkFile, Job, JobEventSchema, SplitPreview } from './jobs/schemas.ts'
import { ProblemSchema } from './problem.ts'
import { Grant, InventoryPreset, Profile } from './profiles/schemas.ts'
import { RecordLock, RepositoryRecord } from './records/schemas.ts'
import { JobReportSchema } from './reports/schemas.ts'
import { RecordSet } from './sets/schemas.ts'
import { ApiKey, User } from './users/schemas.ts'

function named<T extends TSchema>(id: string, schema: T): T {
  return { ...schema, $id: id, title: id }
}

const Entities = {
  Problem: ProblemSchema,
  Job: named('Job', Job),
  JobEvent: named('JobEvent', JobEventSchema),
  JobReport: named('JobReport', JobReportSchema),
  BulkFile: named('BulkFile', BulkFile),
  SplitPreview: named('SplitPreview', SplitPreview),
  RevertReport: named('RevertReport', RevertReport),
  RevertRecord: named('RevertRecord', RevertRecord),
  Profile: named('Profile', Profile),
  Grant: named('Grant', Grant),
  InventoryPreset: named('InventoryPreset', InventoryPreset),
  RepositoryRecord: named('RepositoryRecord', RepositoryRecord),
  RecordLock: named('RecordLock', RecordLock),
  RecordSet: named('RecordSet', RecordSet),
  Issue: named('Issue', Issue),
  IssueDetail: named('IssueDetail', IssueDetail),
  User: named('User', User),
  ApiKey: named('ApiKey', ApiKey),
  Institution: named('Institution', Institution),
  Library: named('Library', Library),
  Location: named('Location', Location),
  Vendor: named('Vendor', Vendor),
  Fund: named('Fund', Fund),
  ItemPolicy: named('ItemPolicy', ItemPolicy),
  MaterialType: named('MaterialType', MaterialType),
  PoLine: named('PoLine', PoLine),
  Holding: named('Holding', Holding),
  Item: named('Item', Item),
  Portfolio: named('Portfolio', Portfolio),
}

/** A page of one kind of item: a named component per kind, so SDKs get one type each. */
function page<K extends keyof typeof Entities>(item: K) {
  return Type.Object(
    {
      items: Type.Array(Type.Unsafe<Static<(typeof Entities)[K]>>({ $ref: `${item}#` })),
      nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last page' }),
    },
    { $id: `${item}Page`, title: `${item}Page`, description: `A page of ${item} items, and the cursor of the next page` },
  )
}

/**
 * The shared schemas of the API, registered once with `app.addSchema` and referenced by their
 * `$id`, so the document lists them under components.schemas and generated clients get one named
 * type for each rather than an anonymous copy per operation.
 */
export const Components = {
  ...Entities,
  JobPage: page('Job'),
  JobEventPage: page('JobEvent'),
  RevertRecordPage: page('RevertRecord'),
  ProfilePage: page('Profile'),
  RepositoryRecordPage: page('RepositoryRecord'),
  IssuePage: page('Issue'),
  UserPage: page('User'),
  LibraryPage: page('Library'),
  LocationPage: page('Location'),
  VendorPage: page('Vendor'),
  FundPage: page('Fund'),
  ItemPolicyPage: page('ItemPolicy'),
  MaterialTypePage: page('MaterialType'),
  PoLinePage: page('PoLine'),
  HoldingPage: page('Holding'),
  ItemPage: page('Item'),
  PortfolioPage: page('Portfolio'),
}

/** A reference to a shared schema, typed as the schema it refers to. */
export function ref<K extends keyof typeof Components>(name: K) {
  return Type.Unsafe<Static<(typeof Components)[K]>>({ $ref: `${name}#` })
}
