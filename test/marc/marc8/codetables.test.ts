import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { CODETABLES_ENV, codeTables, codeTablesPath, readCodeTables } from '../../../src/marc/marc8/codetables.ts'
import { COMBINING, NO_OUTPUT, NOT_IN_SET } from '../../../src/marc/marc8/tables.ts'
import { readSharedMarc, sharedMarcPath } from '../../helpers/shared.ts'

const xml = readSharedMarc('codetables/codetables.xml').toString('utf8')

t.test('the default path is the shared codetables.xml beside the checkout', async (t) => {
  const saved = process.env[CODETABLES_ENV]
  delete process.env[CODETABLES_ENV]
  t.teardown(() => {
    if (saved === undefined) delete process.env[CODETABLES_ENV]
    else process.env[CODETABLES_ENV] = saved
  })
  t.equal(codeTablesPath(), sharedMarcPath('codetables/codetables.xml'))
  process.env[CODETABLES_ENV] = '/elsewhere/codetables.xml'
  t.equal(codeTablesPath(), '/elsewhere/codetables.xml', `${CODETABLES_ENV} overrides it`)
})

t.test('every set of the XML is loaded with as many codes as the XML lists', async (t) => {
  // Counted here by splitting the raw text, independently of the loader's own scan.
  const countsInXml = xml
    .split('<characterSet ')
    .slice(1)
    .map((chunk) => [/name="([^"]*)"/.exec(chunk)?.[1], chunk.split('<marc>').length - 1])
  t.same(
    codeTables().sets.map((set) => [set.name, set.codeCount]),
    countsInXml,
  )
  t.same(Object.fromEntries(countsInXml), {
    'Basic Latin (ASCII)': 99,
    'Extended Latin (ANSEL)': 69,
    'Greek Symbols': 3,
    Subscripts: 14,
    Superscripts: 14,
    'Basic Hebrew': 78,
    'Basic Cyrillic': 94,
    'Extended Cyrillic': 42,
    'Basic Arabic': 83,
    'Extended Arabic': 90,
    'Basic Greek': 73,
    'Chinese, Japanese, Korean (EACC)': 15739,
  })
})

t.test('every <code> of the XML is looked up as the XML says', async (t) => {
  const tables = codeTables()
  const wrong: string[] = []
  let checked = 0
  for (const chunk of xml.split('<characterSet ').slice(1)) {
    const set = tables.byFinalByte.get(Number.parseInt(/ISOcode="([^"]*)"/.exec(chunk)?.[1] ?? '', 16))
    for (const [, code = ''] of chunk.matchAll(/<code>([\s\S]*?)<\/code>/g)) {
      const marc = Number.parseInt(/<marc>(\w+)<\/marc>/.exec(code)?.[1] ?? '', 16)
      const ucs = /<ucs>(\w*)<\/ucs>/.exec(code)?.[1] ?? ''
      const expected = (code.includes('<isCombining>true') ? COMBINING : 0) | (ucs === '' ? NO_OUTPUT : Number.parseInt(ucs, 16))
      let actual: number | undefined
      if (set?.bytesPerChar === 3) actual = set.chars.get(marc)
      else if (marc > 0x20 && marc !== 0x7f && (marc < 0x80 || marc > 0xa0)) actual = set?.chars[marc & 0x7f]
      else actual = marc === 0x1b ? expected : tables.fixed[marc] // ESC is syntax; controls are set-independent
      checked++
      if (actual !== expected) wrong.push(`${set?.name} ${marc.toString(16)}: ${actual} ≠ ${expected}`)
    }
  }
  t.same(wrong, [])
  t.equal(checked, 16398, 'all codes of all sets')
})

t.test('LC preferred mappings, not the <alt> ones', async (t) => {
  const tables = codeTables()
  const ansel = tables.extendedLatin.chars
  t.equal(ansel[0xeb & 0x7f], COMBINING | 0x0361, 'ligature first half: U+0361, not U+FE20')
  t.equal(ansel[0xec & 0x7f], COMBINING | NO_OUTPUT, 'ligature second half: nothing, not U+FE21')
  const eacc = tables.byFinalByte.get(0x31)
  const ancientHangul = eacc?.bytesPerChar === 3 ? eacc.chars.get(0x6f7624) : undefined
  t.equal(ancientHangul, 0xe8b0, 'EACC 0x6F7624: private use U+E8B0, not the U+3013 geta-mark substitute')
  t.equal(tables.basicLatin.chars[0x7f], NOT_IN_SET, 'DEL is in no set')
})

t.test('a missing file is a clear error naming the path and the variable', async (t) => {
  t.throws(() => readCodeTables('/nonexistent/codetables.xml'), {
    message: /^MARC-8 code tables could not be read from \/nonexistent\/codetables\.xml \(ENOENT.*\); set MARC8_CODETABLES to the path/,
  })
})

t.test('a file that is not the LC code tables is refused', async (t) => {
  t.throws(() => readCodeTables(sharedMarcPath('pymarc/batch.xml')), {
    message: /are not usable: no character set with ISOcode 0x42 \(MARC8_CODETABLES may point to the wrong file\)/,
  })
})

t.test('MARC8_CODETABLES pointing nowhere fails the first decodeMarc8 call, even for ASCII', async (t) => {
  const index = fileURLToPath(new URL('../../../src/marc/marc8/index.ts', import.meta.url))
  const script = `import { decodeMarc8 } from ${JSON.stringify(index)}; decodeMarc8(new Uint8Array([0x41]))`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, [CODETABLES_ENV]: '/nowhere/codetables.xml' },
    encoding: 'utf8',
  })
  t.not(child.status, 0)
  t.match(child.stderr, 'MARC-8 code tables could not be read from /nowhere/codetables.xml')
  t.match(child.stderr, 'set MARC8_CODETABLES to the path of the Library of Congress codetables.xml')
})
