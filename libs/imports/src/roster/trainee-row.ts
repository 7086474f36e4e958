import { LocalDate, parseResidentId, parseYuanToFen, ResidentIdFacts } from '@carebridge/rules';
import { normalizeRegistration, registrationProblems, RosterTraineeInput } from './register-trainee.check';
import {
  HeaderLayout,
  parseCounty,
  parseEducationLevel,
  parseHouseholdCategory,
  parseMajor,
  parseYesNo,
  splitList,
  TRAINEE_COLUMNS,
  TraineeColumn,
} from './trainee-columns';

/** One problem of one row: the row number as the school sees it, the column's header and why, in Chinese. */
export interface RowError {
  row: number;
  column: string;
  reason: string;
}

/** A row that passed every check registerTrainee makes, ready to be written. */
export interface ValidTraineeRow {
  row: number;
  input: RosterTraineeInput;
  facts: ResidentIdFacts;
}

export type RowResult = { ok: true; value: ValidTraineeRow } | { ok: false; errors: RowError[] };

/**
 * Checks one roster row with the rules of registerTrainee: the cells are turned into a
 * RegisterTraineeInput (Chinese labels and county names mapped to codes) and checked with the
 * normalisation and messages of that class's decorators (as plain functions: see
 * register-trainee.check.ts); then the two checks its service adds (birth date not in the future,
 * a destination unless any is accepted). Every problem of the row is reported, one per column.
 */
export function validateTraineeRow(row: number, cells: readonly string[], layout: HeaderLayout, today: LocalDate): RowResult {
  const text = (column: TraineeColumn): string => {
    const position = layout.positions.get(column);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const problems = new Map<TraineeColumn, string>();
  const plain: Record<string, unknown> = {};

  for (const column of Object.keys(TRAINEE_COLUMNS) as TraineeColumn[]) {
    if (TRAINEE_COLUMNS[column].required && text(column) === '') problems.set(column, `${TRAINEE_COLUMNS[column].header}不能为空`);
  }
  plain.name = text('name');
  plain.residentId = text('residentId');
  plain.phone = text('phone');
  mapCell(plain, problems, 'countyCode', text('countyCode'), parseCounty, (raw) => `县(市、区)“${raw}”不是吕梁市的县(市、区)，应填写如“临县”或“141124”`);
  mapCell(plain, problems, 'householdCategory', text('householdCategory'), parseHouseholdCategory, (raw) => `人群类别“${raw}”无效，应为建档立卡贫困户、已脱贫、农村劳动力、城市低收入、未就业高校毕业生之一`);
  mapCell(plain, problems, 'educationLevel', text('educationLevel'), parseEducationLevel, (raw) => `文化程度“${raw}”无效，应为未上学、小学、初中、高中、中专/技校、大专、本科及以上之一`);
  const majors = splitList(text('majorsWanted'));
  const unknownMajor = majors.find((major) => parseMajor(major) === null);
  if (unknownMajor !== undefined) problems.set('majorsWanted', `意向专业“${unknownMajor}”无效，应为养老陪护、病患陪护、月嫂育儿嫂、家居保洁，多个用“、”分隔`);
  plain.majorsWanted = majors.map((major) => parseMajor(major) ?? major);
  plain.destinationsWanted = splitList(text('destinationsWanted'));
  const acceptsAny = parseYesNo(text('acceptsAnyDestination'));
  if (acceptsAny === null) problems.set('acceptsAnyDestination', '接受任何就业地点应填写“是”或“否”');
  plain.acceptsAnyDestination = acceptsAny ?? false;
  const wage = text('expectedMonthlyWage').replace(/元$/, '');
  if (wage !== '') {
    const fen = parseYuanToFen(wage);
    if (fen === null) problems.set('expectedMonthlyWage', `期望月薪“${wage}”不是金额，应填写元数，如 4000`);
    else plain.expectedMonthlyWage = fen;
  }

  const input = normalizeRegistration(plain as unknown as RosterTraineeInput);
  for (const [column, message] of registrationProblems(input)) {
    if (!problems.has(column)) problems.set(column, message);
  }
  const parsed = parseResidentId(input.residentId);
  if (!problems.has('residentId') && parsed.ok && parsed.facts.birthDate > today) {
    problems.set('residentId', '身份证号中的出生日期晚于今天，请核对');
  }
  if (!problems.has('destinationsWanted') && !input.acceptsAnyDestination && input.destinationsWanted.length === 0) {
    problems.set('destinationsWanted', '意向就业城市至少填写一个，或在“接受任何就业地点”列填“是”');
  }

  if (problems.size || !parsed.ok) {
    return { ok: false, errors: [...problems].map(([column, reason]) => ({ row, column: TRAINEE_COLUMNS[column].header, reason })) };
  }
  return { ok: true, value: { row, input, facts: parsed.facts } };
}

/** Maps a cell through `parse`; an empty cell is left to the required-column check. */
function mapCell(
  plain: Record<string, unknown>,
  problems: Map<TraineeColumn, string>,
  column: TraineeColumn,
  raw: string,
  parse: (text: string) => string | null,
  message: (raw: string) => string,
): void {
  if (raw === '') return;
  const value = parse(raw);
  if (value === null) problems.set(column, message(raw));
  plain[column] = value ?? raw;
}
