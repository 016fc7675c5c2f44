import type { RecordProblem } from '../../marc/reader.ts'

/** A problem of a record as the API shows it: `field` is the 1-based field position, null when it concerns no one field. */
export interface ShownRecordProblem {
  code: string
  message: string
  field: number | null
}

/** The stored columns of an incoming record that say why it could not be read. */
export interface StoredRecordProblems {
  problem_code: string | null
  problem_message: string | null
  problems?: readonly RecordProblem[] | null
}

/**
 * Every problem of a record that could not be read, in record order (issue 14): the stored list, or
 * for a record stored before the list was, its one problem (whose field was not kept).
 */
export function recordProblemsOf(row: StoredRecordProblems): ShownRecordProblem[] {
  if (row.problems !== undefined && row.problems !== null && row.problems.length > 0) return row.problems.map(shownProblem)
  return row.problem_code === null ? [] : [{ code: row.problem_code, message: row.problem_message ?? '', field: null }]
}

export function shownProblem(problem: Pick<RecordProblem, 'code' | 'message' | 'field'>): ShownRecordProblem {
  return { code: problem.code, message: problem.message, field: problem.field ?? null }
}

/** The problems in one line, for a sentence: `CODE: message; CODE: message`. */
export function problemsLine(problems: readonly ShownRecordProblem[]): string {
  return problems.map((p) => `${p.code}: ${p.message}`).join('; ')
}
