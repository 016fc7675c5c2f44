import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { PRESET_NAMES, PRESETS } from '../../domain/inventory/presets.ts'
import { access } from '../access.ts'
import { ref } from '../components.ts'
import { AUTHENTICATED_ERRORS, problemResponses } from '../schemas.ts'

/** The mapping presets a profile's inventory can name (issue 15): read-only, the same for everyone. */
export const inventoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/inventory-presets',
    {
      config: { access: access.authenticated },
      schema: {
        operationId: 'listInventoryPresets',
        tags: ['profiles'],
        summary: 'The embedded-order-data mapping presets a profile can start from',
        description:
          'Each preset fills a profile\'s `inventory.mapping`: order-level targets read once per record, item-level targets once per occurrence of the item field, each from `TAG$code` sources (alternatives in order) with a default. Name one in `inventory.preset`, or copy its mapping into `inventory.mapping` and edit it.',
        response: { 200: Type.Object({ items: Type.Array(ref('InventoryPreset')) }, { additionalProperties: false }), ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async () => ({ items: PRESET_NAMES.map((name) => PRESETS[name]) }),
  )
}
