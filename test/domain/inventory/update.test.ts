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
  items: Array.from({ length: items }, (_, i) => ({ id: `item-${i + 1}`, barcode: `TMP-${i + 1}`, itemPolicyId: null, copyNumber: null })),
})
/** A line whose items carry these copy numbers, made in this order. */
const copies = (...numbers: Array<string | null>): FoundPoLine => ({
  id: 'id-POL-7',
  number: 'POL-7',
  mmsId: 1,
  items: numbers.map((copyNumber, i) => ({ id: `made-${i + 1}`, barcode: null, itemPolicyId: null, copyNumber })),
})
const targets = (plan: ReturnType<typeof planItemUpdates>) => plan.updates.map((u) => [u.n, u.itemId, u.barcode])

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

t.test('an item field with a copy number updates the line\'s item of that copy, compared as numbers', async (t) => {
  // Made in the order 10, 2, 1: compared as text '10' < '2', and laid on in order the first field would land on copy 10.
  const line = copies('10', '2', '01')
  const plan = planItemUpdates(record(field('949', 'pPOL-7', 'bSR-2', 'g2'), field('949', 'bSR-1', 'g1'), field('949', 'bSR-10', 'gc.10')), mapping, config, line)
  t.same(targets(plan), [
    [1, 'made-2', 'SR-2'],
    [2, 'made-3', 'SR-1'],
    [3, 'made-1', 'SR-10'],
  ], "$g 2 → copy '2', $g 1 → copy '01', $g c.10 → copy '10'")
  t.same(plan.problems, [])
})

t.test('fields without a copy number take the copies no field names, lowest first; a copy the line lacks or named twice is refused', async (t) => {
  const line = copies('3', '1', '2')
  const plan = planItemUpdates(
    record(field('949', 'pPOL-7', 'bSR-A'), field('949', 'bSR-B', 'g1'), field('949', 'bSR-C'), field('949', 'bSR-D', 'g9'), field('949', 'bSR-E', 'g01'), field('949', 'bSR-F')),
    mapping,
    config,
    line,
  )
  t.same(targets(plan), [
    [1, 'made-3', 'SR-A'],
    [2, 'made-2', 'SR-B'],
    [3, 'made-1', 'SR-C'],
  ], 'copy 1 goes to the field naming it; the unnumbered fields take copies 2 and 3 in order')
  t.same(plan.problems, [
    "item 4: PO line POL-7 has no copy '9'",
    "item 5: copy '01' is named by an earlier item field of the record",
    'item 6: PO line POL-7 has 3 items, none left to update',
  ])
  t.equal(plan.itemsProcessed, 6)
})

t.test('a line whose items carry no copy numbers takes the fields in order, whatever copy numbers they bring', async (t) => {
  const plan = planItemUpdates(record(field('949', 'pPOL-7', 'bSR-A', 'g2'), field('949', 'bSR-B', 'g1'), field('949', 'bSR-C', 'g3')), mapping, config, copies(null, null))
  t.same(targets(plan), [
    [1, 'made-1', 'SR-A'],
    [2, 'made-2', 'SR-B'],
  ], 'ordered with a mapping that read no copy number: nothing to pair by')
  t.same(plan.problems, ['item 3: PO line POL-7 has 2 items, none left to update'])
})
