import { describeChar, problem, type RecordProblem } from './problems.ts'
import { countOf } from '../wording.ts'

export const LEADER_LENGTH = 24

const STRUCTURAL_POSITIONS = new Set([0, 1, 2, 3, 4, 12, 13, 14, 15, 16])

function pos(index: number): string {
  return 'Ldr/' + String(index).padStart(2, '0')
}

/**
 * Checks the leader rules every format shares and returns the leader as the in-memory record keeps
 * it: Ldr/09 = 'a' (text is Unicode once read), and the constant MARC 21 values in Ldr/10-11
 * ("22") and Ldr/20-23 ("4500") where the file had something else. Ldr/00-04 and Ldr/12-16
 * (lengths) are kept as found: they describe the original serialisation only, and the writers
 * recompute them.
 *
 * `iso2709`: in binary records Ldr/10-11 are structural (how many indicator and subfield-code
 * bytes each field has), so a digit other than 2 there means a non-MARC-21 layout (e.g. the CP866
 * UNIMARC exports in `ruby-marc/cp866_*.marc`, Ldr/10-11 = "00", fields without indicators) and
 * is fatal — except under REPAIR for '00' when no field holds a subfield delimiter (`undivided`):
 * each data field is then one undivided data element, kept whole (see `fields.ts`). In MARCXML
 * and MARC-in-JSON the structure is explicit, so it is only a wrong value.
 */
export function normaliseLeader(
  leader: string,
  warnings: RecordProblem[],
  iso2709: boolean,
  repair = false,
  undivided = false,
): string | RecordProblem {
  if (leader.length !== LEADER_LENGTH) {
    return problem('BAD_LEADER', `the leader is ${countOf(leader.length, 'character')} long; it must be 24`)
  }
  // Ldr/09 is judged by the charset logic, Ldr/20-23 are repaired below; every other position is
  // either a code (05-08, 17-19) or a number, and a control or non-ASCII character there means the
  // leader is corrupt, so the record's type and status cannot be trusted.
  for (let i = 0; i < 20; i++) {
    if (i === 9) continue
    const code = leader.charCodeAt(i)
    if (code < 0x20 || code > 0x7e) {
      const found = problem('BAD_LEADER', `${pos(i)} is ${describeChar(leader.charAt(i))}, not a printable ASCII character`)
      // REPAIR: Ldr/00-04 and 12-16 only describe the serialisation (found from the terminators,
      // recomputed by every writer), so a corrupt one is mended; codes (05-08, 17-19) would be guesses.
      if (!repair || !STRUCTURAL_POSITIONS.has(i)) return found
      warnings.push({ ...found, message: `${found.message}; set to '0' (a length, recomputed on writing)`, repair: `${pos(i)} set to '0'` })
      leader = leader.slice(0, i) + '0' + leader.slice(i + 1)
    }
  }
  let fixed = leader.slice(0, 9) + 'a'
  const counts = leader.slice(10, 12)
  if (counts === '22') {
    fixed += counts
  } else if (counts === '  ' || !iso2709) {
    warnings.push({
      ...problem('BAD_LEADER', `Ldr/10-11 (indicator count, subfield code length) is '${counts}', not '22'; read as 22`),
      repair: "Ldr/10-11 set to '22'",
    })
    fixed += '22'
  } else if (counts === '00' && undivided) {
    // REPAIR, binary records whose fields are each one undivided data element (no indicators, no
    // subfield codes, no 0x1F anywhere: checked by the caller). `fields.ts` keeps each data field
    // whole as $a under blank indicators, saying so on the field.
    warnings.push({
      ...problem(
        'BAD_LEADER',
        "Ldr/10-11 (indicator count, subfield code length) is '00': the fields have no indicators and no subfield codes",
      ),
      repair: "Ldr/10-11 set to '22'; each data field's data kept whole as $a under blank indicators",
    })
    fixed += '22'
  } else {
    return problem(
      'BAD_LEADER',
      `Ldr/10-11 (indicator count, subfield code length) is '${counts}': MARC 21 fields have 2 indicators and 1-character subfield codes`,
    )
  }
  fixed += leader.slice(12, 20)
  const entryMap = leader.slice(20, 24)
  if (entryMap !== '4500') {
    warnings.push({
      ...problem('BAD_LEADER', `Ldr/20-23 (entry map) is ${JSON.stringify(entryMap)}, not '4500'; read as 4500`),
      repair: "Ldr/20-23 set to '4500'",
    })
  }
  return fixed + '4500'
}
