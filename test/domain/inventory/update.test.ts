import t from 'tap'
import type { InventoryConfig } from '../../../src/domain/inventory/plan.ts'
import { PRESETS } from '../../../src/domain/inventory/presets.ts'
import { choosePoLine, type FoundPoLine, planItemUpdates, poLineKey } from '../../../src/domain/inventory/update.ts'
import type { MarcRecord } from '../../../src/marc/record.ts'
import { field } from '../../helpers/orders.ts'

// Update Inventory's rules over plain data (issue 15, research §1.3 rule 6).
const mapping = PRESETS.ALMA_949_UPDATE_INVENTORY.mapping
const record = (...fields: ReturnType<typeof field>[]): MarcRecord => ({ leader: '00000nam a2200000 a 4500', fields: [{ tag: '001', value: '1' }, ...fields] })
const config: InventoryConfig = { libraries: new Map(), vendors: new Map(), funds: [], itemPolicies: new Map([['REF', 'policy-ref']]), materialTypes: new Map() }
const line = (number: string, items: number): FoundPoLine => ({
  id: `id-${number}`,
  number,
  mmsId: 1,
  items: Array.from({ length: items }, (_, i) => ({ id: `item-${i + 1}`, barcode: `TMP-${i + 1}`, itemPolicyId: null })),
})

t.test('the key: 949 $p for a PO line number, 949 $r for a vendor reference; without one, why', async (t) => {
  const both = record(field('949', 'pPOL-0000001', 'rVR-9', 'bB1'))
  t.same(poLineKey(both, mapping, 'PO_LINE_NUMBER'), { key: 'POL-0000001' })
  t.same(poLineKey(both, mapping, 'VENDOR_REFERENCE'), { key: 'VR-9' })
  t.same(poLineKey(record(field('949', 'bB1')), mapping, 'VENDOR_REFERENCE'), { problem: 'no vendor reference number in the record (949$r)' })
  t.same(poLineKey(both, { ...mapping, order: {} }, 'PO_LINE_NUMBER'), {
    problem: "the profile's mapping has no source for the PO line number, so no PO line can be found",
  })
})

t.test('a vendor reference on several PO lines names none of them', async (t) => {
  t.same(choosePoLine('VR-9', [line('POL-1', 1), line('POL-2', 1)], 'VENDOR_REFERENCE'), {
    problem: "vendor reference number 'VR-9' is on 2 PO lines (POL-1, POL-2): which one is meant cannot be told",
  })
  t.same(choosePoLine('POL-3', [], 'PO_LINE_NUMBER'), { problem: "no PO line numbered 'POL-3'" })
  t.equal((choosePoLine('VR-9', [line('POL-1', 1)], 'VENDOR_REFERENCE') as FoundPoLine).number, 'POL-1')
})

t.test('item fields laid on the line\'s items in order; one too many has no item; an unknown policy keeps the item\'s', async (t) => {
  const plan = planItemUpdates(record(field('949', 'pPOL-1', 'bSR-1', 'mREF'), field('949', 'bSR-2', 'mNOPE'), field('949', 'bSR-3')), mapping, config, line('POL-1', 2))
  t.same(plan.updates, [
    { itemId: 'item-1', barcode: 'SR-1', itemPolicyId: 'policy-ref', n: 1 },
    { itemId: 'item-2', barcode: 'SR-2', itemPolicyId: null, n: 2 },
  ])
  t.same(plan.problems, ['item 3: PO line POL-1 has 2 items, none left to update'])
  t.same(plan.warnings, ["item 2: unknown item policy 'NOPE', the item keeps its own"])
  t.equal(plan.itemsProcessed, 3)
})
