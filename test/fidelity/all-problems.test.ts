/**
 * Issue 14 "Every problem of a record, in order, with its position", through the API: a record
 * built here with four bad fields (two indicators that are no indicators, an empty subfield, a
 * subfield code that is no code) and a tolerated leader defect, under STRICT, names all four in
 * field order with their field positions, and its warning, wherever its problem is shown: the file
 * details, the not-imported drill-down, the INVALID import issue and the single-record 422.
 */
import t, { type Test } from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, runImport } from '../helpers/imports.ts'
import { cleanRecord, df, isoRecord } from '../marc/iso-builder.ts'

/**
 * Field #1 is the 001; the bad fields are #2 to #5, as built. The empty subfield is
 * BAD_SUBFIELD_CODE under STRICT (review14 finding 13 would make it EMPTY_SUBFIELD as under REPAIR).
 */
const EXPECTED = [
  { field: 2, tag: '245', code: /^BAD_INDICATOR$/ },
  { field: 3, tag: '336', code: /^(BAD_SUBFIELD_CODE|EMPTY_SUBFIELD)$/ },
  { field: 4, tag: '500', code: /^BAD_SUBFIELD_CODE$/ },
  { field: 5, tag: '650', code: /^BAD_INDICATOR$/ },
]

function fourBadFields(): Buffer {
  const bytes = isoRecord([
    ['001', 'f4'],
    ['245', df('\x141$aFour bad fields.')], // indicator 1 is U+0014
    ['336', df('  $btxt$$2rdacontent')], // an empty subfield
    ['500', df('  $ anote')], // subfield code ' '
    ['650', df('\x07 $aSubject.')], // indicator 1 is U+0007 (BEL)
  ])
  // Ldr/20-23 '4400': tolerated under every policy (read as 4500), a warning of the record.
  bytes.write('4400', 20, 'latin1')
  return bytes
}
const FOUR = fourBadFields()

interface Shown {
  code: string
  message: string
  field: number | null
}

/** All four, in field order, each naming its field by position and tag. */
function checkAll(t: Test, problems: Shown[] | undefined, where: string) {
  t.equal(problems?.length, EXPECTED.length, `${where}: every problem of the record`)
  t.same(
    problems?.map((p) => p.field),
    EXPECTED.map((e) => e.field),
    `${where}: in field order, each with its field position`,
  )
  EXPECTED.forEach((expected, i) => {
    const shown = problems?.[i]
    t.match(shown?.code, expected.code, `${where}: field #${expected.field} (${expected.tag}) has its code`)
    t.match(shown?.message, new RegExp(`\\b${expected.tag}\\b`), `${where}: its message names the field (${shown?.message})`)
  })
}

async function get(env: TestApp, url: string) {
  const res = await env.app.inject({ method: 'GET', url, headers: env.admin.headers })
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

t.test('every problem of a record not imported, in order, with its position (STRICT)', async (t) => {
  const env = await createTestApp(t)
  const strict = await createProfile(env, { match: { method: 'NONE' }, repairPolicy: 'STRICT' })
  const { job, report } = await runImport(t, env, strict, Buffer.concat([cleanRecord('r1'), FOUR]))
  t.equal(report.counters.recordsAdded, 1)
  t.equal(report.counters.recordsNotImported, 1)
  t.equal(report.counters.recordsImportedWithRepairs, 0, 'a record not imported is not counted as imported with repairs')

  t.test('file details', async (t) => {
    const files = await get(env, `/v1/jobs/${job.id}/files`)
    const [file] = (Array.isArray(files) ? files : files.items) as Array<{
      problems: Array<Shown & { position: number; problems: Shown[]; warnings: Shown[] }>
      repairs: unknown[]
    }>
    t.equal(file?.problems.length, 1, 'one record not imported')
    const listed = file?.problems[0]
    t.equal(listed?.position, 2, 'the second record of the file')
    t.match(listed?.code, EXPECTED[0]?.code, 'code: the first problem, as before')
    t.equal(listed?.field, 2, 'with its field position')
    checkAll(t, listed?.problems, 'file details')
    t.match(listed?.warnings, [{ code: 'BAD_LEADER', field: null, message: /Ldr\/20-23/ }], 'the warnings of the record are kept')
    t.same(file?.repairs, [], 'the repairs list holds records that were read, not this one')
  })

  t.test('not-imported drill-down', async (t) => {
    const preview = await get(env, `/v1/jobs/${job.id}/report/recordsNotImported/records`)
    t.same(
      preview.records.map((r: { position: number }) => r.position),
      [2],
    )
    const [row] = preview.records as Array<{ problem: { code: string }; problems: Shown[] }>
    t.match(row?.problem.code, EXPECTED[0]?.code, 'problem: the first, as before')
    checkAll(t, row?.problems, 'drill-down')
    const added = await get(env, `/v1/jobs/${job.id}/report/recordsAdded/records`)
    t.same(added.records[0]?.problems, [], 'a record that was read has none')
  })

  t.test('the INVALID import issue', async (t) => {
    const issues = (await get(env, `/v1/issues?jobId=${job.id}&kind=INVALID`)).items as Array<{ id: string; reason: string; record: { position: number } }>
    t.equal(issues.length, 1)
    const codes = [...(issues[0]?.reason.matchAll(/(?:^|; )([A-Z_]+): /g) ?? [])].map((m) => m[1])
    t.equal(codes.length, EXPECTED.length, `its reason names the four problems in order (${issues[0]?.reason})`)
    EXPECTED.forEach((expected, i) => t.match(codes[i], expected.code))
    const detail = await get(env, `/v1/issues/${issues[0]?.id}`)
    t.match(detail.problem, /^BAD_INDICATOR: /, 'problem: the first, as before')
    checkAll(t, detail.problems, 'issue detail')
  })

  t.test('the 422 of a single-record import', async (t) => {
    const res = await env.app.inject({
      method: 'POST',
      url: `/v1/profiles/${strict}/import-record`,
      headers: { ...env.admin.headers, 'content-type': 'application/marc' },
      payload: FOUR,
    })
    t.equal(res.statusCode, 422)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    const body = res.json()
    checkAll(t, body.problems, '422 problem+json')
    for (const expected of EXPECTED) t.match(body.detail, new RegExp(`#${expected.field} \\(${expected.tag}\\)|\\b${expected.tag}\\b`), `the detail names field ${expected.tag}`)
  })
})
