/**
 * Issue 14 acceptance over every record file of `../shared/marc/`, imported through the API with a
 * REPAIR profile (normalization PRESERVE) and a STRICT one (NFC, what the reader did before):
 * - STRICT imports exactly what it imported before issue 14 (STRICT_TODAY: main at 15469b8, read
 *   with the reader's defaults, before this branch changed anything);
 * - REPAIR imports at least the best count of the five peers of SOURCES.md (BEST_PEER, copied from
 *   its "Peer tools read" and "marc4j" columns), for every file;
 * - each record imported with repairs is counted and listed with its repairs (REPAIRED);
 * - every imported ISO 2709 record labelled UTF-8 (Ldr/09 'a') with valid UTF-8 bytes exports as
 *   ISO 2709 byte for byte as it came, except the records whose recorded repairs say why;
 * - the downloads of every file's not-imported and repaired records re-read in our reader and in an
 *   independent one (marcjs for ISO 2709, the saxes XML parser for MARCXML).
 */
import t, { type Test } from 'tap'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { createProfile, reportOf, startImport, waitForJob } from '../helpers/imports.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { sharedRecordFiles } from '../marc/helpers.ts'
import { gunzip, isoRecordSlices, marcjsIso2709, ourItems, xmlRecords } from './fixtures.ts'

const STRICT_TODAY: Record<string, number> = {
  'evergreen/FSL.marc': 52,
  'evergreen/RDA/RDA_record_CD_Claudia.mrc': 1,
  'evergreen/RDA/RDA_record_DVD-BLUE-RAY-MOVIE_Pineapple_express.mrc': 1,
  'evergreen/RDA/RDA_record_DVD_Jorge_Mautner.mrc': 1,
  'evergreen/RDA/RDA_record_MAP_2012_Enchanted_Circle.mrc': 1,
  'evergreen/RDA/RDA_record_PHOTO_Srid_pa_ho.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE-CD_Arias_for_soprano.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Arias_for_bass.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Intermediate_studies.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Wiegenlied.mrc': 1,
  'evergreen/RDA/RDA_record_SERIAL_IEEE_International_conference.mrc': 1,
  'evergreen/auth-1066.mrc': 1066,
  'evergreen/badisbns.xml': 10,
  'evergreen/hebrew.marc': 19,
  'evergreen/jazz_1k.mrc': 1000,
  'evergreen/lul_fre_100.mrc': 100,
  'evergreen/lul_fre_500.mrc': 500,
  'evergreen/map_data.mrc': 3,
  'evergreen/nepali.marc': 96,
  'evergreen/oss.marc': 40,
  'evergreen/sample_acq_order.mrc': 10,
  'evergreen/serials_marc21.xml': 7,
  'evergreen/serials_mfhd.xml': 7,
  'marc4j/008008027.mrc': 18,
  'marc4j/065001035.mrc': 40,
  'marc4j/1474920681_KOHA_LFL_6_with_comment.xml': 1,
  'marc4j/OCLC_814388508.xml': 1,
  'marc4j/azdoud.xml': 1,
  'marc4j/bad-characters-in-various-fields.mrc': 0,
  'marc4j/bad_hathi_records.mrc': 5,
  'marc4j/bad_leaders_10_11.mrc': 1,
  'marc4j/bad_oversize_field_bad_directory.mrc': 5,
  'marc4j/bad_too_long_plus_2.mrc': 3,
  'marc4j/brkrtest.mrc': 8,
  'marc4j/brkrtest_UTF8.mrc': 8,
  'marc4j/chabon-bad-subfields-element.xml': 0,
  'marc4j/chabon-missing-controlfield-tag.xml': 0,
  'marc4j/chabon-missing-datafield-tag.xml': 0,
  'marc4j/chabon-missing-subfield-code.xml': 0,
  'marc4j/chabon-record-type-bad.xml': 2,
  'marc4j/chabon.mrc': 2,
  'marc4j/chabon.xml': 2,
  'marc4j/chinese_mangled_multibyte.mrc': 3,
  'marc4j/cruel-cruel-indicatorless-summerland.xml': 1,
  'marc4j/cyrillic_capital_e.mrc': 0,
  'marc4j/datos-20161010-slice.mrc': 1,
  'marc4j/field700_4_test.mrc': 2,
  'marc4j/greekmissingcharsetchange.mrc': 2,
  'marc4j/illegal-marc-in-json.json': 0,
  'marc4j/incomplete_esc_seq.mrc': 0,
  'marc4j/loongboonmee.mrc': 2,
  'marc4j/marc-in-json.json': 1,
  'marc4j/marc-json.json': 0, // not MARC: the job fails
  'marc4j/not_unimarc_errors_3.mrc': 0,
  'marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc': 1,
  'marc4j/pride-and-prejudice-fixed.mrc': 383,
  'marc4j/pride-and-prejudice-with-many-errors.mrc': 298,
  'marc4j/sample1.mrc': 7,
  'marc4j/sample1a.xml': 9,
  'marc4j/selectedRecs.mrc': 11,
  'marc4j/summerland.mrc': 1,
  'marc4j/summerland.xml': 1,
  'marc4j/u17_utf8.mrc': 1,
  'marc4j/u335.mrc': 1,
  'marc4j/unordered-directory-entries.mrc': 1,
  'pymarc/1251.dat': 0,
  'pymarc/alphatag.dat': 1,
  'pymarc/bad_eacc_encoding.dat': 0,
  'pymarc/bad_indicator.dat': 0,
  'pymarc/bad_marc8_escape.dat': 0,
  'pymarc/bad_records.mrc': 5,
  'pymarc/bad_subfield_code.dat': 0,
  'pymarc/bad_tag.xml': 0,
  'pymarc/batch.json': 2,
  'pymarc/batch.xml': 2,
  'pymarc/diacritic.dat': 1,
  'pymarc/marc.dat': 20,
  'pymarc/marc8.dat': 1,
  'pymarc/multi_isbn.dat': 1,
  'pymarc/one.json': 1,
  'pymarc/regression45.dat': 12,
  'pymarc/test.dat': 10,
  'pymarc/test.json': 0,
  'pymarc/testunimarc.dat': 1,
  'pymarc/utf8.xml': 1,
  'pymarc/utf8_errors.dat': 1,
  'pymarc/utf8_invalid.mrc': 0,
  'pymarc/utf8_with_leader_flag.dat': 1,
  'pymarc/utf8_without_leader_flag.dat': 1,
  'ruby-marc/cp866_multirecord.marc': 0,
  'ruby-marc/cp866_unimarc.marc': 0,
  'ruby-marc/escaped_character_reference.marc8.marc': 1,
  'ruby-marc/marc8_accented_chars.marc': 0,
  'ruby-marc/marc_with_bad_utf8.utf8.marc': 1,
  'ruby-marc/messed_up_leader.xml': 1,
  'ruby-marc/no-leading-zero.xml': 0,
  'ruby-marc/non-numeric.dat': 1,
  'ruby-marc/non-numeric.xml': 1,
  'ruby-marc/one.xml': 1,
  'ruby-marc/random_tag_order.dat': 1,
  'ruby-marc/random_tag_order2.dat': 1,
  'ruby-marc/three-records-second-bad.xml': 2,
  'ruby-marc/utf8.marc': 1,
  'ruby-marc/utf8_multirecord.marc': 2,
  'ruby-marc/utf8_with_bad_bytes.marc': 0,
}
const BEST_PEER: Record<string, number> = {
  'pymarc/1251.dat': 6,
  'pymarc/alphatag.dat': 1,
  'pymarc/bad_eacc_encoding.dat': 1,
  'pymarc/bad_indicator.dat': 1,
  'pymarc/bad_marc8_escape.dat': 1,
  'pymarc/bad_records.mrc': 8,
  'pymarc/bad_subfield_code.dat': 1,
  'pymarc/diacritic.dat': 1,
  'pymarc/marc.dat': 20,
  'pymarc/marc8.dat': 1,
  'pymarc/multi_isbn.dat': 1,
  'pymarc/regression45.dat': 12,
  'pymarc/test.dat': 10,
  'pymarc/testunimarc.dat': 1,
  'pymarc/utf8_errors.dat': 1,
  'pymarc/utf8_invalid.mrc': 1,
  'pymarc/utf8_with_leader_flag.dat': 1,
  'pymarc/utf8_without_leader_flag.dat': 1,
  'marc4j/008008027.mrc': 19,
  'marc4j/065001035.mrc': 40,
  'marc4j/bad-characters-in-various-fields.mrc': 1,
  'marc4j/bad_hathi_records.mrc': 5,
  'marc4j/bad_leaders_10_11.mrc': 1,
  'marc4j/bad_oversize_field_bad_directory.mrc': 5,
  'marc4j/bad_too_long_plus_2.mrc': 3,
  'marc4j/brkrtest.mrc': 8,
  'marc4j/brkrtest_UTF8.mrc': 8,
  'marc4j/chabon.mrc': 2,
  'marc4j/chinese_mangled_multibyte.mrc': 4,
  'marc4j/cyrillic_capital_e.mrc': 2,
  'marc4j/datos-20161010-slice.mrc': 1,
  'marc4j/field700_4_test.mrc': 2,
  'marc4j/greekmissingcharsetchange.mrc': 3,
  'marc4j/incomplete_esc_seq.mrc': 1,
  'marc4j/loongboonmee.mrc': 2,
  'marc4j/not_unimarc_errors_3.mrc': 3,
  'marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc': 1,
  'marc4j/pride-and-prejudice-fixed.mrc': 383,
  'marc4j/pride-and-prejudice-with-many-errors.mrc': 383,
  'marc4j/sample1.mrc': 8,
  'marc4j/selectedRecs.mrc': 11,
  'marc4j/summerland.mrc': 1,
  'marc4j/u17_utf8.mrc': 1,
  'marc4j/u335.mrc': 1,
  'marc4j/unordered-directory-entries.mrc': 1,
  'ruby-marc/cp866_multirecord.marc': 2,
  'ruby-marc/cp866_unimarc.marc': 1,
  'ruby-marc/escaped_character_reference.marc8.marc': 1,
  'ruby-marc/marc8_accented_chars.marc': 1,
  'ruby-marc/marc_with_bad_utf8.utf8.marc': 1,
  'ruby-marc/non-numeric.dat': 1,
  'ruby-marc/random_tag_order.dat': 1,
  'ruby-marc/random_tag_order2.dat': 1,
  'ruby-marc/utf8.marc': 1,
  'ruby-marc/utf8_multirecord.marc': 2,
  'ruby-marc/utf8_with_bad_bytes.marc': 1,
  'evergreen/FSL.marc': 52,
  'evergreen/RDA/RDA_record_CD_Claudia.mrc': 1,
  'evergreen/RDA/RDA_record_DVD-BLUE-RAY-MOVIE_Pineapple_express.mrc': 1,
  'evergreen/RDA/RDA_record_DVD_Jorge_Mautner.mrc': 1,
  'evergreen/RDA/RDA_record_MAP_2012_Enchanted_Circle.mrc': 1,
  'evergreen/RDA/RDA_record_PHOTO_Srid_pa_ho.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE-CD_Arias_for_soprano.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Arias_for_bass.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Intermediate_studies.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Wiegenlied.mrc': 1,
  'evergreen/RDA/RDA_record_SERIAL_IEEE_International_conference.mrc': 1,
  'evergreen/auth-1066.mrc': 1066,
  'evergreen/hebrew.marc': 20,
  'evergreen/jazz_1k.mrc': 1000,
  'evergreen/lul_fre_100.mrc': 100,
  'evergreen/lul_fre_500.mrc': 500,
  'evergreen/map_data.mrc': 3,
  'evergreen/nepali.marc': 96,
  'evergreen/oss.marc': 42,
  'evergreen/sample_acq_order.mrc': 10,
}

/**
 * Records imported with repairs under either policy, from SOURCES.md's notes: a blank Ldr/22 (auth-1066
 * all 1,066; oss 22 of its 23, one is not imported), Ldr/10-11 and 20-23 blank or not 4500
 * (bad_leaders_10_11, non-numeric, bad_too_long_plus_2, sample1), a 3-character indicator area
 * (regression45 11, sample_acq_order, nepali 1), lengths that do not match (bad_records 3 with a
 * wrong base address, marc_with_bad_utf8, bad_hathi_records' 99999, datos).
 * Counted from the bytes (a one-off Python script over the source files, not our reader):
 * UTF-8 under a blank Ldr/09 (valid UTF-8, no ESC, not ASCII) read as UTF-8 and written back with
 * 'a' (FSL 52, map_data 3, utf8_without_leader_flag, testunimarc); a field ending in a bare subfield
 * delimiter (jazz_1k records 383, 473, 474, 640 and 788); a field longer than 9,999 bytes, so a
 * directory with 5-digit lengths (bad_oversize_field_bad_directory record 2: its 520 has 11,240);
 * MARCXML elements that are not MARC (the Koha record's <identifier> and <datestamp>) or a
 * <datafield> without indicator attributes (cruel-cruel-indicatorless-summerland's 911).
 * STRICT's profile asks for NFC, so each imported UTF-8 record with a field not in NFC has a
 * NORMALIZED repair: nepali all 96 (one with its indicator area), pride-and-prejudice-fixed 42,
 * regression45 12 (11 with their indicator area: 11 + 1), brkrtest_UTF8 5 (records 2-6),
 * serials_marc21 5, auth-1066 25 (all with their Ldr/22), greekmissingcharsetchange 1 (record 3), the
 * RDA CD, DVD Jorge Mautner, SCORE-CD, SCORE bass and Wiegenlied records, diacritic, utf8_errors,
 * utf8_with_leader_flag, utf8_without_leader_flag (also Ldr/09), OCLC_814388508.xml,
 * serials_mfhd 1, ruby-marc utf8 1 and utf8_multirecord 2.
 */
const STRICT_REPAIRED: Record<string, number> = {
  'evergreen/FSL.marc': 52,
  'evergreen/RDA/RDA_record_CD_Claudia.mrc': 1,
  'evergreen/RDA/RDA_record_DVD_Jorge_Mautner.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE-CD_Arias_for_soprano.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Arias_for_bass.mrc': 1,
  'evergreen/RDA/RDA_record_SCORE_Wiegenlied.mrc': 1,
  'evergreen/auth-1066.mrc': 1066,
  'evergreen/jazz_1k.mrc': 5,
  'evergreen/map_data.mrc': 3,
  'evergreen/nepali.marc': 96,
  'evergreen/oss.marc': 22,
  'evergreen/sample_acq_order.mrc': 9,
  'evergreen/serials_marc21.xml': 5,
  'evergreen/serials_mfhd.xml': 1,
  'marc4j/1474920681_KOHA_LFL_6_with_comment.xml': 1,
  'marc4j/OCLC_814388508.xml': 1,
  'marc4j/bad_hathi_records.mrc': 1,
  'marc4j/bad_leaders_10_11.mrc': 1,
  'marc4j/bad_oversize_field_bad_directory.mrc': 1,
  'marc4j/bad_too_long_plus_2.mrc': 3,
  'marc4j/brkrtest_UTF8.mrc': 5,
  'marc4j/cruel-cruel-indicatorless-summerland.xml': 1,
  'marc4j/datos-20161010-slice.mrc': 1,
  'marc4j/greekmissingcharsetchange.mrc': 1,
  'marc4j/pride-and-prejudice-fixed.mrc': 42,
  'marc4j/sample1.mrc': 3,
  'pymarc/bad_records.mrc': 3,
  'pymarc/diacritic.dat': 1,
  'pymarc/regression45.dat': 11 + 1,
  'pymarc/testunimarc.dat': 1,
  'pymarc/utf8_errors.dat': 1,
  'pymarc/utf8_with_leader_flag.dat': 1,
  'pymarc/utf8_without_leader_flag.dat': 1,
  'ruby-marc/marc_with_bad_utf8.utf8.marc': 1,
  'ruby-marc/non-numeric.dat': 1,
  'ruby-marc/non-numeric.xml': 1,
  'ruby-marc/utf8.marc': 1,
  'ruby-marc/utf8_multirecord.marc': 2,
}

/** The repairs every policy makes (leader, lengths, Ldr/09, delimiter, directory, XML): STRICT's, without its NFC. */
const EVERY_POLICY: Record<string, number> = {
  'evergreen/FSL.marc': 52,
  'evergreen/auth-1066.mrc': 1066,
  'evergreen/jazz_1k.mrc': 5,
  'evergreen/map_data.mrc': 3,
  'evergreen/nepali.marc': 1,
  'evergreen/oss.marc': 22,
  'evergreen/sample_acq_order.mrc': 9,
  'marc4j/1474920681_KOHA_LFL_6_with_comment.xml': 1,
  'marc4j/bad_hathi_records.mrc': 1,
  'marc4j/bad_leaders_10_11.mrc': 1,
  'marc4j/bad_oversize_field_bad_directory.mrc': 1,
  'marc4j/bad_too_long_plus_2.mrc': 3,
  'marc4j/cruel-cruel-indicatorless-summerland.xml': 1,
  'marc4j/datos-20161010-slice.mrc': 1,
  'marc4j/sample1.mrc': 3,
  'pymarc/bad_records.mrc': 3,
  'pymarc/regression45.dat': 11,
  'pymarc/testunimarc.dat': 1,
  'pymarc/utf8_without_leader_flag.dat': 1,
  'ruby-marc/marc_with_bad_utf8.utf8.marc': 1,
  'ruby-marc/non-numeric.dat': 1,
  'ruby-marc/non-numeric.xml': 1,
}

/**
 * REPAIR adds the records only it mends, from the bytes (test/marc/corpus.test.ts says why for
 * each). Structure: bad_indicator's field tagged '0 2' dropped; bad_records 4 and 5 (a 13-byte
 * directory over one field) and 7 (a leader alone); bad_subfield_code's '$á', utf8_invalid's
 * '$\uFFFD', bad-characters' 0x14 and blank codes, oss 28 and 29's '$ a' (28 also has the blank
 * Ldr/22: 23 + 1) dropped; 008008027's record 19 cut in its 856; not_unimarc_errors_3's 3 records,
 * whose undecodable bytes stand where subfield codes belong. Bytes not in the record's character
 * set replaced by U+FFFD: Windows-1251 under a MARC-8 label (1251, all 6), MARC-8 broken by invalid
 * EACC (bad_eacc_encoding, incomplete_esc_seq, chinese_mangled_multibyte's one mangled record),
 * unknown or unused escapes (bad_marc8_escape, cyrillic_capital_e's 2 records with the Э case),
 * Greek never switched back (greekmissingcharsetchange: one record), DEL in Hebrew (hebrew record
 * 18), and not UTF-8 under Ldr/09 'a' (sample1's one record: 3 + 1, utf8_with_bad_bytes,
 * marc8_accented_chars). pride-and-prejudice-with-many-errors: its 74 records with invalid UTF-8
 * and its 16 directories one byte short, 5 records being both (74 + 16 - 5). cp866_unimarc's one
 * record and cp866_multirecord's two (the same record twice): Ldr/10-11 '00', each data field kept
 * whole as $a; Ldr/09 '0', the bytes that are not ASCII replaced by U+FFFD.
 */
const REPAIRED: Record<string, number> = {
  ...EVERY_POLICY,
  'evergreen/oss.marc': 24,
  'marc4j/008008027.mrc': 1,
  'marc4j/bad-characters-in-various-fields.mrc': 1,
  'marc4j/not_unimarc_errors_3.mrc': 3,
  'pymarc/bad_indicator.dat': 1,
  'pymarc/bad_records.mrc': 6,
  'pymarc/bad_subfield_code.dat': 1,
  'pymarc/utf8_invalid.mrc': 1,
  'evergreen/hebrew.marc': 1,
  'marc4j/chinese_mangled_multibyte.mrc': 1,
  'marc4j/cyrillic_capital_e.mrc': 2,
  'marc4j/greekmissingcharsetchange.mrc': 1,
  'marc4j/incomplete_esc_seq.mrc': 1,
  'marc4j/sample1.mrc': 3 + 1,
  'pymarc/1251.dat': 6,
  'pymarc/bad_eacc_encoding.dat': 1,
  'pymarc/bad_marc8_escape.dat': 1,
  'ruby-marc/marc8_accented_chars.marc': 1,
  'ruby-marc/utf8_with_bad_bytes.marc': 1,
  'marc4j/pride-and-prejudice-with-many-errors.mrc': 74 + 16 - 5,
  'ruby-marc/cp866_multirecord.marc': 2,
  'ruby-marc/cp866_unimarc.marc': 1,
}

/** SOURCES.md: the 2nd record has an invalid byte in a subfield code, so it is not well-formed XML. */
const NOT_WELL_FORMED = new Set(['ruby-marc/three-records-second-bad.xml'])

interface Imported {
  file: string
  jobId: string
  status: string
  counters: Record<string, number>
}

interface FileView {
  recordCount: number
  junk: unknown[]
  problems: Array<{ position: number }>
  repairs: Array<{ position: number; outcome: string | null; repairs: Array<{ code: string; repair: string }> }>
}

async function get(env: TestApp, url: string, headers: Record<string, string> = {}) {
  return env.app.inject({ method: 'GET', url, headers: { ...env.admin.headers, ...headers } })
}

/** Every file imported with the profile, a few at a time. */
async function importAll(t: Test, env: TestApp, profileId: string, files: readonly string[]): Promise<Map<string, Imported>> {
  const done = new Map<string, Imported>()
  const queue = [...files]
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const job = await waitForJob(env, await startImport(env, profileId, readSharedMarc(file)))
      const report = await reportOf(t, env, job.id)
      done.set(file, { file, jobId: job.id, status: job.status, counters: report.counters })
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  return done
}

async function filesOf(env: TestApp, jobId: string): Promise<FileView[]> {
  const body = (await get(env, `/v1/jobs/${jobId}/files`)).json()
  return Array.isArray(body) ? body : body.items
}

async function addedMmsIds(env: TestApp, jobId: string): Promise<number[]> {
  const ids: number[] = []
  let cursor: string | null = null
  do {
    const page: { items: Array<{ mmsId: string }>; nextCursor: string | null } = (await get(env, `/v1/records?jobId=${jobId}&change=added&limit=200${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)).json()
    ids.push(...page.items.map((r) => Number(r.mmsId)))
    cursor = page.nextCursor
  } while (cursor !== null)
  return ids.sort((a, b) => a - b)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
function validUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes)
    return true
  } catch {
    return false
  }
}
const recordLike = (slice: Buffer) => slice.length >= 24 && /^[0-9]{5}$/.test(slice.subarray(0, 5).toString('latin1'))
const isPadding = (slice: Buffer) => slice.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x00)

t.test('every file of the shared corpus through the API, under REPAIR and under STRICT', async (t) => {
  const env = await createTestApp(t)
  const files = sharedRecordFiles()
  t.same(files, Object.keys(STRICT_TODAY).sort(), 'the tables cover every record file of the shared folder')
  const common = { match: { method: 'NONE' }, splitSize: 10000 }
  const repairProfile = await createProfile(env, { ...common, repairPolicy: 'REPAIR', normalization: 'PRESERVE' })
  const strictProfile = await createProfile(env, { ...common, repairPolicy: 'STRICT', normalization: 'NFC' })
  const [repair, strict] = await Promise.all([importAll(t, env, repairProfile, files), importAll(t, env, strictProfile, files)])

  t.test('STRICT keeps the counts of before issue 14', async (t) => {
    t.same(Object.fromEntries(files.map((f) => [f, strict.get(f)?.counters.recordsImported ?? 0])), STRICT_TODAY)
  })

  t.test('REPAIR imports at least as many records as the best peer', async (t) => {
    for (const [file, best] of Object.entries(BEST_PEER)) {
      const imported = repair.get(file)?.counters.recordsImported ?? 0
      t.ok(imported >= best, `${file}: ${imported} ≥ ${best}`)
    }
    for (const file of files) {
      const imported = repair.get(file)?.counters.recordsImported ?? 0
      t.ok(imported >= (STRICT_TODAY[file] ?? 0), `${file}: REPAIR ${imported} ≥ STRICT ${STRICT_TODAY[file]}`)
    }
  })

  t.test('each repaired record is counted and listed with its repairs', async (t) => {
    const counted = Object.fromEntries(files.flatMap((f) => {
      const n = repair.get(f)?.counters.recordsImportedWithRepairs ?? 0
      return n > 0 ? [[f, n]] : []
    }))
    t.same(counted, REPAIRED)
    for (const file of Object.keys(REPAIRED)) {
      const job = repair.get(file)
      if (job === undefined) continue
      const listed = (await filesOf(env, job.jobId)).flatMap((f) => f.repairs.filter((r) => r.outcome === 'ADDED'))
      t.equal(listed.length, REPAIRED[file], `${file}: listed in the file details`)
      t.ok(listed.every((r) => r.repairs.length > 0 && r.repairs.every((one) => one.repair !== '')), `${file}: each with what was done`)
    }
    // Some repairs are ones every policy makes (leader constants, lengths recomputed, a stray
    // character after the indicators): STRICT records those alike.
    const strictCounted = Object.fromEntries(files.flatMap((f) => {
      const n = strict.get(f)?.counters.recordsImportedWithRepairs ?? 0
      return n > 0 ? [[f, n]] : []
    }))
    t.same(strictCounted, STRICT_REPAIRED, 'STRICT records the mends every policy makes')
  })

  t.test('round trip: imported UTF-8 records export byte for byte, except where a recorded repair says why', async (t) => {
    let identical = 0
    let explained = 0
    const differing: string[] = []
    const notIso: string[] = []
    const skipped: string[] = []
    for (const file of files.filter((f) => /\.(mrc|dat|marc)$/.test(f))) {
      const job = repair.get(file)
      if (job === undefined || job.status === 'FAILED') continue
      // Junk between records (a stray terminator, text) is no record: slices that do not start
      // with a record length are left out, and positions line up where the counts then agree.
      // A last record cut off without its terminator (008008027.mrc, SOURCES.md) is a slice too.
      const bytes = readSharedMarc(file)
      const slices = [...isoRecordSlices(bytes), bytes.subarray(bytes.lastIndexOf(0x1d) + 1)].filter((slice) => !isPadding(slice) && recordLike(slice))
      const bulk = await filesOf(env, job.jobId)
      if (slices.length !== job.counters.recordsProcessed) {
        skipped.push(file)
        continue
      }
      const notImported = new Set(bulk.flatMap((f) => f.problems.map((p) => p.position)))
      const repaired = new Set(bulk.flatMap((f) => f.repairs.map((r) => r.position)))
      const positions = slices.map((_, i) => i + 1).filter((p) => !notImported.has(p))
      const ids = await addedMmsIds(env, job.jobId)
      t.equal(ids.length, positions.length, `${file}: one repository record per imported record`)
      for (const [index, position] of positions.entries()) {
        const source = slices[position - 1] as Buffer
        if (source[9] !== 0x61 || !validUtf8(source)) continue
        const res = await get(env, `/v1/records/${ids[index]}`, { accept: 'application/marc' })
        if (res.statusCode === 406) {
          notIso.push(`${file} #${position}`)
          continue
        }
        const exported = res.rawPayload
        // Every recorded repair is a change to the record: a record that differs must have one.
        if (exported.equals(source)) identical += 1
        else if (repaired.has(position)) explained += 1
        else differing.push(`${file} #${position}`)
      }
    }
    t.same(differing, [], 'no record changed without a recorded repair')
    t.same(skipped, [], 'no file is left out: its records are told apart by their terminators')
    // SOURCES.md: bad_oversize's record 2 has a 520 longer than 9,999 bytes; bad_hathi_records' record 4
    // (1,096,887 bytes) and datos' record (214,804 bytes) are longer than 99,999: ISO 2709 cannot
    // express them (406, ask for MARCXML). All three are repaired records, now compared too.
    t.same(
      notIso,
      ['marc4j/bad_hathi_records.mrc #4', 'marc4j/bad_oversize_field_bad_directory.mrc #2', 'marc4j/datos-20161010-slice.mrc #1'],
      'only the records too long for ISO 2709 cannot be exported as it',
    )
    // From SOURCES.md: pride-and-prejudice-fixed 383, 065001035 40, nepali 95 of 96, RDA 10 (of 11:
    // one labelled MARC-8) … at least these.
    t.ok(identical >= 383 + 40 + 95 + 10, `${identical} records byte-identical`)
    t.ok(explained > 0, `${explained} records differ, each with its recorded repairs`)
  })

  t.test('round trip with NFC (the STRICT profile): a record differs from its source only by NFC, and then has a NORMALIZED repair', async (t) => {
    // Decomposed UTF-8: every record of nepali.marc, 42 of pride-and-prejudice-fixed (counted from the bytes).
    for (const [file, normalizedRecords] of [['evergreen/nepali.marc', 96], ['marc4j/pride-and-prejudice-fixed.mrc', 42]] as const) {
      const job = strict.get(file)
      if (job === undefined) continue
      const slices = isoRecordSlices(readSharedMarc(file)).filter((slice) => !isPadding(slice))
      const bulk = await filesOf(env, job.jobId)
      const codesAt = new Map(bulk.flatMap((f) => f.repairs.map((r) => [r.position, new Set(r.repairs.map((one) => one.code))] as const)))
      const ids = await addedMmsIds(env, job.jobId)
      t.equal(ids.length, slices.length, `${file}: every record imported`)
      let changed = 0
      for (const [index, source] of slices.entries()) {
        const exported = (await get(env, `/v1/records/${ids[index]}`, { accept: 'application/marc' })).rawPayload
        const base = Number(source.subarray(12, 17).toString('latin1'))
        const data = source.subarray(base).toString('utf8')
        const codes = codesAt.get(index + 1) ?? new Set<string>()
        // Same fields, so the same directory size and base address; where NORMALIZED is the only
        // repair, the data area is the source's in NFC (nepali's one 260 with 3 indicator characters also loses one).
        if ([...codes].every((code) => code === 'NORMALIZED')) {
          t.equal(exported.subarray(base).toString('utf8'), data.normalize('NFC'), `${file} #${index + 1}: the data area is the source's in NFC`)
        }
        const differs = !exported.equals(source)
        t.equal(codes.has('NORMALIZED'), differs, `${file} #${index + 1}: ${differs ? 'differs, with' : 'identical, without'} a NORMALIZED repair`)
        if (differs) changed += 1
      }
      t.equal(changed, normalizedRecords, `${file}: ${normalizedRecords} records normalized`)
    }
  })

  t.test('not-imported and repaired records download, and re-read in our reader and an independent one', async (t) => {
    for (const file of files) {
      const job = repair.get(file)
      if (job === undefined || job.status === 'FAILED') continue
      const xml = file.endsWith('.xml')
      const notImported = job.counters.recordsNotImported ?? 0
      if (notImported > 0) {
        const res = await get(env, `/v1/jobs/${job.jobId}/not-imported`, { accept: xml ? 'application/marcxml+xml' : 'application/marc' })
        const count = notImported - Number(res.headers['x-records-not-converted'] ?? 0)
        t.equal((await ourItems(res.rawPayload)).length, count, `${file}: our reader finds the ${count} records not imported`)
        if (NOT_WELL_FORMED.has(file)) t.throws(() => xmlRecords(res.body), `${file}: the record as uploaded, not well-formed (SOURCES.md), to fix`)
        else if (xml) t.equal(xmlRecords(res.body).length, count, `${file}: the MARCXML download is well-formed (saxes)`)
        else {
          // marcjs reads every terminated record (it drops a last one cut off without its terminator).
          const terminated = isoRecordSlices(res.rawPayload).length
          t.equal((await marcjsIso2709(res.rawPayload)).length, terminated, `${file}: marcjs finds the ${terminated} terminated records`)
        }
      }
      const repaired = job.counters.recordsImportedWithRepairs ?? 0
      if (repaired > 0) {
        const format = xml ? 'MARCXML' : 'ISO2709'
        const res = await get(env, `/v1/jobs/${job.jobId}/report/recordsImportedWithRepairs/download?format=${format}`)
        const bytes = gunzip(res.rawPayload)
        const items = await ourItems(bytes, { repair: 'REPAIR' })
        t.same([items.length, items.every((i) => i.ok)], [repaired, true], `${file}: our reader re-reads the ${repaired} repaired records`)
        if (xml) t.equal(xmlRecords(bytes.toString('utf8')).length, repaired, `${file}: saxes parses them`)
        else {
          // A record cut off at the end of its file (008008027.mrc) goes out as it came, without a
          // terminator, which marcjs drops; its MARCXML download is the record as read.
          const terminated = isoRecordSlices(bytes).length
          t.equal((await marcjsIso2709(bytes)).length, terminated, `${file}: marcjs re-reads the ${terminated} terminated ones`)
          if (terminated < repaired) {
            const asXml = await get(env, `/v1/jobs/${job.jobId}/report/recordsImportedWithRepairs/download?format=MARCXML`)
            t.equal(xmlRecords(gunzip(asXml.rawPayload).toString('utf8')).length, repaired, `${file}: saxes parses all ${repaired} as MARCXML`)
          }
        }
      }
    }
  })
})
