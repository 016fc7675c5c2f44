/**
 * MARCXML specifics: namespaces and prefixes, documents that are not one well-formed tree,
 * per-record recovery, standalone raw records, and the MARCXML rules of marcxml/build.ts.
 */
import { SaxesParser } from 'saxes'
import t from 'tap'
import { readSingleRecord, type ReadItem } from '../../src/marc/reader.ts'
import { MARCXML_COLLECTION_END, MARCXML_COLLECTION_START } from '../../src/marc/writer.ts'
import { readAll, readShared, sharedRecordFiles, sharedText } from './helpers.ts'

const SLIM = 'http://www.loc.gov/MARC21/slim'
const LEADER = '<leader>00000nam a2200000 a 4500</leader>'
const FIELDS = '<controlfield tag="001">1</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Title</subfield></datafield>'
const RECORD = `<record>${LEADER}${FIELDS}</record>`

const xml = (text: string): Uint8Array => new TextEncoder().encode(text)
const codes = (items: ReadItem[]): string[] => items.map((item) => (item.ok ? 'ok' : item.problem.code))

t.test('raw records parse on their own, as the record they came from', async (t) => {
  for (const file of sharedRecordFiles().filter((f) => f.endsWith('.xml'))) {
    for (const item of await readShared(file)) {
      const again = readSingleRecord(item.raw)
      // Problems compare by code: line numbers count from the raw record's own first line.
      t.same(again.ok ? again.record : again.problem.code, item.ok ? item.record : item.problem.code, `${file} #${item.position}`)
    }
  }
})

t.test('inherited namespace declarations are added to the raw record', async (t) => {
  const [prefixed] = await readShared('marc4j/sample1a.xml')
  t.match(Buffer.from(prefixed?.raw ?? []).toString(), /^<marcxml:record xmlns:marcxml="http:\/\/www.loc.gov\/MARC21\/slim">\r?\n {4}<marcxml:leader>/)
  const [defaulted] = await readShared('marc4j/chabon.xml')
  t.match(Buffer.from(defaulted?.raw ?? []).toString(), /^<record xmlns="http:\/\/www.loc.gov\/MARC21\/slim">\n/)
  const [bare] = await readShared('evergreen/serials_marc21.xml')
  t.match(Buffer.from(bare?.raw ?? []).toString(), /^<record>\n {4}<leader>/, 'nothing to add without a namespace')
})

t.test('records inside other vocabularies (OAI-PMH) are found by namespace', async (t) => {
  const oai = `<?xml version="1.0"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
  <record><header><identifier>oai:x:1</identifier></header><metadata>
    <marc:record xmlns:marc="${SLIM}"><marc:leader>00000nam a2200000 a 4500</marc:leader><marc:controlfield tag="001">1</marc:controlfield></marc:record>
  </metadata></record>
  <record><header status="deleted"><identifier>oai:x:2</identifier></header></record>
</ListRecords></OAI-PMH>`
  const items = await readAll(xml(oai))
  t.same(codes(items), ['ok'], "OAI's own <record> elements are not MARC records")
})

t.test('comments, CDATA, processing instructions and a DOCTYPE are skipped', async (t) => {
  const doc = `<?xml version="1.0"?><!DOCTYPE collection [ <!ENTITY x "y"> ]>
<!-- <record>not a record</record> --><?pi <record>?>
<collection xmlns="${SLIM}"><![CDATA[<record>]]>${RECORD}<!-- </record> -->${RECORD}</collection>`
  t.same(codes(await readAll(xml(doc))), ['ok', 'ok'])
})

t.test('a record that is never closed costs only itself', async (t) => {
  const doc = `<collection xmlns="${SLIM}"><record>${LEADER}<controlfield tag="001">1</controlfield>${RECORD}${RECORD}</collection>`
  const items = await readAll(xml(doc))
  t.same(codes(items), ['INVALID_XML', 'ok', 'ok'])
  t.match(items[0], { problem: { message: /not closed before the next one starts/ } })
})

t.test('the input ending inside a record', async (t) => {
  const items = await readAll(xml(`<collection xmlns="${SLIM}">\n${RECORD}\n<record>${LEADER}<controlfield`))
  t.same(codes(items), ['ok', 'TRUNCATED'])
  t.match(items[1], { problem: { message: /ends inside the <record> that starts at line 3/ } })
})

t.test('not well-formed: the line of the file is reported', async (t) => {
  const items = await readShared('ruby-marc/three-records-second-bad.xml')
  t.match(items[1], { ok: false, problem: { code: 'INVALID_XML', message: /at line 72, column \d+: disallowed character/ } })
})

t.test('bytes that are not UTF-8 reject one record', async (t) => {
  const bad = Buffer.concat([Buffer.from(`<collection xmlns="${SLIM}">${RECORD}\n<record>${LEADER}<controlfield tag="001">`), Buffer.from([0xe9]), Buffer.from(`</controlfield></record>${RECORD}</collection>`)])
  const items = await readAll(bad)
  t.same(codes(items), ['ok', 'UNDECODABLE_BYTES', 'ok'])
  t.match(items[1], { problem: { message: /not valid UTF-8 at line 2/ } })
})

t.test('a declared single-byte encoding is honoured; the raw record becomes UTF-8', async (t) => {
  const doc = Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><collection xmlns="${SLIM}"><record>${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Caf`),
    Buffer.from([0xe9]),
    Buffer.from('</subfield></datafield></record></collection>'),
  ])
  const [item] = await readAll(doc)
  t.match(item, { ok: true, record: { fields: [{ subfields: [{ value: 'Café' }] }] } })
  t.match(Buffer.from(item?.raw ?? []).toString('utf8'), /Café/)
})

t.test('text is NFC, whether it arrives decomposed or as character references', async (t) => {
  const doc = `<record xmlns="${SLIM}">${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Cafe&#x301; e\u0301</subfield></datafield></record>`
  t.match(readSingleRecord(xml(doc)), { ok: true, record: { fields: [{ subfields: [{ value: 'Café é' }] }] } })
})

interface Case {
  name: string
  record: string
  code: string
  fatal: boolean
  message?: RegExp
}

const cases: Case[] = [
  { name: 'no leader', record: `<record>${FIELDS}</record>`, code: 'BAD_LEADER', fatal: true, message: /no <leader>/ },
  { name: 'short leader', record: `<record><leader>00000nam</leader>${FIELDS}</record>`, code: 'BAD_LEADER', fatal: true, message: /8 characters/ },
  { name: 'two leaders', record: `<record>${LEADER}${LEADER}${FIELDS}</record>`, code: 'BAD_LEADER', fatal: true },
  { name: 'no fields', record: `<record>${LEADER}</record>`, code: 'EMPTY_RECORD', fatal: true },
  { name: 'controlfield without tag', record: `<record>${LEADER}<controlfield>1</controlfield></record>`, code: 'BAD_FIELD', fatal: true },
  { name: 'controlfield with a data tag', record: `<record>${LEADER}<controlfield tag="245">x</controlfield></record>`, code: 'BAD_FIELD', fatal: true },
  { name: 'datafield with a control tag', record: `<record>${LEADER}<datafield tag="001" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></record>`, code: 'BAD_FIELD', fatal: true },
  { name: 'two-digit tag', record: `<record>${LEADER}<datafield tag="42" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></record>`, code: 'BAD_FIELD', fatal: true },
  { name: 'subfield without code', record: `<record>${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield>x</subfield></datafield></record>`, code: 'BAD_SUBFIELD_CODE', fatal: true },
  { name: 'two-character code', record: `<record>${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield code="ab">x</subfield></datafield></record>`, code: 'BAD_SUBFIELD_CODE', fatal: true },
  { name: 'two-character indicator', record: `<record>${LEADER}<datafield tag="245" ind1="10" ind2="0"><subfield code="a">x</subfield></datafield></record>`, code: 'BAD_INDICATOR', fatal: true },
  { name: 'text outside any field', record: `<record>${LEADER}stray text${FIELDS}</record>`, code: 'BAD_FIELD', fatal: true, message: /"stray text"/ },
  { name: 'element inside a subfield', record: `<record>${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield code="a">x<i>y</i></subfield></datafield></record>`, code: 'UNKNOWN_ELEMENT', fatal: true },
  { name: 'MARC element where subfields belong', record: `<record>${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfields code="a">x</subfields></datafield></record>`, code: 'UNKNOWN_ELEMENT', fatal: true },
  { name: 'foreign element in a datafield', record: `<record xmlns:x="urn:x">${LEADER}<datafield tag="245" ind1="1" ind2="0"><subfield code="a">x</subfield><x:note>n</x:note></datafield></record>`, code: 'UNKNOWN_ELEMENT', fatal: false },
  { name: 'non-field element under record', record: `<record>${LEADER}<identifier>koha:5</identifier>${FIELDS}</record>`, code: 'UNKNOWN_ELEMENT', fatal: false },
  { name: 'missing indicator attributes', record: `<record>${LEADER}<datafield tag="245"><subfield code="a">x</subfield></datafield></record>`, code: 'BAD_INDICATOR', fatal: false },
  { name: 'datafield without subfields', record: `<record>${LEADER}<datafield tag="245" ind1="1" ind2="0"/></record>`, code: 'EMPTY_FIELD', fatal: false },
  { name: 'record type not in the schema', record: `<record type="Bibliographical">${LEADER}${FIELDS}</record>`, code: 'BAD_ATTRIBUTE', fatal: false },
  { name: "Ldr/20-23 not '4500'", record: `<record><leader>00000nam a2200000 a 45  </leader>${FIELDS}</record>`, code: 'BAD_LEADER', fatal: false },
]

for (const c of cases) {
  t.test(c.name, async (t) => {
    const doc = `<collection xmlns="${SLIM}">${RECORD}${c.record}${RECORD}</collection>`
    const items = await readAll(xml(doc))
    t.same(codes(items), ['ok', c.fatal ? c.code : 'ok', 'ok'])
    const item = items[1]
    if (c.fatal) t.match(item, { problem: { message: c.message ?? /./ } })
    else t.ok(item?.ok === true && item.warnings.some((w) => w.code === c.code), JSON.stringify(item?.ok === true ? item.warnings : item))
  })
}

t.test('missing indicators read as blank', async (t) => {
  const item = readSingleRecord(xml(`<record xmlns="${SLIM}">${LEADER}<datafield tag="245"><subfield code="a">x</subfield></datafield></record>`))
  t.match(item, { ok: true, record: { fields: [{ tag: '245', ind1: ' ', ind2: ' ' }] } })
})

t.test('ns0: prefixes (pymarc output) read like any other prefix', async (t) => {
  const fixed = sharedText('ruby-marc/no-leading-zero.xml').replace('tag="42"', 'tag="042"')
  const item = readSingleRecord(xml(fixed))
  t.match(item, { ok: true, record: { fields: [{ tag: '245', subfields: [{ code: 'a', value: 'The Untamed' }, { code: 'b', value: '' }] }] } })
  t.equal(item.ok ? item.record.fields.length : 0, 15)
})

t.test('raw records of a prefixed collection parse as a download, unreadable ones included', async (t) => {
  // Issue 14 item 7: the MARCXML download of not-imported records is their raw records in a
  // <collection>; a `marc:record` whose bytes could not be decoded lost its prefix's declaration.
  const prefixed = (fields: string): string => `<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader>${fields}</marc:record>`
  const doc = Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<marc:collection xmlns:marc="${SLIM}">\n`),
    Buffer.from(prefixed('<marc:controlfield tag="001">1</marc:controlfield>') + '\n'),
    Buffer.from('<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader><marc:controlfield tag="001">'),
    Buffer.from([0xe9]),
    Buffer.from('</marc:controlfield></marc:record>\n'),
    Buffer.from(prefixed('<marc:leader>twice</marc:leader>') + '\n</marc:collection>\n'),
  ])
  const items = await readAll(doc)
  t.same(codes(items), ['ok', 'UNDECODABLE_BYTES', 'BAD_LEADER'])
  const download = Buffer.concat([
    Buffer.from(MARCXML_COLLECTION_START),
    ...items.filter((item) => !item.ok).flatMap((item) => [Buffer.from(item.raw), Buffer.from('\n')]),
    Buffer.from(MARCXML_COLLECTION_END),
  ])
  const errors: string[] = []
  const records: string[] = []
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (error) => errors.push(error.message))
  parser.on('opentag', (tag) => {
    if (tag.local === 'record') records.push(tag.uri)
  })
  parser.write(new TextDecoder().decode(download)).close()
  t.same(errors, [], 'a namespace-aware XML parser reads the download')
  t.same(records, [SLIM, SLIM], 'both unreadable records, in the MARC 21 namespace')
})
