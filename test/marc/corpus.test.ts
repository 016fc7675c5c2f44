/**
 * Every record file in the shared folder, read with `readRecords`: how many records are imported,
 * exactly which are rejected (position:code) and which warnings the imported ones carry.
 *
 * `peers` is copied from SOURCES.md: yaz · MARC::Batch · pymarc · marcjs | marc4j permissive ·
 * strict (N/Mw = N records with M warnings, +N✗ = N records rejected). `why` explains every
 * difference between our count and theirs; "agree" means there is none. The rows are read with the
 * reader's defaults (STRICT, NFC: each field of Unicode text that NFC changed is a NORMALIZED
 * warning, counted from the bytes by a one-off Python script with `unicodedata.normalize`); `repair`
 * is what the REPAIR policy (PRESERVE) reads where it differs.
 */
import t from 'tap'
import { NotMarcError, readRecords, type ReadItem } from '../../src/marc/reader.ts'
import { readSharedMarc } from '../helpers/shared.ts'
import { chunked, problemList, readShared, sharedRecordFiles, warningCounts } from './helpers.ts'

interface Row {
  file: string
  ok: number
  problems?: string[]
  warnings?: Record<string, number>
  /** The whole file is rejected with NotMarcError. */
  notMarc?: true
  /** Under the REPAIR policy, where it reads more: records imported, rejected, and the repair warnings (code: count). */
  repair?: { ok: number; problems?: string[]; repairs: Record<string, number> }
  peers: string
  why: string
}

/** The bytes not in the character set replaced by U+FFFD, one warning per field (REPAIR). */
const replaced = (ok: number, fields: number, others: Record<string, number> = {}) => ({ ok, repairs: { ...others, UNDECODABLE_BYTES: fields } })
/** pride-and-prejudice-with-many-errors: fields (between 0x1E terminators) that are not valid UTF-8, counted in the file's bytes: 146 in 74 records. */
const PRIDE_FIELDS_NOT_UTF8 = 146
/**
 * ruby-marc/cp866_*.marc, per record, counted in the bytes (a python one-off, not our reader): Ldr/09
 * '0' and Ldr/10-11 '00' (BAD_LEADER 2), Ldr/00-04 1167 for 1166 bytes and a directory that
 * disagrees with the terminators (LENGTH_MISMATCH 2), 9 of the 17 fields with bytes ≥ 0x80
 * (UNDECODABLE_BYTES), 11 data fields (tags ≥ 010) without indicators or subfields (BAD_FIELD).
 */
const CP866_REPAIRS = (records: number) => ({ BAD_LEADER: 2 * records, LENGTH_MISMATCH: 2 * records, UNDECODABLE_BYTES: 9 * records, BAD_FIELD: 11 * records })
const U_FFFD = 'Under REPAIR the bytes that are not in the character set become U+FFFD (the incoming record keeps them), a warning per field:'

const AGREE = 'agree'
const RDA_NOT_NFC: Record<string, number> = { CD_Claudia: 3, DVD_Jorge_Mautner: 3, 'SCORE-CD_Arias_for_soprano': 12, SCORE_Arias_for_bass: 13, SCORE_Wiegenlied: 1 }
const XML = '— (MARCXML: only the record count in SOURCES)'
const JSON_PEERS = '— (MARC-in-JSON: only the record count in SOURCES)'

/** `at('CODE', 1, 5)` → ['1:CODE', '5:CODE']. */
function at(code: string, ...positions: number[]): string[] {
  return positions.map((position) => `${position}:${code}`)
}

function sorted(problems: string[]): string[] {
  return [...problems].sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0]))
}

const rows: Row[] = [
  // ── pymarc ────────────────────────────────────────────────────────────────────────────────
  {
    file: 'pymarc/1251.dat', ok: 0, problems: at('UNDECODABLE_BYTES', 1, 2, 3, 4, 5, 6), peers: '6 · 6 · 6 · 6 | 6 · 6',
    why: 'Windows-1251 Cyrillic labelled MARC-8. The peers map the bytes through ANSEL and import Latin garbage; the MARC-8 decoder meets bytes ANSEL does not assign (0xFF, 0xCB) and each record is rejected with field and byte. ' +
      `${U_FFFD} 49 fields of the 6 records, the rest read as the ANSEL the label claims, as the peers do.`,
    repair: replaced(6, 49),
  },
  { file: 'pymarc/alphatag.dat', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  {
    file: 'pymarc/bad_eacc_encoding.dat', ok: 0, problems: at('UNDECODABLE_BYTES', 1), peers: '1 · 1 · 1 · 1 | 1 · 1',
    why: `The 880 has EACC (ESC $1) byte triples that are not in the CJK table; the peers drop or substitute those characters silently, we reject the record. ${U_FFFD} the 880.`,
    repair: replaced(1, 1),
  },
  {
    file: 'pymarc/bad_indicator.dat', ok: 0, problems: at('BAD_DIRECTORY', 1), peers: '1/817w · 0+1✗ · 1+1✗ · 1 | 1 · 1+35✗',
    why: "Directory entry 1 has the tag '0 2' (an ISBN field that lost a digit of its tag and its indicators): which field it is cannot be known, so the record is rejected; yaz, pymarc, marcjs and marc4j import a field tagged '0 2'. REPAIR imports the record without that field (any tag we gave it would be a guess), its bytes quoted in the warning. The 821 blanks after it are padding and ignored (MARC::Batch and pymarc count them as a broken record, yaz warns about them 800 times).",
    repair: { ok: 1, repairs: { BAD_DIRECTORY: 1 } },
  },
  {
    file: 'pymarc/bad_marc8_escape.dat', ok: 0, problems: at('UNDECODABLE_BYTES', 1), peers: '1 · 1 · 1 · 1 | crash · 1',
    why: `The 222 contains ESC t, which is no MARC-8 escape sequence; the peers pass it through or drop it, we reject. ${U_FFFD} 8 fields (ESC t, ESC e, a cut ESC , …).`,
    repair: replaced(1, 8),
  },
  {
    file: 'pymarc/bad_records.mrc', ok: 5, problems: [...at('BAD_DIRECTORY', 4, 5), ...at('EMPTY_RECORD', 7)],
    warnings: { LENGTH_MISMATCH: 3 }, peers: '8/11w · 8 · 2+7✗ · 8 | crash · crash',
    why: "Records 2, 3 and 6 have a wrong or non-numeric base address (99937, 00000, 'f0037') while the directory ends where the data starts: read with a warning (pymarc rejects them). 4 and 5 have a 13-byte directory (a stray byte; in 5 also a non-numeric length): rejected, where yaz, MARC::Batch and marcjs guess. 7 is a leader with an empty directory: nothing to import (the others return an empty record). The trailing newline is not a record. REPAIR reads 4 and 5 by their one field's terminator: in 4 the stray byte follows a whole entry ('245008900000' + '1'), in 5 the entry's numbers are garbage but the data area is one field and the tag at byte 24, 245, says what its bytes are (indicators, then subfields); 7 is imported as a record with no fields, as every peer returns it.",
    repair: { ok: 8, repairs: { LENGTH_MISMATCH: 3, BAD_DIRECTORY: 2, EMPTY_RECORD: 1 } },
  },
  {
    file: 'pymarc/bad_subfield_code.dat', ok: 0, problems: at('BAD_SUBFIELD_CODE', 1), peers: '1/7w · 1 · 0+1✗ · 1 | 1 · 0+2✗',
    why: "The lengths were counted in characters (recoverable), but the 245 has the subfield code 'á': a subfield whose code is not ASCII cannot be named, so the record is rejected, as pymarc and marc4j strict do; the others import a subfield coded 'á' (or the byte 0xC3). REPAIR drops that subfield (its text, 'ActivePerl with ASP and ADO /', quoted in the warning): reading 'á' as 'a' would be a guess.",
    repair: { ok: 1, repairs: { LENGTH_MISMATCH: 2, BAD_SUBFIELD_CODE: 1, MISLABELLED_ENCODING: 1 } },
  },
  { file: 'pymarc/bad_tag.xml', ok: 0, problems: at('BAD_LEADER', 1), peers: XML, why: 'The leader has 17 characters, so its positions mean nothing; the record also has a 2-digit tag "42".' },
  { file: 'pymarc/batch.json', ok: 2, peers: JSON_PEERS, why: AGREE },
  { file: 'pymarc/batch.xml', ok: 2, peers: XML, why: AGREE },
  { file: 'pymarc/diacritic.dat', ok: 1, warnings: { NORMALIZED: 1 }, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'pymarc/marc.dat', ok: 20, peers: '20 · 20 · 20 · 20 | 20 · 20', why: AGREE },
  { file: 'pymarc/marc8.dat', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'pymarc/multi_isbn.dat', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'pymarc/one.json', ok: 1, peers: JSON_PEERS, why: AGREE },
  {
    file: 'pymarc/regression45.dat', ok: 12, warnings: { BAD_INDICATOR: 11, NORMALIZED: 33 }, peers: '12 · 12 · 12 · 12 | 12 · 12',
    why: 'Same count; the 11 752 fields with a 3-character indicator area ("  \\") get a warning each.',
  },
  { file: 'pymarc/test.dat', ok: 10, peers: '10 · 10 · 10 · 10 | 10 · 10', why: AGREE },
  {
    file: 'pymarc/test.json', ok: 0, problems: at('INVALID_JSON', 1), peers: JSON_PEERS,
    why: 'A raw line break inside the 100 $a string: not JSON. Lenient parsers import the line breaks and indentation into the name; we reject (see marcjson/record.ts).',
  },
  {
    file: 'pymarc/testunimarc.dat', ok: 1, warnings: { MISLABELLED_ENCODING: 1 }, peers: '1 · 1 · 1+1✗ · 1 | 1 · 1+1✗',
    why: "pymarc's and marc4j strict's extra ✗ is the newline after the record, which is not a record. Ldr/09 is blank but the text is UTF-8: read as UTF-8 with a warning.",
  },
  { file: 'pymarc/utf8.xml', ok: 1, peers: XML, why: AGREE },
  { file: 'pymarc/utf8_errors.dat', ok: 1, warnings: { NORMALIZED: 3 }, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  {
    file: 'pymarc/utf8_invalid.mrc', ok: 0, problems: at('BAD_SUBFIELD_CODE', 1), peers: '1 · 1 · 1 · 1 | 1 · 1',
    why: 'A subfield of the 260 has U+FFFD (a replacement character left by an earlier lossy conversion) where its code should be: the subfield cannot be named, so the record is rejected; the peers import a subfield coded U+FFFD. REPAIR drops the subfield, its text quoted in the warning.',
    repair: { ok: 1, repairs: { BAD_SUBFIELD_CODE: 1 } },
  },
  { file: 'pymarc/utf8_with_leader_flag.dat', ok: 1, warnings: { NORMALIZED: 3 }, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  {
    file: 'pymarc/utf8_without_leader_flag.dat', ok: 1, warnings: { MISLABELLED_ENCODING: 1, NORMALIZED: 3 }, peers: '1 · 1 · 1 · 1 | 1 · 1',
    why: 'Same count; Ldr/09 is blank but the text is UTF-8: read as UTF-8 with a warning (equal to utf8_with_leader_flag.dat, see marc8.test.ts).',
  },

  // ── marc4j ────────────────────────────────────────────────────────────────────────────────
  {
    file: 'marc4j/008008027.mrc', ok: 18, problems: at('TRUNCATED', 19), peers: '18/1w · 19 · 18+1✗ · 18 | 18+1✗ · 18+1✗',
    why: 'The file is cut at 65,536 bytes: record 19 has 3,034 of its 3,475 bytes. MARC::Batch imports the partial record, marcjs drops it silently; we report it. REPAIR reads the leader, the directory and the 24 fields that arrived whole, and drops the 856 the cut goes through (182 of its 622 bytes), named in the warning.',
    repair: { ok: 19, repairs: { TRUNCATED: 1 } },
  },
  { file: 'marc4j/065001035.mrc', ok: 40, peers: '40 · 40 · 40 · 40 | 40 · 40', why: AGREE },
  {
    file: 'marc4j/1474920681_KOHA_LFL_6_with_comment.xml', ok: 1, warnings: { UNKNOWN_ELEMENT: 2 }, peers: XML,
    why: "Same count; Koha's <identifier> and <datestamp> inside the record are not MARC fields: skipped with a warning each. The comment is ignored.",
  },
  { file: 'marc4j/OCLC_814388508.xml', ok: 1, warnings: { NORMALIZED: 7 }, peers: XML, why: AGREE },
  { file: 'marc4j/azdoud.xml', ok: 1, peers: XML, why: AGREE },
  {
    file: 'marc4j/bad-characters-in-various-fields.mrc', ok: 0, problems: at('BAD_INDICATOR', 1), peers: '1/1w · 1 · 1 · 1 | 1 · 1',
    why: "The control byte 0x14 is Ldr/09, both indicators and a subfield code of the 010, and the 020 has a code-less subfield ('$$9781…'): content cannot be attributed, so the record is rejected (first defect: 010's indicator). The peers import the control bytes. REPAIR blanks the 010's indicators, drops its 0x14-coded subfield (the LCCN: no code) and the 035 whose only subfield is coded ' ', and drops the 020's empty subfield (so '9781…' reads as $9 '781…', as the peers read it).",
    repair: { ok: 1, repairs: { BAD_INDICATOR: 2, BAD_SUBFIELD_CODE: 3, EMPTY_SUBFIELD: 1, MISLABELLED_ENCODING: 1 } },
  },
  {
    file: 'marc4j/bad_hathi_records.mrc', ok: 5, warnings: { LENGTH_MISMATCH: 3 }, peers: '3/1w · 5 · 3+1✗ · 5 | 5 · crash',
    why: 'Record 4 (1,096,887 bytes, 12,654 fields) has its length, base address and offsets capped at 99999; framed by terminators, with every directory length matching its field, it is read with 3 warnings. yaz and pymarc trust Ldr/00-04 and lose record 4 and (yaz) record 5.',
  },
  {
    file: 'marc4j/bad_leaders_10_11.mrc', ok: 1, warnings: { BAD_LEADER: 2 }, peers: '1/5w · 1 · 1 · 1 | 1 · 0+1✗',
    why: 'Blank Ldr/10-11 and Ldr/20-23 are read as 22 and 4500 with a warning each (marc4j strict rejects the record). Blank Ldr/05-08 are content, not structure: not checked by the reader (yaz warns about those too).',
  },
  {
    file: 'marc4j/bad_oversize_field_bad_directory.mrc', ok: 5, warnings: { BAD_DIRECTORY: 1 }, peers: '5/3w · 5 · 4+1✗ · 5 | 5 · 4+1✗',
    why: "Record 2's 520 is 11,242 bytes and its directory entry has a 5-digit length; the 13-byte entry is proven by the running offset and a terminator, so the record is read with a warning (pymarc and marc4j strict reject it). It cannot be written back as ISO 2709 (writer.test.ts), only as MARCXML or MARC-in-JSON.",
  },
  {
    file: 'marc4j/bad_too_long_plus_2.mrc', ok: 3, warnings: { BAD_LEADER: 3, LENGTH_MISMATCH: 2 }, peers: '0/1w · 3 · 0+1✗ · 3 | 3 · 0+413✗',
    why: "Record 1 is 123,375 bytes but Ldr/00-04 says 23375: framed by its terminator and with all lengths matching, it is read with warnings; yaz and pymarc trust the length and lose the whole file. Ldr/20-23 '450 ' and '45x ' are warnings.",
  },
  { file: 'marc4j/brkrtest.mrc', ok: 8, peers: '8 · 8 · 8 · 8 | 8 · 8', why: AGREE },
  { file: 'marc4j/brkrtest_UTF8.mrc', ok: 8, warnings: { NORMALIZED: 45 }, peers: '8 · 8 · 8 · 8 | 8 · 8', why: AGREE },
  {
    file: 'marc4j/chabon-bad-subfields-element.xml', ok: 0, problems: at('UNKNOWN_ELEMENT', 1), peers: XML,
    why: 'A <subfields> element where a <subfield> belongs: its text (the ISBN) would be lost, so the record is rejected.',
  },
  {
    file: 'marc4j/chabon-missing-controlfield-tag.xml', ok: 0, problems: at('BAD_FIELD', 1), peers: XML,
    why: 'A <controlfield> without tag (and later a <datafield> without tag): content without a name.',
  },
  {
    file: 'marc4j/chabon-missing-datafield-tag.xml', ok: 0, problems: at('UNKNOWN_ELEMENT', 1), peers: XML,
    why: "Besides the <datafield> without tag (line 61) this file has chabon-bad-subfields-element's <subfields> at line 8, which is reported first.",
  },
  { file: 'marc4j/chabon-missing-subfield-code.xml', ok: 0, problems: at('BAD_SUBFIELD_CODE', 1), peers: XML, why: 'A <subfield> without code.' },
  {
    file: 'marc4j/chabon-record-type-bad.xml', ok: 2, warnings: { BAD_ATTRIBUTE: 1 }, peers: XML,
    why: 'Same count; type="Bibliographical" is not a schema value, but the leader says what the record is: a warning.',
  },
  { file: 'marc4j/chabon.mrc', ok: 2, peers: '2 · 2 · 2 · 2 | 2 · 2', why: AGREE },
  { file: 'marc4j/chabon.xml', ok: 2, peers: XML, why: AGREE },
  {
    file: 'marc4j/chinese_mangled_multibyte.mrc', ok: 3, problems: at('UNDECODABLE_BYTES', 1), peers: '4 · 4 · 4 · 4 | 4 · 4',
    why: "Record 1's 880 245 has EACC triples (4A 21 48 …) that are not in the CJK table — the mangled multibyte case: the peers drop or substitute characters of the title, we reject. The other three (valid EACC, ASCII, UTF-8) are read. " +
      `${U_FFFD} 15 880 fields of record 1.`,
    repair: replaced(4, 15),
  },
  {
    file: 'marc4j/cruel-cruel-indicatorless-summerland.xml', ok: 1, warnings: { BAD_INDICATOR: 2 }, peers: XML,
    why: 'Same count; the datafield without ind1/ind2 attributes is read with blank indicators and a warning for each.',
  },
  {
    file: 'marc4j/cyrillic_capital_e.mrc', ok: 0, problems: at('UNDECODABLE_BYTES', 1, 2), peers: '2 · 2 · 2 · 2 | 2 · 2',
    why: "In both records the 880 260 $b 'Эксмо' has its Э (0x7C in MARC-8 Basic Cyrillic) replaced by a subfield delimiter: ESC ( N is directly followed by 0x1F, which splits the publisher into an empty $b and a bogus $K 'SMO'. The decoder rejects an escape that no character uses — exactly where the damage is; the peers import the bogus subfield. " +
      `${U_FFFD} the escape that no character uses, so $b holds U+FFFD where Э was; the bytes after the 0x1F still make the subfield $K 'SMO' the peers import.`,
    repair: replaced(2, 4),
  },
  {
    file: 'marc4j/datos-20161010-slice.mrc', ok: 1, warnings: { LENGTH_MISMATCH: 2, BAD_DIRECTORY: 1 }, peers: '0/1w · 1 · 0+1✗ · 1 | 1 · 0+72✗',
    why: 'A 214,804-byte record: Ldr/00-04 99999, a wrong base address, and 557 directory entries with 6-digit offsets past byte 99,999. Every entry is proven by the running offset and a terminator, so it is read with 3 warnings; yaz and pymarc read nothing.',
  },
  { file: 'marc4j/field700_4_test.mrc', ok: 2, peers: '2 · 2 · 2 · 2 | 2 · 2', why: AGREE },
  {
    file: 'marc4j/greekmissingcharsetchange.mrc', ok: 2, problems: at('UNDECODABLE_BYTES', 1), warnings: { NORMALIZED: 7 }, peers: '3 · 3 · 3 · 3 | 3 · 3',
    why: "Record 1's 880 245 switches to Greek (ESC ( S) and never back, so its English parallel title is in the Greek set, where ':' (0x3A) does not exist: rejected. The peers import the English words (and digits) as Greek letters; yaz also drops the punctuation it cannot map (marc8.test.ts). " +
      `${U_FFFD} the four 880s of record 1, where ':' ',' '.' and the digits are not Greek; the English words read as Greek letters, as the peers read them.`,
    repair: replaced(3, 4),
  },
  {
    file: 'marc4j/illegal-marc-in-json.json', ok: 0, problems: at('INVALID_JSON', 1), peers: JSON_PEERS,
    why: 'The same raw line break in a string as pymarc/test.json.',
  },
  {
    file: 'marc4j/incomplete_esc_seq.mrc', ok: 0, problems: at('UNDECODABLE_BYTES', 1), peers: '1 · 1 · 0+1✗ · 1 | 1 · 1',
    why: `An EACC sequence in the 880 245 is cut short, leaving byte triples that are no CJK character: rejected, as pymarc does; the others drop the characters. ${U_FFFD} 7 880s.`,
    repair: replaced(1, 7),
  },
  { file: 'marc4j/loongboonmee.mrc', ok: 2, peers: '2 · 2 · 2 · 2 | 2 · 2', why: AGREE },
  { file: 'marc4j/marc-in-json.json', ok: 1, peers: JSON_PEERS, why: AGREE },
  {
    file: 'marc4j/marc-json.json', ok: 0, notMarc: true, peers: JSON_PEERS,
    why: 'Legacy "MARC-JSON" with unquoted keys is not JSON and not a supported format: the file as a whole is NotMarcError (the job fails with that reason).',
  },
  {
    file: 'marc4j/not_unimarc_errors_3.mrc', ok: 0, problems: at('UNDECODABLE_BYTES', 1, 2, 3), peers: '3 · 0+3✗ · 3 · 3 | 3 · 3',
    why: "Ldr/09 'a' but the 776/880 hold bytes that are not UTF-8 (B9 …, A7 5B …): reported, not guessed, as MARC::Batch does; the others import replacement characters. " +
      'Under REPAIR they become U+FFFD, but each is the byte right after a subfield delimiter: the subfield code is U+FFFD, and a subfield that cannot be named is dropped, its text quoted in the warning (BAD_SUBFIELD_CODE).',
    repair: { ok: 3, repairs: { UNDECODABLE_BYTES: 3, BAD_SUBFIELD_CODE: 3 } },
  },
  { file: 'marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'marc4j/pride-and-prejudice-fixed.mrc', ok: 383, warnings: { NORMALIZED: 97 }, peers: '383 · 383 · 383 · 383 | 383 · 383', why: AGREE },
  {
    file: 'marc4j/pride-and-prejudice-with-many-errors.mrc', ok: 298,
    problems: [
      ...at('BAD_DIRECTORY', 93, 184, 203, 248, 265, 266, 267, 268, 275, 280, 287, 311, 336, 338, 356, 377),
      ...at('UNDECODABLE_BYTES', 2, 7, 10, 17, 24, 52, 54, 55, 56, 60, 73, 80, 82, 132, 172, 189, 192, 218, 219, 238, 241,
        251, 252, 277, 278, 286, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 302, 303, 304, 305, 306, 307, 308, 309,
        310, 328, 331, 332, 333, 334, 335, 337, 340, 341, 342, 343, 344, 346, 347, 349, 350, 351, 352, 353, 354, 374, 380,
        381, 382),
    ],
    peers: '383/69w · 309+74✗ · 298+85✗ · 383 | 383 · 367+16✗',
    why: "16 directories are one byte short of a multiple of 12 (marc4j strict's 16✗); 74 records have invalid UTF-8 under Ldr/09 'a' (MARC::Batch's 74✗), 5 of them among the 16 — 16 + 69 = 85 rejected, exactly pymarc's count. yaz, marcjs and marc4j permissive import all 383 with replacement characters and guessed directories. Each of the 16 short directories lost a '0' of its first entry (01001300000): every other entry names its field exactly, and of the readings of those 11 bytes only tag 001 fits a field without subfields, so REPAIR reads all 16. " +
      `${U_FFFD} the fields of the 74 records that are not UTF-8.`,
    repair: { ok: 383, repairs: { BAD_DIRECTORY: 16, UNDECODABLE_BYTES: PRIDE_FIELDS_NOT_UTF8 } },
  },
  {
    file: 'marc4j/sample1.mrc', ok: 7, problems: at('UNDECODABLE_BYTES', 7), warnings: { BAD_LEADER: 3 }, peers: '8/3w · 7+1✗ · 7+1✗ · 8 | 8 · 8',
    why: 'Records 1, 3 and 5 have control bytes 0x02/0x01 in Ldr/22 (warnings, like yaz). Record 7 has invalid UTF-8 (F8 BF BF BF) in its 245: rejected, as MARC::Batch and pymarc do. ' +
      `${U_FFFD} record 7's 245.`,
    repair: replaced(8, 1, { BAD_LEADER: 3 }),
  },
  { file: 'marc4j/sample1a.xml', ok: 9, peers: XML, why: AGREE },
  { file: 'marc4j/selectedRecs.mrc', ok: 11, peers: '11 · 11 · 11 · 11 | 11 · 11', why: AGREE },
  { file: 'marc4j/summerland.mrc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'marc4j/summerland.xml', ok: 1, peers: XML, why: AGREE },
  { file: 'marc4j/u17_utf8.mrc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'marc4j/u335.mrc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'marc4j/unordered-directory-entries.mrc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },

  // ── ruby-marc ─────────────────────────────────────────────────────────────────────────────
  {
    file: 'ruby-marc/cp866_multirecord.marc', ok: 0, problems: at('BAD_LEADER', 1, 2), peers: '1/13w · 2 · 0+1✗ · 2 | 1+1✗ · 0+2✗',
    why: "CP866 UNIMARC with Ldr/10-11 '00': fields have no indicators and no subfields, which is not MARC 21, so both are rejected at the leader (Ldr/09 '0' with non-ASCII bytes would fail next). The peers that read them import subfield-less fields in the wrong character set. " +
      "REPAIR reads both without guessing content: ISO 2709 with Ldr/10-11 '00' means each field is one undivided data element (no 0x1F in either record), so each of the 11 data fields is kept whole as $a under blank indicators (BAD_FIELD) and the 6 control fields stay so; Ldr/10-11 and Ldr/09 set (BAD_LEADER ×2: nothing names the character set, so the bytes that are not ASCII become U+FFFD in the 9 fields that have any, rather than being read as the CP866 they look like); Ldr/00-04 says 1167 for 1166 bytes, and entry 7 says 125 bytes for the 021's 124, every later offset one byte past its field: 17 entries for 17 terminated fields in the same order, read between terminators (LENGTH_MISMATCH ×2).",
    repair: { ok: 2, repairs: CP866_REPAIRS(2) },
  },
  {
    file: 'ruby-marc/cp866_unimarc.marc', ok: 0, problems: at('BAD_LEADER', 1), peers: '0/1w · 1 · 0+1✗ · 1 | 1 · 0+1✗',
    why: 'The first record of cp866_multirecord.marc: same reason, same repairs.',
    repair: { ok: 1, repairs: CP866_REPAIRS(1) },
  },
  { file: 'ruby-marc/escaped_character_reference.marc8.marc', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  {
    file: 'ruby-marc/marc8_accented_chars.marc', ok: 0, problems: at('UNDECODABLE_BYTES', 1), peers: '1 · 0+1✗ · 0+1✗ · 1 | 1 · 1',
    why: "Ldr/09 'a' but the 100 has ANSEL bytes (E1 65 = è): not UTF-8, and we don't guess — MARC::Batch and pymarc reject it too. (As MARC-8 it decodes to yaz's text: marc8.test.ts.) " +
      `${U_FFFD} 4 fields; reading them as MARC-8 against the label would be a guess.`,
    repair: replaced(1, 4),
  },
  {
    file: 'ruby-marc/marc_with_bad_utf8.utf8.marc', ok: 1, warnings: { LENGTH_MISMATCH: 2 }, peers: '1/16w · 0+1✗ · 0+1✗ · 1 | 1 · 0+2✗',
    why: 'Ldr/00-04 and one field length were counted in characters (U+0098 takes 2 bytes), shifting 15 offsets: the fields pair up 1:1 with the terminators in directory order, so it is read with 2 warnings (yaz warns per field; MARC::Batch, pymarc and marc4j strict reject it). Despite the name, the bytes are valid UTF-8.',
  },
  { file: 'ruby-marc/messed_up_leader.xml', ok: 1, peers: XML, why: "Same count; '<' in Ldr/18 is a wrong code, not a structural problem (not the reader's business)." },
  {
    file: 'ruby-marc/no-leading-zero.xml', ok: 0, problems: at('BAD_FIELD', 1), peers: XML,
    why: 'The 24-character leader is blank where numbers belong (not checked in MARCXML), but the record has a 2-digit tag "42": rejected.',
  },
  { file: 'ruby-marc/non-numeric.dat', ok: 1, warnings: { BAD_LEADER: 1 }, peers: '1 · 1 · 1 · 1 | 1 · 1', why: "Same count; Ldr/20-23 is not '4500': a warning." },
  { file: 'ruby-marc/non-numeric.xml', ok: 1, warnings: { BAD_LEADER: 1 }, peers: XML, why: 'The same record as non-numeric.dat.' },
  { file: 'ruby-marc/one.xml', ok: 1, peers: XML, why: AGREE },
  { file: 'ruby-marc/random_tag_order.dat', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'ruby-marc/random_tag_order2.dat', ok: 1, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  {
    file: 'ruby-marc/three-records-second-bad.xml', ok: 2, problems: at('INVALID_XML', 2), peers: XML,
    why: 'Record 2 has a BEL character in a code attribute (line 72), which makes the document not well-formed: only that record is rejected, records 1 and 3 are read.',
  },
  { file: 'ruby-marc/utf8.marc', ok: 1, warnings: { NORMALIZED: 2 }, peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE },
  { file: 'ruby-marc/utf8_multirecord.marc', ok: 2, warnings: { NORMALIZED: 4 }, peers: '2 · 2 · 2 · 2 | 2 · 2', why: AGREE },
  {
    file: 'ruby-marc/utf8_with_bad_bytes.marc', ok: 0, problems: at('UNDECODABLE_BYTES', 1), peers: '1 · 0+1✗ · 0+1✗ · 1 | 1 · 1',
    why: "Ldr/09 'a' and invalid UTF-8 (C3 28) in the 245: rejected, as MARC::Batch and pymarc do; the others import a replacement character. " +
      `${U_FFFD} the 245.`,
    repair: replaced(1, 1),
  },

  // ── evergreen ─────────────────────────────────────────────────────────────────────────────
  {
    file: 'evergreen/FSL.marc', ok: 52, warnings: { MISLABELLED_ENCODING: 52 }, peers: '52 · 52 · 52 · 52 | 52 · 52',
    why: 'Same count; Ldr/09 is blank in every record but the text is UTF-8 (Armenian, Cyrillic): read as UTF-8 with a warning each, where the peers that trust Ldr/09 import mojibake.',
  },
  ...[
    'CD_Claudia', 'DVD-BLUE-RAY-MOVIE_Pineapple_express', 'DVD_Jorge_Mautner', 'MAP_2012_Enchanted_Circle', 'PHOTO_Srid_pa_ho',
    'SCORE-CD_Arias_for_soprano', 'SCORE_Arias_for_bass', 'SCORE_Intermediate_studies', 'SCORE_Wiegenlied',
    'SERIAL_IEEE_International_conference',
  ].map((name): Row => {
    // Fields not in NFC (decomposed UTF-8), each a NORMALIZED repair when read with NFC (counted from the bytes).
    const normalized = RDA_NOT_NFC[name]
    return { file: `evergreen/RDA/RDA_record_${name}.mrc`, ok: 1, ...(normalized === undefined ? {} : { warnings: { NORMALIZED: normalized } }), peers: '1 · 1 · 1 · 1 | 1 · 1', why: AGREE }
  }),
  {
    file: 'evergreen/auth-1066.mrc', ok: 1066, warnings: { BAD_LEADER: 1066, NORMALIZED: 25 }, peers: '1066/1066w · 1066 · 1066 · 1066 | 1066 · 1066',
    why: 'Same count; Ldr/22 is blank in every record: the same 1,066 warnings as yaz.',
  },
  { file: 'evergreen/badisbns.xml', ok: 10, peers: XML, why: 'Same count (bad ISBNs are content, not structure).' },
  {
    file: 'evergreen/hebrew.marc', ok: 19, problems: at('UNDECODABLE_BYTES', 18), peers: '20 · 20 · 20 · 20 | 20 · 20',
    why: "Record 18's 880 245 has 0x7F (DEL) inside Hebrew text, where the gershayim of שו״ת belongs; yaz drops the byte and imports 'שות' (marc8.test.ts), we reject with the byte's position. " +
      `${U_FFFD} 'שו\uFFFDת'.`,
    repair: replaced(20, 1),
  },
  {
    file: 'evergreen/jazz_1k.mrc', ok: 1000, warnings: { BAD_SUBFIELD_CODE: 5 }, peers: '1000 · 1000 · 1000 · 1000 | 1000 · 1000',
    why: "Same count; 5 records end their 100 with an empty '$' (no code, no text), dropped with a warning.",
  },
  { file: 'evergreen/lul_fre_100.mrc', ok: 100, peers: '100 · 100 · 100 · 100 | 100 · 100', why: AGREE },
  { file: 'evergreen/lul_fre_500.mrc', ok: 500, peers: '500 · 500 · 500 · 500 | 500 · 500', why: AGREE },
  {
    file: 'evergreen/map_data.mrc', ok: 3, warnings: { MISLABELLED_ENCODING: 3 }, peers: '3 · 3 · 3 · 3 | 3 · 3',
    why: 'Same count; UTF-8 under a blank Ldr/09: read as UTF-8 with a warning each.',
  },
  {
    file: 'evergreen/nepali.marc', ok: 96, warnings: { BAD_INDICATOR: 1, NORMALIZED: 412 }, peers: '96 · 96 · 96 · 96 | 96 · 96',
    why: 'Same count; the 260 with a 3-blank indicator area gets a warning.',
  },
  {
    file: 'evergreen/oss.marc', ok: 40, problems: at('BAD_SUBFIELD_CODE', 28, 29), warnings: { BAD_LEADER: 22 }, peers: '42/23w · 42 · 41+1✗ · 42 | 42 · 42',
    why: "Records 28 and 29 have 020 '$ a1591403715…': the delimiter is followed by a blank, so the ISBN's subfield has no code; the others import a subfield coded ' ' (pymarc rejects one of the two records). 23 records have a blank Ldr/22 (yaz's 23 warnings); 22 warnings here because record 28 is one of them. REPAIR drops the blank-coded subfield (the ISBN, quoted in the warning; reading ' a' as 'a' would be a guess) and the 020 it leaves empty.",
    repair: { ok: 42, repairs: { BAD_LEADER: 23, BAD_SUBFIELD_CODE: 4 } },
  },
  {
    file: 'evergreen/sample_acq_order.mrc', ok: 10, warnings: { BAD_INDICATOR: 9 }, peers: '10 · 10 · 10 · 10 | 10 · 10',
    why: 'Same count; 9 of the 10 970 fields have a 3-character indicator area ("  \\"): a warning each.',
  },
  {
    file: 'evergreen/serials_marc21.xml', ok: 7, warnings: { NORMALIZED: 31 }, peers: XML,
    why: 'Same count; bare sibling <record>s without namespace or root are read. (SOURCES mentions an empty 041; every datafield of this copy has a subfield.)',
  },
  { file: 'evergreen/serials_mfhd.xml', ok: 7, warnings: { NORMALIZED: 1 }, peers: XML, why: 'Same count; a <collection> without namespace.' },
]

async function readRepair(file: string): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  for await (const item of readRecords(chunked(readSharedMarc(file)), { repair: 'REPAIR', normalization: 'PRESERVE' })) items.push(item)
  return items
}

/** Repair warning codes with counts over the imported items. */
function repairCounts(items: ReadItem[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) {
    if (!item.ok) continue
    for (const warning of item.warnings) if (warning.repair !== undefined) counts[warning.code] = (counts[warning.code] ?? 0) + 1
  }
  return counts
}

t.test('the table covers every record file in the shared folder', async (t) => {
  t.same(rows.map((row) => row.file).sort(), sharedRecordFiles())
})

for (const row of rows) {
  t.test(row.file, async (t) => {
    if (row.notMarc === true) {
      await t.rejects(readShared(row.file), NotMarcError)
      return
    }
    const items = await readShared(row.file)
    t.equal(items.filter((item) => item.ok).length, row.ok, `imported records (peers: ${row.peers}; ${row.why})`)
    t.same(sorted(problemList(items)), sorted(row.problems ?? []), 'rejected records')
    t.same(warningCounts(items), row.warnings ?? {}, 'warnings')
    t.same(
      items.map((item) => item.position),
      items.map((_, index) => index + 1),
      'positions count every item, 1-based',
    )
    if (row.repair !== undefined) {
      const repaired = await readRepair(row.file)
      t.equal(repaired.filter((item) => item.ok).length, row.repair.ok, 'REPAIR: imported records')
      t.same(sorted(problemList(repaired)), sorted(row.repair.problems ?? []), 'REPAIR: rejected records')
      t.same(repairCounts(repaired), row.repair.repairs, 'REPAIR: the repairs')
    }
  })
}

/** The stored text holds U+FFFD exactly where the bytes were (the bytes in SOURCES.md's notes and the rows above). */
t.test('REPAIR: U+FFFD where the bytes were, in real records', async (t) => {
  /** Record `position`, field `#n` (directory order, as the warnings name it): its tag and the subfield's value. */
  const subfield = async (file: string, position: number, n: number, code: string) => {
    const item = (await readRepair(file))[position - 1]
    const field = item?.ok === true ? item.record.fields[n - 1] : undefined
    return field !== undefined && 'subfields' in field ? `${field.tag} $${code} ${field.subfields.find((s) => s.code === code)?.value}` : undefined
  }
  // `bad bytes => C3 28 <=`: 0xC3 leads a 2-byte sequence and '(' is no continuation byte.
  t.equal(await subfield('ruby-marc/utf8_with_bad_bytes.marc', 1, 13, 'a'), '245 $a Photčhanānukrom Čhin Klāng-TǣčhiuʻAngkrit-Thai /bad bytes => \uFFFD( <=')
  // `franc F8 BF BF BF B9 ise`: 0xF8 is no lead byte, and each of the four after it continues nothing.
  t.match(await subfield('marc4j/sample1.mrc', 7, 19, 'c'), /^245 \$c .*adaptation franc\uFFFD{5}ise sous/)
  // `ESC ( 2 y e 0x7F z`: Hebrew shin, vav, DEL, tav.
  t.equal(await subfield('evergreen/hebrew.marc', 18, 18, 'a'), '880 $a שו\uFFFDת תשובות והנהגות')
})
