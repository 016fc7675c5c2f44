import t from 'tap'
import { readRecords } from '../../src/marc/reader.ts'
import type { MarcRecord } from '../../src/marc/record.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { filesOf, incomingOf, makeProfile, recountOutcomes, settled, startJob } from '../helpers/job-fixtures.ts'
import { readSharedMarc } from '../helpers/shared.ts'

async function read(bytes: Uint8Array) {
  const items = []
  for await (const item of readRecords((async function* () {
    yield bytes
  })())) items.push(item)
  return items
}

/**
 * The records read, their leaders without the positions a writer computes (record length, base
 * address): MARCXML carries whatever the source had there.
 */
async function records(bytes: Uint8Array): Promise<MarcRecord[]> {
  return (await read(bytes)).flatMap((item) =>
    item.ok ? [{ ...item.record, leader: `#####${item.record.leader.slice(5, 12)}#####${item.record.leader.slice(17)}` }] : [],
  )
}

const get = (env: TestApp, url: string, headers: Record<string, string> = {}) =>
  env.app.inject({ method: 'GET', url, headers: { ...env.admin.headers, ...headers } })

/** Marks records of a finished job not imported, as matching would (no matching profile here). */
async function markNotImported(env: TestApp, jobId: string, positions: number[], reason = 'NEWER_VERSION_IN_REPOSITORY') {
  await env.db
    .updateTable('incoming_records')
    .set({ outcome: 'NOT_IMPORTED', reason })
    .where('job_id', '=', jobId)
    .where('position', 'in', positions)
    .where('problem_code', 'is', null)
    .execute()
  await recountOutcomes(env, jobId)
}

t.test('a bulk file downloads as the file it was: ISO 2709, MARCXML, MARC-in-JSON', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env, { splitSize: 4 })
  const iso = await settled(env, await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }]))
  const isoFiles = await filesOf(env, iso.id)
  const parts: Buffer[] = []
  for (const [i, file] of isoFiles.entries()) {
    const res = await get(env, `/v1/jobs/${iso.id}/files/${file.id}/content`)
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/marc')
    t.equal(res.headers['content-disposition'], `attachment; filename="test-${i + 1}.mrc"; filename*=UTF-8''test-${i + 1}.mrc`)
    t.equal(res.headers['x-record-count'], String(file.recordCount))
    parts.push(res.rawPayload)
  }
  t.same(Buffer.concat(parts), readSharedMarc('pymarc/test.dat'), 'the bulk files together are the upload, byte for byte')

  const xml = await settled(env, await startJob(env, profileId, [{ name: 'batch.xml', content: readSharedMarc('pymarc/batch.xml') }]))
  const [xmlFile] = await filesOf(env, xml.id)
  const xmlRes = await get(env, `/v1/jobs/${xml.id}/files/${xmlFile?.id}/content`)
  t.equal(xmlRes.headers['content-type'], 'application/marcxml+xml')
  t.match(xmlRes.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<collection xmlns="http:\/\/www.loc.gov\/MARC21\/slim">\n/)
  t.match(xmlRes.body, /<\/collection>\n$/)
  const xmlRecords = await records(xmlRes.rawPayload)
  t.equal(xmlRecords.length, xmlFile?.recordCount)
  t.same(xmlRecords, (await records(readSharedMarc('pymarc/batch.xml'))).slice(0, xmlFile?.recordCount), 'the same records')

  const json = await settled(env, await startJob(env, profileId, [{ name: 'batch.json', content: readSharedMarc('pymarc/batch.json') }]))
  const [jsonFile] = await filesOf(env, json.id)
  const jsonRes = await get(env, `/v1/jobs/${json.id}/files/${jsonFile?.id}/content`)
  t.equal(jsonRes.headers['content-type'], 'application/marc+json')
  t.equal(jsonRes.json().length, jsonFile?.recordCount, 'a JSON array of the records')
  t.same(await records(jsonRes.rawPayload), (await records(readSharedMarc('pymarc/batch.json'))).slice(0, jsonFile?.recordCount))

  t.equal((await get(env, `/v1/jobs/${iso.id}/files/${xmlFile?.id}/content`)).statusCode, 404, 'another job\'s file')
})

t.test('records not imported download as MARC and import again as the same records', async (t) => {
  const env = await createTestApp(t)
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const profileId = await makeProfile(env, { splitSize: 3, repairPolicy: 'STRICT' })
  const job = await settled(env, await startJob(env, profileId, [{ name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') }]))
  t.equal(job.status, 'COMPLETED_WITH_ERRORS')
  const notImported = (await incomingOf(env, job.id)).filter((row) => row.outcome === 'NOT_IMPORTED')
  t.equal(notImported.length, job.counters.NOT_IMPORTED)

  const res = await get(env, `/v1/jobs/${job.id}/not-imported`, { accept: 'application/marc' })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/marc')
  t.equal(res.headers['content-disposition'], `attachment; filename="job-${job.id}-not-imported.mrc"; filename*=UTF-8''job-${job.id}-not-imported.mrc`)
  t.equal(res.headers['x-record-count'], String(notImported.length))
  t.equal(res.headers['x-records-not-converted'], '0', 'unreadable records go back as they came, in their own format')
  t.same(res.rawPayload, Buffer.concat(notImported.map((row) => row.raw)), 'the records\' own bytes')

  const again = await settled(env, await startJob(env, profileId, [{ name: 'fixed.mrc', content: res.rawPayload }]))
  const reread = await incomingOf(env, again.id)
  t.same(
    reread.map((row) => ({ raw: row.raw.toString('base64'), problem: row.problem_code })),
    notImported.map((row) => ({ raw: row.raw.toString('base64'), problem: row.problem_code })),
    'uploaded again, the same records are read, with the same problems',
  )

  const files = await filesOf(env, job.id)
  let fromFiles = 0
  for (const file of files) {
    const one = await get(env, `/v1/jobs/${job.id}/files/${file.id}/not-imported`, { accept: 'application/marc' })
    t.equal(one.statusCode, 200)
    t.equal(Number(one.headers['x-record-count']), file.problems.length, `${file.name}: its records not imported`)
    fromFiles += one.rawPayload.length
  }
  t.equal(fromFiles, res.rawPayload.length, 'the files\' downloads add up to the job\'s')
})

t.test('converted on request; what cannot be converted is counted, not sent; 406 for other formats', async (t) => {
  const env = await createTestApp(t)
  // STRICT: bad_records.mrc's records 4, 5 and 7 stay unreadable (REPAIR reads them, test/marc/corpus.test.ts).
  const profileId = await makeProfile(env, { splitSize: 50, repairPolicy: 'STRICT' })
  const job = await settled(
    env,
    await startJob(env, profileId, [
      { name: 'test.dat', content: readSharedMarc('pymarc/test.dat') },
      { name: 'bad.mrc', content: readSharedMarc('pymarc/bad_records.mrc') },
    ]),
  )
  const [clean, bad] = await filesOf(env, job.id)
  const invalid = bad?.problems.length ?? 0
  t.ok(invalid > 0)
  await env.db
    .updateTable('incoming_records')
    .set({ outcome: 'NOT_IMPORTED', reason: 'NEWER_VERSION_IN_REPOSITORY' })
    .where('bulk_file_id', '=', clean?.id ?? '')
    .where('position', 'in', [2, 5])
    .execute()
  await recountOutcomes(env, job.id)
  const originals = (await records(readSharedMarc('pymarc/test.dat'))).filter((_, i) => i === 1 || i === 4)

  const xml = await get(env, `/v1/jobs/${job.id}/not-imported`, { accept: 'application/marcxml+xml' })
  t.equal(xml.statusCode, 200)
  t.equal(xml.headers['content-type'], 'application/marcxml+xml')
  t.equal(xml.headers['x-record-count'], '2')
  t.equal(xml.headers['x-records-not-converted'], String(invalid), 'the unreadable records cannot be MARCXML')
  t.same(await records(xml.rawPayload), originals, 'the records, as MARCXML')
  const reimported = await settled(env, await startJob(env, profileId, [{ name: 'fixed.xml', content: xml.rawPayload }]))
  t.equal(reimported.status, 'COMPLETED_SUCCESS')
  const rows = await incomingOf(env, reimported.id)
  t.same((await Promise.all(rows.map((row) => records(row.raw)))).flat(), originals, 'uploaded again, the same records are read')

  const byReason = await get(env, `/v1/jobs/${job.id}/not-imported?reason=NEWER_VERSION_IN_REPOSITORY`, { accept: 'application/marc' })
  t.same(await records(byReason.rawPayload), originals, 'only records not imported for that reason')
  t.equal(byReason.headers['x-records-not-converted'], '0')

  // From MARCXML to ISO 2709 as well.
  const xmlJob = await settled(env, await startJob(env, profileId, [{ name: 'batch.xml', content: readSharedMarc('pymarc/batch.xml') }]))
  await markNotImported(env, xmlJob.id, [1])
  const iso = await get(env, `/v1/jobs/${xmlJob.id}/not-imported`, { accept: 'application/marc;q=0.9, application/marcxml+xml;q=0.1' })
  t.equal(iso.headers['content-type'], 'application/marc')
  t.same(await records(iso.rawPayload), (await records(readSharedMarc('pymarc/batch.xml'))).slice(0, 1))
  t.equal((await get(env, `/v1/jobs/${xmlJob.id}/not-imported`)).headers['content-type'], 'application/marcxml+xml', 'no preference: as uploaded')
  t.equal((await get(env, `/v1/jobs/${xmlJob.id}/not-imported`, { accept: '*/*' })).headers['content-type'], 'application/marcxml+xml')

  const refused = await get(env, `/v1/jobs/${job.id}/not-imported`, { accept: 'application/json' })
  t.equal(refused.statusCode, 406)
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  t.equal(refused.json().type, '/problems/not-acceptable')
  t.equal((await get(env, `/v1/jobs/${job.id}/files/${clean?.id}/not-imported`, { accept: 'text/csv, application/marc;q=0' })).statusCode, 406)
})

t.test('downloads: 401 without a key, 403 for roles that may not see the job, 404 elsewhere', async (t) => {
  const env = await createTestApp(t)
  const profileId = await makeProfile(env)
  const job = await settled(env, await startJob(env, profileId, [{ name: 'test.dat', content: readSharedMarc('pymarc/test.dat') }]))
  const [file] = await filesOf(env, job.id)
  const urls = [`/v1/jobs/${job.id}/files/${file?.id}/content`, `/v1/jobs/${job.id}/files/${file?.id}/not-imported`, `/v1/jobs/${job.id}/not-imported`]
  const buyer = await env.userWith(['PURCHASING_OPERATOR'])
  const outsider = await env.userWith(['GENERAL_SYSTEM_ADMINISTRATOR', 'CATALOG_ADMINISTRATOR'], await env.createInstitution('OTHER'))
  for (const url of urls) {
    t.equal((await env.app.inject({ method: 'GET', url })).statusCode, 401, `anonymous ${url}`)
    t.equal((await env.app.inject({ method: 'GET', url, headers: buyer.headers })).statusCode, 403, `purchasing ${url}`)
    t.equal((await env.app.inject({ method: 'GET', url, headers: outsider.headers })).statusCode, 404, `other institution ${url}`)
  }
  t.equal((await get(env, `/v1/jobs/${job.id}/files/00000000-0000-4000-8000-000000000000/not-imported`)).statusCode, 404)
  const none = await get(env, `/v1/jobs/${job.id}/not-imported`)
  t.equal(none.statusCode, 200)
  t.equal(none.headers['x-record-count'], '0')
  t.equal(none.rawPayload.length, 0, 'nothing not imported: an empty file')
})
