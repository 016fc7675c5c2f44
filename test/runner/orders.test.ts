import t from 'tap'
import { sql } from 'kysely'
import { PRESETS } from '../../src/domain/inventory/presets.ts'
import { createTestApp } from '../helpers/app.ts'
import { createProfile, iso2709, reportOf, runImport, sharedRecords, startImport, waitForJob, withOclc } from '../helpers/imports.ts'
import { configure, field, fieldsOf, inventoryDump, itemsOf, mmsIdsOf, poLinesOf, withFields } from '../helpers/orders.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { writeGroupInventory } from '../../src/pipeline/inventory-writes.ts'
import { inventorySettings } from '../../src/domain/profiles/profile.ts'
import { changedTables, databaseDump } from '../helpers/database-dump.ts'
import { heldTransaction, runningImportJob } from '../helpers/database.ts'

const ADD = { match: { method: 'NONE', noMatchAction: 'ADD' } }

t.test('Evergreen 970: one PO line per record with its price, fund and quantity, one item per 970 in its owning library', async (t) => {
  const env = await createTestApp(t)
  const records = await sharedRecords('evergreen/sample_acq_order.mrc')
  const f970 = records.map((r) => fieldsOf(r, '970'))
  const funds = [...new Set(f970.flat().map((f) => f.get('f') ?? ''))]
  const libraries = [...new Set(f970.flat().map((f) => f.get('o') ?? ''))]
  await configure(env.db, env.institutionId, {
    libraries: Object.fromEntries(libraries.map((code) => [code, ['STACKS']])),
    funds,
    vendors: [{ code: 'INGRAM' }],
  })
  // The provider is chosen at load in Evergreen: here, the vendor target's default.
  const mapping = { ...PRESETS.EVERGREEN_970.mapping, order: { ...PRESETS.EVERGREEN_970.mapping.order, vendor: { sources: [], default: 'INGRAM' } } }
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', location: 'STACKS', preset: 'EVERGREEN_970', mapping } })
  const { job, report } = await runImport(t, env, profile, readSharedMarc('evergreen/sample_acq_order.mrc'))
  t.equal(job.status, 'COMPLETED_SUCCESS', JSON.stringify(job.failureReason ?? job))
  const lines = await poLinesOf(env.db, job.id)
  t.same(
    lines.map((l) => [l.position, l.price, l.fund, l.quantity, l.vendor, l.status]),
    f970.map((fields, i) => [i + 1, Number(fields[0]?.get('p')).toFixed(2), fields[0]?.get('f'), Number(fields[0]?.get('q')), 'INGRAM', 'ACTIVE']),
    'each record\'s 970 $p price, $f fund, $q quantity',
  )
  t.equal(new Set(lines.map((l) => l.purchase_order)).size, records.length, 'one purchase order per record (the default grouping)')
  const mms = await mmsIdsOf(env.db, job.id)
  const items = await itemsOf(env.db, job.id)
  t.same(
    items.map((i) => [i.mms_id, i.library, i.location]),
    f970.flatMap((fields, i) => fields.map((f) => [mms.get(i + 1), f.get('o'), 'STACKS'])),
    'one item per 970, in its $o library and the profile\'s default location (970 has no $l)',
  )
  t.match(report.counters, { poLinesProcessed: 10, poLinesImported: 10, poLinesInReview: 0, itemsProcessed: 10, itemsImported: 10, holdingsAdded: 10, holdingsImported: 10 })
})

const JAZZ = 'evergreen/jazz_1k.mrc'
const III_CONFIG = {
  libraries: { MAIN: ['main', 'branch'] },
  vendors: [{ code: 'AMAZ', currency: 'USD' }],
  funds: ['ART', 'GEN'],
  itemPolicies: ['BOOK'],
}

/** Innovative vendor records as the Sierra load table reads them: 960 order, 961 variable fields, 945 items. */
function innovativeFile(base: Awaited<ReturnType<typeof sharedRecords>>) {
  const fields = [
    [field('960', 's24.95', 'uART', 'vAMAZ', 'tmain', 'o2'), field('961', 'iVT-100', 'hSend with invoice'), field('945', 'iIII-0001', 'lmain', 'tBOOK', 'g1'), field('945', 'iIII-0002', 'lmain', 'tBOOK', 'g2')],
    [field('960', 's10.00', 'uXYZ', 'vAMAZ', 'o1'), field('945', 'iIII-0003', 'lmain')],
    [field('960', 's10.00', 'uart', 'vAMAZ'), field('945', 'iIII-0004', 'lmain')],
    [field('960', 'uART', 'vAMAZ'), field('945', 'lmain')],
    [field('960', 's5.00', 'uART'), field('945', 'iIII-0005', 'lzzz')],
    [field('960', 's7.00', 'uART', 'vAMAZ', 'tbranch', 'o3')],
    [field('960', 's9.00', 'uART', 'vAMAZ'), field('945', 'iIII-0001', 'lmain')],
    [field('960', 's8.50', 'uART', 'vAMAZ', 'zGBP'), field('945', 'iIII-0006', 'lbranch')],
  ]
  return fields.map((f, i) => withFields(base[i] ?? base[0]!, f))
}

t.test('Innovative 960/961/945: prices, funds, vendors, quantities, items, and every rule for what is missing or unknown', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 8), (i) => 91000 + i)
  const file = innovativeFile(base)
  const exact = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const { job, report } = await runImport(t, env, exact, iso2709(file))
  t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'items refused make the job end with errors; every record is still imported')
  t.equal(report.counters.recordsAdded, 8, 'no record is dropped for its order data')
  const lines = await poLinesOf(env.db, job.id)
  const v960 = file.map((r) => fieldsOf(r, '960')[0]!)
  t.same(lines.map((l) => l.position), [1, 2, 3, 4, 5, 6, 7, 8], 'a PO line for every record')
  t.same(
    lines.map((l) => l.price),
    v960.map((f) => (f.has('s') ? Number(f.get('s')).toFixed(2) : null)),
    '960 $s is the price',
  )
  t.same(lines.map((l) => l.vendor), v960.map((f) => f.get('v') ?? null), '960 $v is the vendor')
  t.same(lines.map((l) => l.currency), v960.map((f) => f.get('z') ?? 'USD'), '960 $z, else USD')
  t.same(
    lines.map((l) => l.quantity),
    file.map((r) => Number(fieldsOf(r, '960')[0]?.get('o') ?? fieldsOf(r, '945').length)),
    'quantity: 960 $o, else the number of 945 items',
  )
  t.equal(lines[0]?.vendor_reference_number, 'VT-100', '961 $i is the vendor reference number')
  t.same(lines[0]?.notes, ['Send with invoice'], '961 $h is a note')
  const byPosition = new Map(lines.map((l) => [l.position, l]))
  t.match(byPosition.get(1), { status: 'ACTIVE', fund: 'ART', review_reasons: [] })
  t.match(byPosition.get(2), { status: 'IN_REVIEW', fund: null, review_reasons: ["unknown fund 'XYZ' and no default fund in the profile"] }, 'unknown fund, no default: in review')
  t.match(byPosition.get(3), { status: 'IN_REVIEW', fund: null }, 'fund codes match exactly by default: art is not ART')
  t.match(byPosition.get(4), { status: 'IN_REVIEW', review_reasons: ['no price in the record'] }, 'missing price: in review')
  t.match(byPosition.get(5), { status: 'IN_REVIEW', review_reasons: ['no vendor in the record'] }, 'missing vendor: in review')

  const mms = await mmsIdsOf(env.db, job.id)
  const items = await itemsOf(env.db, job.id)
  const of = (position: number) => items.filter((i) => i.mms_id === mms.get(position))
  t.same(of(1).map((i) => [i.barcode, i.location, i.item_policy, i.copy_number]), [['III-0001', 'main', 'BOOK', '1'], ['III-0002', 'main', 'BOOK', '2']], '945 $i barcode, $l location, $t item type, $g copy')
  t.equal(new Set(of(1).map((i) => i.holding_id)).size, 1, 'two items on one shelf: one holding')
  t.same(of(4).map((i) => i.barcode), [null], 'no barcode in the file and none generated: the item has none')
  t.same(of(5), [], 'unknown location zzz, no default location: the item is not created')
  t.same(of(6).map((i) => [i.location, i.barcode]), [['branch', null], ['branch', null], ['branch', null]], 'no 945: 960 $o copies at 960 $t')
  t.same(of(7), [], 'a barcode the institution already has: the item is not created')
  t.same(of(8).map((i) => i.location), ['branch'])
  const tally = async (position: number) =>
    (await env.db.selectFrom('incoming_records').select('inventory').where('job_id', '=', job.id).where('position', '=', position).executeTakeFirstOrThrow()).inventory as { problems: string[] }
  t.same((await tally(5)).problems, ["item 1: unknown location 'zzz' in library 'MAIN'"], 'the precise reason is kept with the record')
  t.same((await tally(7)).problems, ["item 1: duplicate barcode 'III-0001'"])
  t.match(report.counters, { poLinesProcessed: 8, poLinesImported: 8, poLinesInReview: 4, itemsProcessed: 11, itemsImported: 9, itemsNotImported: 2 })

  const preview = await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/report/itemsNotImported/records`, headers: env.admin.headers })
  t.same(preview.json().records.map((r: { position: number }) => r.position), [5, 7], 'the drill-down shows the records whose items were refused')

  t.test('a default fund, case-insensitive fund codes and generated barcodes', async (t) => {
    const lenient = await createProfile(env, {
      type: 'NEW_ORDER',
      ...ADD,
      inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', defaultFund: 'GEN', fundCodesCaseInsensitive: true, barcode: { kind: 'GENERATE', prefix: 'G' } },
    })
    const again = [file[1]!, file[2]!, file[3]!].map((r) => ({ ...r, fields: r.fields.map((f) => ('subfields' in f && f.tag === '945' ? { ...f, subfields: f.subfields.filter((s) => s.code !== 'i') } : f)) }))
    const { job } = await runImport(t, env, lenient, iso2709(again))
    t.equal(job.status, 'COMPLETED_SUCCESS')
    const lines = await poLinesOf(env.db, job.id)
    t.match(lines[0], { fund: 'GEN', status: 'ACTIVE' }, 'unknown fund XYZ: the profile\'s default fund')
    t.match(lines[1], { fund: 'ART', status: 'ACTIVE' }, 'art matches ART when the profile says so')
    t.match(lines[2], { fund: 'ART', status: 'IN_REVIEW', review_reasons: ['no price in the record'] })
    t.same((await itemsOf(env.db, job.id)).map((i) => i.barcode).sort(), ['G0000001', 'G0000002', 'G0000003'], 'barcodes from the institution sequence after the prefix')
  })

  t.test('a second order for a title already on that shelf reuses its holding', async (t) => {
    const merge = await createProfile(env, { type: 'NEW_ORDER', match: { method: 'OCLC', singleMatchAction: 'MERGE' }, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
    const reorder = withFields(base[0]!, [field('960', 's24.95', 'uART', 'vAMAZ'), field('945', 'iIII-0100', 'lmain')])
    const { job: second, report } = await runImport(t, env, merge, iso2709([reorder]))
    t.equal(second.status, 'COMPLETED_SUCCESS')
    const [item] = await itemsOf(env.db, second.id)
    t.equal(item?.holding_id, of(1)[0]?.holding_id, 'the item joins the holding the first order created')
    t.match(report.counters, { recordsMerged: 1, holdingsAdded: 0, holdingsUpdated: 1, itemsImported: 1 })
  })
})

t.test('III via OCLC 980/981/949, GOBI 980 (print and electronic), and the jazz 949 items through a mapping edited from a preset', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, {
    libraries: { MAIN: ['stk', 'ref'] },
    vendors: [{ code: 'YBP', accounts: ['ACC-1'] }, { code: 'ALX' }],
    funds: ['HIST', 'BARC'],
    itemPolicies: ['LOAN'],
    materialTypes: ['BOOK', 'DVD'],
  })
  // Vendor fields appended to real records that carry no 949 or 980 of their own.
  const jazz = withOclc(await sharedRecords('evergreen/sample_acq_order.mrc'), (i) => 92000 + i)

  t.test('III_OCLC_980: 980 $b price, 981 $v vendor and $b fund, 949 $d copies at 949 $h', async (t) => {
    const file = [
      withFields(jazz[0]!, [field('980', 'b31.50'), field('981', 'vYBP', 'bHIST', 'hrush'), field('949', 'd2', 'hstk')]),
      withFields(jazz[1]!, [field('980', 'b12.00'), field('981', 'vYBP', 'bHIST'), field('949', 'd1', 'href')]),
    ]
    const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_OCLC_980' } })
    const { job } = await runImport(t, env, profile, iso2709(file))
    t.equal(job.status, 'COMPLETED_SUCCESS')
    const lines = await poLinesOf(env.db, job.id)
    t.same(
      lines.map((l) => [l.price, l.vendor, l.fund, l.quantity, l.status]),
      file.map((r) => [Number(fieldsOf(r, '980')[0]?.get('b')).toFixed(2), fieldsOf(r, '981')[0]?.get('v'), fieldsOf(r, '981')[0]?.get('b'), Number(fieldsOf(r, '949')[0]?.get('d')), 'ACTIVE']),
    )
    t.same(lines[0]?.notes, ['rush'], '981 $h vendor note')
    const items = await itemsOf(env.db, job.id)
    t.same(items.map((i) => i.location), ['stk', 'stk', 'ref'], '949 $d copies, each at 949 $h')
  })

  t.test('GOBI_980: the template\'s core fields; $z ELECTRONIC makes a portfolio from 856', async (t) => {
    const print = withFields(jazz[2]!, [field('980', 'bBARC', 'c38465594', 'm12.32', 'q2', 'nNotify stz215', 'vALX', 'aref', 'rLOAN', 'dDVD', 'gACC-1')])
    const electronic = withFields(jazz[3]!, [field('980', 'bBARC', 'c38465595', 'm40.00', 'vALX', 'zELECTRONIC'), field('856', 'uhttps://example.org/e/1', 'zCampus only')])
    const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'GOBI_980' } })
    const { job, report } = await runImport(t, env, profile, iso2709([print, electronic]))
    t.equal(job.status, 'COMPLETED_SUCCESS')
    const lines = await poLinesOf(env.db, job.id)
    t.same(
      lines.map((l) => [l.fund, l.vendor_reference_number, l.price, l.quantity, l.vendor, l.type, l.currency, l.status]),
      [
        ['BARC', '38465594', '12.32', 2, 'ALX', 'PHYSICAL', 'USD', 'ACTIVE'],
        ['BARC', '38465595', '40.00', 1, 'ALX', 'ELECTRONIC', 'USD', 'ACTIVE'],
      ],
      '980 $b fund, $c vendor reference, $m price, $q quantity (default 1), $v vendor, $z format, $k currency (default USD)',
    )
    t.same(lines[0]?.notes, ['Notify stz215'])
    const items = await itemsOf(env.db, job.id)
    t.same(items.map((i) => [i.location, i.item_policy, i.material_type, i.copy_number]), [['ref', 'LOAN', 'DVD', 'c.1'], ['ref', 'LOAN', 'DVD', 'c.1']], '$q copies at $a, $r loan type, $d material type')
    const portfolios = await env.db.selectFrom('portfolios').select(['url', 'public_note', 'mms_id']).where('job_id', '=', job.id).execute()
    t.same(portfolios.map((p) => [p.url, p.public_note]), [['https://example.org/e/1', 'Campus only']], 'the electronic line\'s portfolio from 856 $u and $z')
    t.match(report.counters, { portfoliosProcessed: 1, portfoliosImported: 1, itemsImported: 2, poLinesImported: 2 })
  })

  t.test('jazz_1k 949 items through ALMA_949_ITEM edited for the file ($m library, $l location, $i barcode, $a call number)', async (t) => {
    const records = (await sharedRecords(JAZZ)).slice(0, 40)
    const f949 = records.map((r) => fieldsOf(r, '949'))
    const libraries = new Map<string, Set<string>>()
    for (const f of f949.flat()) libraries.set(f.get('m') ?? '', new Set([...(libraries.get(f.get('m') ?? '') ?? []), f.get('l') ?? '']))
    await configure(env.db, env.institutionId, { libraries: Object.fromEntries([...libraries].map(([code, locations]) => [code, [...locations]])), funds: ['JAZZ'], vendors: [{ code: 'HUNT' }] })
    const preset = PRESETS.ALMA_949_ITEM.mapping
    const mapping = {
      ...preset,
      order: { ...preset.order, fund: { sources: ['949$u'], default: 'JAZZ' }, vendor: { sources: [], default: 'HUNT' }, price: { sources: ['949$s'], default: '0' } },
      item: { library: { sources: ['949$m'], default: null }, location: { sources: ['949$l'], default: null }, barcode: { sources: ['949$i'], default: null }, callNumber: { sources: ['949$a'], default: null } },
    }
    const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', preset: 'ALMA_949_ITEM', mapping } })
    const { job, report } = await runImport(t, env, profile, iso2709(records))
    t.equal(job.status, 'COMPLETED_SUCCESS')
    const mms = await mmsIdsOf(env.db, job.id)
    const expected = f949.flatMap((fields, i) => fields.map((f) => [mms.get(i + 1), f.get('m'), f.get('l'), f.get('i')]))
    const items = await itemsOf(env.db, job.id)
    const key = (row: unknown[]) => JSON.stringify(row)
    t.same(items.map((i) => [i.mms_id, i.library, i.location, i.barcode]).map(key).sort(), expected.map(key).sort(), 'one item per 949, as the file says')
    const firstCallNumber = new Map<string, string | undefined>()
    f949.forEach((fields, i) => fields.forEach((f) => {
      const place = key([mms.get(i + 1), f.get('m'), f.get('l')])
      if (!firstCallNumber.has(place)) firstCallNumber.set(place, f.get('a'))
    }))
    t.same(
      [...new Set(items.map((i) => key([key([i.mms_id, i.library, i.location]), i.call_number])))].sort(),
      [...firstCallNumber].map(([place, call]) => key([place, call])).sort(),
      'one holding per record and shelf, with the call number of its first 949 $a',
    )
    t.same((await poLinesOf(env.db, job.id)).map((l) => l.quantity), f949.map((fields) => fields.length || 1), 'quantity: the number of 949s')
    t.equal(report.counters.itemsImported, f949.flat().length)
  })
})

t.test('REPOSITORY 852/856: holdings with their 852 subfields, items, and portfolios from 856', async (t) => {
  const env = await createTestApp(t)
  const physical = [...(await sharedRecords('marc4j/sample1.mrc')), ...(await sharedRecords('ruby-marc/utf8_multirecord.marc'))]
  const f852 = physical.map((r) => fieldsOf(r, '852'))
  const libraries = new Map<string, Set<string>>()
  for (const f of f852.flat()) libraries.set(f.get('b') ?? '', new Set([...(libraries.get(f.get('b') ?? '') ?? []), f.get('c') ?? 'general']))
  await configure(env.db, env.institutionId, { libraries: Object.fromEntries([...libraries].map(([code, locations]) => [code, [...locations, 'general']])) })
  const profile = await createProfile(env, { type: 'REPOSITORY', ...ADD, inventory: { type: 'PHYSICAL', location: 'general', preset: 'REPOSITORY_852_856' } })
  const { job, report } = await runImport(t, env, profile, iso2709(physical))
  t.equal(job.status, 'COMPLETED_SUCCESS')
  t.equal(await env.db.selectFrom('po_lines').select('id').where('job_id', '=', job.id).executeTakeFirst(), undefined, 'a repository profile orders nothing')
  const mms = await mmsIdsOf(env.db, job.id)
  const items = await itemsOf(env.db, job.id)
  const expected = f852.flatMap((fields, i) => fields.map((f) => [mms.get(i + 1), f.get('b'), f.get('c') ?? 'general', f.get('h') ?? null, f.get('p') ?? null]))
  t.same(items.map((i) => [i.mms_id, i.library, i.location, i.call_number, i.barcode]), expected, 'a holding and item per 852: $b library, $c location (else the default), $h call number, $p barcode')
  const sample = physical.findIndex((r) => fieldsOf(r, '852')[0]?.has('i'))
  const raw852 = physical[sample]?.fields.find((f) => f.tag === '852')
  const kept = raw852 !== undefined && 'subfields' in raw852 ? raw852.subfields.filter((s) => ['2', 'h', 'i', 'x', 'z'].includes(s.code)) : []
  t.same(items.find((i) => i.mms_id === mms.get(sample + 1))?.holding_subfields, kept, '852 $2 $h $i $x $z carried over to the holding')
  t.equal(report.counters.holdingsAdded, f852.flat().length)
  t.equal(report.counters.itemsImported, f852.flat().length)

  const electronic = await sharedRecords('marc4j/008008027.mrc')
  const eProfile = await createProfile(env, { type: 'REPOSITORY', ...ADD, inventory: { type: 'ELECTRONIC', preset: 'REPOSITORY_852_856' } })
  const { job: eJob, report: eReport } = await runImport(t, env, eProfile, iso2709(electronic))
  const portfolios = await env.db.selectFrom('portfolios').select(['url', 'mms_id']).where('job_id', '=', eJob.id).orderBy('mms_id').execute()
  const eMms = await mmsIdsOf(env.db, eJob.id)
  t.same(
    portfolios.map((p) => [p.mms_id, p.url]),
    electronic.flatMap((r, i) => fieldsOf(r, '856').map((f) => [eMms.get(i + 1), f.get('u')])),
    'a portfolio per 856 with its $u',
  )
  t.equal(eReport.counters.portfoliosImported, portfolios.length)
})

t.test('a dry run of an EOD import reports the PO lines and items and leaves every table as it was', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const file = innovativeFile(withOclc((await sharedRecords(JAZZ)).slice(0, 8), (i) => 93000 + i))
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', barcode: { kind: 'GENERATE', prefix: 'D' } }, splitSize: 3 })
  const before = await inventoryDump(env.db)
  const dry = await waitForJob(env, await startImport(env, profile, iso2709(file), env.admin, { dryRun: 'true' }))
  t.equal(dry.status, 'COMPLETED_WITH_ERRORS')
  t.equal(await inventoryDump(env.db), before, 'records, PO lines, orders, holdings, items, portfolios and sequences unchanged')
  const dryReport = await reportOf(t, env, dry.id)
  t.match(dryReport.counters, { poLinesImported: 8, poLinesInReview: 4, itemsImported: 9, itemsNotImported: 2 })
  const real = await waitForJob(env, await startImport(env, profile, iso2709(file)))
  const realReport = await reportOf(t, env, real.id)
  t.same(realReport.counters, dryReport.counters, 'the real run does what the dry run said')
})

t.test('GET /v1/inventory-presets lists the presets of the research table', async (t) => {
  const env = await createTestApp(t)
  const user = await env.userWith(['PURCHASING_OPERATOR'])
  const res = await env.app.inject({ method: 'GET', url: '/v1/inventory-presets', headers: user.headers })
  t.equal(res.statusCode, 200)
  const presets = new Map<string, { mapping: { order: Record<string, { sources: string[] }>; item: Record<string, { sources: string[] }>; itemTag: string | null } }>(
    res.json().items.map((p: { name: string }) => [p.name, p]),
  )
  t.same([...presets.keys()].sort(), ['ALMA_949_ITEM', 'ALMA_949_UPDATE_INVENTORY', 'EVERGREEN_970', 'GOBI_980', 'III_960', 'III_OCLC_980', 'REPOSITORY_852_856'])
  const shelfReady = presets.get('ALMA_949_UPDATE_INVENTORY')?.mapping
  t.same(
    [shelfReady?.order.poLineNumber?.sources, shelfReady?.order.vendorReference?.sources, shelfReady?.item.barcode?.sources, shelfReady?.item.itemPolicy?.sources, shelfReady?.item.location],
    [['949$p'], ['949$r'], ['949$b'], ['949$m'], undefined],
    'Update Inventory: the PO line by 949 $p or $r; barcode and item policy, never a location',
  )
  // research/eod-ftp-libris.md §1.4 and the issue: 960 $s price, $u fund, $v vendor, $t location, $o copies, $z/961 $b currency; 945 $i $l $t $g.
  const iii = presets.get('III_960')?.mapping
  t.same(
    [iii?.order.price?.sources, iii?.order.fund?.sources, iii?.order.vendor?.sources, iii?.order.quantity?.sources, iii?.order.currency?.sources],
    [['960$s'], ['960$u'], ['960$v'], ['960$o'], ['960$z', '961$b']],
  )
  t.same([iii?.itemTag, iii?.item.barcode?.sources, iii?.item.location?.sources, iii?.item.itemPolicy?.sources, iii?.item.copyNumber?.sources], ['945', ['945$i'], ['945$l', '960$t'], ['945$t'], ['945$g']])
  const eg = presets.get('EVERGREEN_970')?.mapping
  t.same([eg?.order.fund?.sources, eg?.order.price?.sources, eg?.order.quantity?.sources, eg?.item.library?.sources, eg?.item.location?.sources, eg?.item.barcode?.sources], [['970$f'], ['970$p'], ['970$q'], ['970$o'], ['970$l'], ['970$b']])
  t.equal((await env.app.inject({ method: 'GET', url: '/v1/inventory-presets' })).statusCode, 401)
})

t.test('reverting an EOD import removes its PO lines, orders, holdings, items and portfolios, and leaves an earlier job\'s holding as it was', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const base = withOclc((await sharedRecords(JAZZ)).slice(0, 8), (i) => 94000 + i)
  const first = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const { job: kept } = await runImport(t, env, first, iso2709(innovativeFile(base).slice(0, 4)))
  t.equal(kept.status, 'COMPLETED_SUCCESS', 'lines in review are no error')
  // Sequence numbers are never given back (a PO line number is issued once), so they are left out.
  const before = await inventoryDump(env.db, { sequences: false, records: false })
  // Every table of the database, but for what a revert changes by design: the records it added are
  // deleted softly and those it changed are written back as a new revision (compared on what they
  // are, as the live records and their keys), the import's and the revert's own history of record
  // changes, and numbers, which are never given back.
  const whole = (ownJobs: string[]) =>
    databaseDump(env.db, ownJobs, {
      records: 'SELECT mms_id, institution_id, kind, marc::jsonb, version_005, brief_level, inventory_type, locked_by, locked_until FROM records WHERE deleted_at IS NULL',
      record_match_keys: 'SELECT k.* FROM record_match_keys k JOIN records r USING (mms_id) WHERE r.deleted_at IS NULL',
      record_changes: `SELECT * FROM record_changes WHERE job_id <> ALL (ARRAY[${ownJobs.map((id) => `'${id}'`).join(',')}]::uuid[])`,
      acquisition_sequences: null,
    })
  const merge = await createProfile(env, {
    type: 'NEW_ORDER',
    match: { method: 'OCLC', singleMatchAction: 'MERGE', noMatchAction: 'ADD' },
    // III's 960 $g format, mapped so that an electronic order makes a portfolio.
    inventory: {
      type: 'PHYSICAL',
      library: 'MAIN',
      preset: 'III_960',
      mapping: { ...PRESETS.III_960.mapping, order: { ...PRESETS.III_960.mapping.order, orderFormat: { sources: ['960$g'], default: null } } },
      poGrouping: 'PER_FILE',
    },
  })
  const wholeBefore = await whole([])
  const second = [
    withFields(base[0]!, [field('960', 's30.00', 'uART', 'vAMAZ'), field('945', 'iREV-1', 'lmain'), field('945', 'iREV-2', 'lbranch')]),
    ...innovativeFile(base).slice(5, 8).map((r, i) => withFields(r, [field('945', `iREV-${i + 3}`, 'lmain')])),
    withFields(base[4]!, [field('960', 's1.00', 'uART', 'vAMAZ', 'gELECTRONIC'), field('856', 'uhttps://example.org/rev')]),
  ]
  const { job } = await runImport(t, env, merge, iso2709(second))
  t.equal(job.status, 'COMPLETED_WITH_ERRORS', 'the copy of record 6 brings a barcode the first job used')
  t.ok((await poLinesOf(env.db, job.id)).length > 0, 'the second job ordered')
  t.equal(new Set((await poLinesOf(env.db, job.id)).map((l) => l.purchase_order)).size, 1, 'PER_FILE: one purchase order for the file')
  t.ok((await env.db.selectFrom('portfolios').select('id').where('job_id', '=', job.id).execute()).length === 1, 'the electronic line made its portfolio')
  t.not(await inventoryDump(env.db, { sequences: false, records: false }), before)
  const res = await env.app.inject({ method: 'POST', url: `/v1/jobs/${job.id}/revert`, headers: env.admin.headers, payload: {} })
  t.equal(res.statusCode, 202, res.body)
  const revert = await waitForJob(env, res.json().id)
  t.equal(revert.status, 'COMPLETED_SUCCESS')
  t.equal(await inventoryDump(env.db, { sequences: false, records: false }), before, 'every inventory and order table, and the live records, as before the reverted job')
  t.same(changedTables(wholeBefore, await whole([job.id, revert.id])), [], 'every table of the database as before the reverted job')
})

t.test('an unknown item policy or material type: the item is created without it, and the record says so', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, { ...III_CONFIG, materialTypes: ['BOOK'] })
  const [base] = withOclc((await sharedRecords('evergreen/sample_acq_order.mrc')).slice(0, 1), () => 95000)
  // 945 $c read as the material type: the Sierra table has none, the administrator added it.
  const mapping = { ...PRESETS.III_960.mapping, item: { ...PRESETS.III_960.mapping.item, materialType: { sources: ['945$c'], default: null } } }
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', mapping } })
  const file = [withFields(base!, [field('960', 's9.00', 'uART', 'vAMAZ'), field('945', 'iUK-1', 'lmain', 'tNOPE', 'cBOOK'), field('945', 'iUK-2', 'lmain', 'tBOOK', 'cVINYL')])]
  const { job, report } = await runImport(t, env, profile, iso2709(file))
  t.equal(job.status, 'COMPLETED_SUCCESS', 'no item is refused for a code')
  t.same(
    (await itemsOf(env.db, job.id)).map((i) => [i.barcode, i.item_policy, i.material_type]),
    [['UK-1', null, 'BOOK'], ['UK-2', 'BOOK', null]],
  )
  t.match(report.counters, { itemsProcessed: 2, itemsImported: 2, itemsNotImported: 0 })
  const preview = await env.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}/report/itemsImported/records`, headers: env.admin.headers })
  t.same(preview.json().records.map((r: { inventoryWarnings: string[] }) => r.inventoryWarnings), [
    ["item 1: unknown item policy 'NOPE', created without one", "item 2: unknown material type 'VINYL', created without one"],
  ])
})

t.test('a single-record import orders and shelves like a file (NEW_ORDER), and holds (REPOSITORY)', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const [ordered, held] = withOclc((await sharedRecords('evergreen/sample_acq_order.mrc')).slice(0, 2), (i) => 96000 + i)
  const send = async (profile: string, record: Buffer) => {
    const res = await env.app.inject({ method: 'POST', url: `/v1/profiles/${profile}/import-record`, headers: { ...env.admin.headers, 'content-type': 'application/marc' }, payload: record })
    t.equal(res.statusCode, 200, res.body)
    return res.json() as { jobId: string; mmsId: string; result: string }
  }
  const order = await createProfile(env, { type: 'NEW_ORDER', ...ADD, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const one = await send(order, iso2709([withFields(ordered!, [field('960', 's24.95', 'uART', 'vAMAZ', 'o2'), field('945', 'iSR-1', 'lmain', 'g1'), field('945', 'iSR-2', 'lbranch', 'g2')])]))
  t.equal(one.result, 'IMPORTED')
  t.match(await poLinesOf(env.db, one.jobId), [{ price: '24.95', fund: 'ART', vendor: 'AMAZ', quantity: 2, status: 'ACTIVE', mms_id: one.mmsId }], 'its PO line from 960')
  t.same((await itemsOf(env.db, one.jobId)).map((i) => [String(i.mms_id), i.location, i.barcode]), [[one.mmsId, 'main', 'SR-1'], [one.mmsId, 'branch', 'SR-2']], 'its 945 items')
  t.match((await reportOf(t, env, one.jobId)).counters, { poLinesImported: 1, itemsImported: 2, holdingsAdded: 2 })

  const repository = await createProfile(env, { type: 'REPOSITORY', ...ADD, inventory: { type: 'PHYSICAL', location: 'main', preset: 'REPOSITORY_852_856' } })
  const two = await send(repository, iso2709([withFields(held!, [field('852', 'bMAIN', 'cbranch', 'hML410 .B4', 'pHB-1')])]))
  t.same((await itemsOf(env.db, two.jobId)).map((i) => [String(i.mms_id), i.library, i.location, i.call_number, i.barcode]), [[two.mmsId, 'MAIN', 'branch', 'ML410 .B4', 'HB-1']], 'a holding and item from 852')
  t.equal((await poLinesOf(env.db, two.jobId)).length, 0, 'a repository profile orders nothing')
})

// Issue 15: PO lines "grouped into purchase orders (per record, per file, or per vendor invoice
// number)". A job's bulk files run in concurrent transactions: two naming the same invoice must
// still make one purchase order for it.
t.test('two bulk files of a job naming the same invoice at once share one purchase order (PER_INVOICE)', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const jobId = await runningImportJob(env, 'two files at once')
  const mapping = { ...PRESETS.III_960.mapping, order: { ...PRESETS.III_960.mapping.order, invoiceNumber: { sources: ['960$n'], default: null } } }
  const inventory = inventorySettings({ type: 'PHYSICAL', library: 'MAIN', preset: 'III_960', mapping, poGrouping: 'PER_INVOICE' }, 'NEW_ORDER')
  const context = { jobId, institutionId: env.institutionId, profile: { type: 'NEW_ORDER' as const, inventory } }
  const base = await sharedRecords(JAZZ)
  const input = (n: number) => ({
    incomingId: n,
    bulkFileId: `file-${n}`,
    mmsId: 970_000 + n,
    record: withFields(base[n]!, [field('960', 's5.00', 'uART', 'vAMAZ', 'nINV-77'), field('945', `iINV-ITEM-${n}`, 'lmain')]),
  })

  // The first file's transaction writes its order and stays open while the second one starts.
  const first = heldTransaction(env.db, (trx) => writeGroupInventory(trx, context, [input(1)]))
  await first.ready
  const second = env.db.transaction().execute((trx) => writeGroupInventory(trx, context, [input(2)]))
  await new Promise((resolve) => setTimeout(resolve, 300))
  first.release()
  await Promise.all([first.result, second])

  const orders = await env.db.selectFrom('purchase_orders').select(['id', 'group_key']).where('job_id', '=', jobId).execute()
  t.same(orders.map((o) => o.group_key), ['invoice:INV-77'], 'one purchase order for the invoice')
  const lines = await env.db.selectFrom('po_lines').select(['purchase_order_id', 'invoice_number']).where('job_id', '=', jobId).execute()
  t.same(lines.map((l) => [l.purchase_order_id, l.invoice_number]), [[orders[0]?.id, 'INV-77'], [orders[0]?.id, 'INV-77']], 'both files\' PO lines on it')
})

// Numbers are issued without gaps across a job's concurrent bulk files: the PO lines and purchase
// orders of a first import are numbered 1 … N, each once, and each record's report names its line.
t.test('a first import over many bulk files numbers its PO lines and purchase orders 1 … N without gaps, each as its record reports', async (t) => {
  const env = await createTestApp(t)
  await configure(env.db, env.institutionId, III_CONFIG)
  const base = (await sharedRecords(JAZZ)).slice(0, 60)
  const records = base.map((r, i) => withFields(r, [field('960', 's5.00', 'uART', 'vAMAZ'), field('945', `iGAP-${i + 1}`, 'lmain')]))
  const profile = await createProfile(env, { type: 'NEW_ORDER', ...ADD, splitSize: 7, inventory: { type: 'PHYSICAL', library: 'MAIN', preset: 'III_960' } })
  const { job } = await runImport(t, env, profile, iso2709(records))
  t.equal(job.status, 'COMPLETED_SUCCESS', JSON.stringify(job.failureReason ?? job))
  const expected = (prefix: string) => Array.from({ length: 60 }, (_, i) => `${prefix}-${String(i + 1).padStart(7, '0')}`)
  const lines = await poLinesOf(env.db, job.id)
  t.same(lines.map((l) => l.number).sort(), expected('POL'), 'PO lines POL-0000001 … POL-0000060')
  t.same(lines.map((l) => l.purchase_order).sort(), expected('PO'), 'purchase orders PO-0000001 … PO-0000060, one per record')
  const reported = await env.db
    .selectFrom('incoming_records as i')
    .innerJoin('po_lines as l', 'l.incoming_record_id', 'i.id')
    .select(['l.number', sql<string>`i.inventory->>'poLineNumber'`.as('reported')])
    .where('l.job_id', '=', job.id)
    .execute()
  t.same(reported.filter((r) => r.number !== r.reported), [], "each record's inventory names its own PO line")
})
