import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { InventoryReadService } from '../../services/inventory-read.service.ts'
import type { JobsService } from '../../services/jobs.service.ts'
import { access } from '../access.ts'
import { ref } from '../components.ts'
import { principalOf } from '../plugins/auth.ts'
import { MmsIdParams } from '../records/schemas.ts'
import { AUTHENTICATED_ERRORS, IdParams, problemResponses, Uuid } from '../schemas.ts'
import { ItemListQuery, PageQuery, PoLineListQuery } from './schemas.ts'

const WHO_READS =
  'Read by those who may monitor the profile type of the import that created it (SPEC "Permissions"): lists hold only those, newest first.'
const OF_RECORD = `The record must be one you may read (403 otherwise). ${WHO_READS}`

/** Inventory and orders as staff read them: PO lines, and the holdings, items and portfolios of records. */
export const inventoryReadRoutes: FastifyPluginAsyncTypebox<{ inventory: InventoryReadService; jobs: JobsService }> = async (
  app,
  { inventory: service, jobs },
) => {
  const tags = ['inventory']
  const rule = { access: access.profile('view') }

  app.get(
    '/po-lines',
    {
      config: rule,
      schema: {
        operationId: 'listPoLines',
        tags,
        summary: 'PO lines, by job, status, vendor or fund',
        description: `${WHO_READS} A job you may not monitor answers 403, one of another institution 404.`,
        querystring: PoLineListQuery,
        response: { 200: ref('PoLinePage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => {
      const caller = principalOf(request)
      if (request.query.jobId !== undefined) await jobs.load(caller, request.query.jobId)
      return service.listPoLines(caller, request.query)
    },
  )

  app.get(
    '/po-lines/:id',
    {
      config: rule,
      schema: {
        operationId: 'getPoLine',
        tags,
        summary: 'One PO line',
        description: 'Read by those who may monitor the profile type of the import that created it (403 otherwise).',
        params: IdParams,
        response: { 200: ref('PoLine'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.getPoLine(principalOf(request), request.params.id),
  )

  app.get(
    '/jobs/:id/po-lines',
    {
      config: rule,
      schema: {
        operationId: 'listJobPoLines',
        tags,
        summary: 'The PO lines a job imported ("Imported PO Lines")',
        description: 'Those who may monitor the job read them.',
        params: IdParams,
        querystring: Type.Object({ ...PageQuery.properties, status: PoLineListQuery.properties.status }, { additionalProperties: false }),
        response: { 200: ref('PoLinePage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => {
      const caller = principalOf(request)
      await jobs.load(caller, request.params.id)
      return service.listPoLines(caller, { ...request.query, jobId: request.params.id })
    },
  )

  app.get(
    '/records/:mmsId/holdings',
    {
      config: rule,
      schema: {
        operationId: 'listRecordHoldings',
        tags,
        summary: 'The holdings of a record, with their library, location and number of items',
        description: OF_RECORD,
        params: MmsIdParams,
        querystring: PageQuery,
        response: { 200: ref('HoldingPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.listHoldings(principalOf(request), request.params.mmsId, request.query),
  )

  app.get(
    '/records/:mmsId/holdings/:holdingId/items',
    {
      config: rule,
      schema: {
        operationId: 'listHoldingItems',
        tags,
        summary: 'The items of one holding of a record',
        description: OF_RECORD,
        params: Type.Object({ mmsId: MmsIdParams.properties.mmsId, holdingId: Uuid }, { additionalProperties: false }),
        querystring: PageQuery,
        response: { 200: ref('ItemPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) =>
      service.listItems(principalOf(request), { mmsId: request.params.mmsId, holdingId: request.params.holdingId }, request.query),
  )

  app.get(
    '/records/:mmsId/items',
    {
      config: rule,
      schema: {
        operationId: 'listRecordItems',
        tags,
        summary: 'Every item of a record, across its holdings',
        description: OF_RECORD,
        params: MmsIdParams,
        querystring: PageQuery,
        response: { 200: ref('ItemPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.listItems(principalOf(request), { mmsId: request.params.mmsId }, request.query),
  )

  app.get(
    '/items',
    {
      config: rule,
      schema: {
        operationId: 'findItems',
        tags,
        summary: 'The item with a barcode (barcodes are unique in the institution: a page of at most one)',
        description: WHO_READS,
        querystring: ItemListQuery,
        response: { 200: ref('ItemPage'), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => {
      const { barcode, ...page } = request.query
      return service.listItems(principalOf(request), { barcode }, page)
    },
  )

  app.get(
    '/records/:mmsId/portfolios',
    {
      config: rule,
      schema: {
        operationId: 'listRecordPortfolios',
        tags,
        summary: 'The portfolios (electronic access from 856) of a record',
        description: OF_RECORD,
        params: MmsIdParams,
        querystring: PageQuery,
        response: { 200: ref('PortfolioPage'), ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.listPortfolios(principalOf(request), request.params.mmsId, request.query),
  )
}
