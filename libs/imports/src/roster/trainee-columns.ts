import {
  EDUCATION_LEVEL_LABELS,
  EducationLevelValue,
  HOUSEHOLD_CATEGORY_LABELS,
  HouseholdCategoryValue,
  LVLIANG_COUNTIES,
  MAJOR_LABELS,
  MajorValue,
} from '@carebridge/rules';

/** The columns of a trainee roster, by the RegisterTraineeInput field each one fills. */
export type TraineeColumn =
  | 'name'
  | 'residentId'
  | 'phone'
  | 'countyCode'
  | 'householdCategory'
  | 'educationLevel'
  | 'majorsWanted'
  | 'destinationsWanted'
  | 'acceptsAnyDestination'
  | 'expectedMonthlyWage';

interface ColumnSpec {
  /** The header of the template, and the name row errors give the column. */
  header: string;
  /** Other headers schools use for it (compared after normalizeHeader). */
  aliases: string[];
  required: boolean;
}

export const TRAINEE_COLUMNS: Record<TraineeColumn, ColumnSpec> = {
  name: { header: '姓名', aliases: ['学员姓名'], required: true },
  residentId: { header: '身份证号', aliases: ['身份证号码', '居民身份证号', '居民身份证号码', '公民身份号码'], required: true },
  phone: { header: '手机号', aliases: ['手机号码', '手机', '联系电话'], required: true },
  countyCode: { header: '县(市、区)', aliases: ['户籍所在县(市、区)', '县市区', '县(市区)', '户籍县'], required: true },
  householdCategory: { header: '人群类别', aliases: ['人员类别'], required: true },
  educationLevel: { header: '文化程度', aliases: ['学历'], required: true },
  majorsWanted: { header: '意向专业', aliases: ['专业'], required: true },
  destinationsWanted: { header: '意向城市', aliases: ['意向就业城市', '意向就业地'], required: false },
  acceptsAnyDestination: { header: '接受任何就业地点', aliases: ['是否接受任何就业地点', '服从分配'], required: false },
  expectedMonthlyWage: { header: '期望月薪', aliases: ['期望月薪(元)', '期望工资', '期望工资(元)'], required: false },
};

/** Headers compared without spaces, required-field stars, or full-width brackets and commas. */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, '、');
}

const COLUMN_BY_HEADER = new Map<string, TraineeColumn>(
  (Object.entries(TRAINEE_COLUMNS) as [TraineeColumn, ColumnSpec][]).flatMap(([column, spec]) =>
    [spec.header, ...spec.aliases].map((header) => [normalizeHeader(header), column] as const),
  ),
);

/** Where each known column is in the header row; unknown columns (序号, 备注 …) are ignored. */
export interface HeaderLayout {
  positions: Map<TraineeColumn, number>;
  missing: TraineeColumn[];
}

export function layoutOf(headerCells: readonly string[]): HeaderLayout {
  const positions = new Map<TraineeColumn, number>();
  headerCells.forEach((cell, index) => {
    const column = COLUMN_BY_HEADER.get(normalizeHeader(cell));
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = (Object.keys(TRAINEE_COLUMNS) as TraineeColumn[]).filter((column) => TRAINEE_COLUMNS[column].required && !positions.has(column));
  return { positions, missing };
}

/** Accepts the Chinese label (建档立卡贫困户) or the code (REGISTERED_POOR, any case). */
function labelParser<T extends string>(labels: Record<T, string>, synonyms: Record<string, T> = {}): (text: string) => T | null {
  const byText = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    byText.set(code, code);
    byText.set(label, code);
  }
  for (const [text, code] of Object.entries(synonyms)) byText.set(text, code);
  return (text) => byText.get(text.trim().toUpperCase()) ?? null;
}

export const parseHouseholdCategory = labelParser<HouseholdCategoryValue>(HOUSEHOLD_CATEGORY_LABELS, {
  建档立卡户: 'REGISTERED_POOR',
  脱贫户: 'LIFTED_OUT',
  已脱贫户: 'LIFTED_OUT',
});

export const parseEducationLevel = labelParser<EducationLevelValue>(EDUCATION_LEVEL_LABELS, {
  中专: 'VOCATIONAL',
  技校: 'VOCATIONAL',
  职高: 'VOCATIONAL',
  本科: 'BACHELOR_OR_ABOVE',
  研究生: 'BACHELOR_OR_ABOVE',
});

export const parseMajor = labelParser<MajorValue>(MAJOR_LABELS, { 月嫂: 'MATERNITY_NANNY', 育儿嫂: 'MATERNITY_NANNY' });

const COUNTY_BY_NAME = new Map(Object.entries(LVLIANG_COUNTIES).map(([code, name]) => [name, code]));

/** A Lüliang county by its code (141124) or its name (临县, also written 山西省吕梁市临县). */
export function parseCounty(text: string): string | null {
  const trimmed = text.trim();
  if (Object.hasOwn(LVLIANG_COUNTIES, trimmed)) return trimmed;
  return COUNTY_BY_NAME.get(trimmed.replace(/^(山西省)?(吕梁市)?/, '')) ?? null;
}

/** Lists in one cell: 养老陪护、病患陪护 / 北京市,天津市 (Chinese or Latin commas, semicolons, slashes, spaces). */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；/\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const YES = new Set(['是', '接受', 'Y', 'YES', 'TRUE', '1']);
const NO = new Set(['否', '不接受', 'N', 'NO', 'FALSE', '0', '']);

/** 是/否 (or Y/N, true/false, 1/0); null for anything else. An empty cell is 否. */
export function parseYesNo(text: string): boolean | null {
  const value = text.trim().toUpperCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}
