/**
 * The fixed lists the demo data is drawn from, sized to the programme's proportions
 * (see shared DOMAIN.md: 11 schools, 6 public and 5 private; the four majors; cohorts numbered
 * 第N期; intake mostly rural women, about 41 % from registered-poor households).
 */
import type { CertificateLevel, EducationLevel, HouseholdCategory, Major, ProcurementMethod, SchoolOwnership } from '@carebridge/db';
import type { LocalDate } from '@carebridge/rules';

/** Fixes every pseudo-random choice: change it and all generated people change. */
export const SEED = 20_260_128;

/** The day the demo data describes: the last cohort is in training, the ones before have finished. */
export const AS_OF: LocalDate = '2026-11-28';

/** When the demo's staff accounts were opened. */
export const ACCOUNTS_OPENED_AT = new Date('2025-01-06T01:00:00.000Z');

/** Password of every demo account (the README gives it). */
export const DEMO_PASSWORD = 'CareBridge2026!';
export const ADMIN_ACCOUNT = 'admin';

export const TRAINEE_COUNT = 3_000;

export interface SchoolSeed {
  name: string;
  ownership: SchoolOwnership;
  procurementMethod: ProcurementMethod;
  countyCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
}

/** In this order their staff accounts are school01 … school11. */
export const SCHOOLS: readonly SchoolSeed[] = [
  { name: '吕梁市高级技工学校', ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141102', address: '离石区龙凤北大街168号', contactName: '王建平', contactPhone: '0358-8226101' },
  { name: '吕梁市卫生学校', ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141102', address: '离石区永宁中路95号', contactName: '李秀梅', contactPhone: '0358-8232156' },
  { name: '临县职业技术学校', ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141124', address: '临县临泉镇新城大道18号', contactName: '刘志刚', contactPhone: '0358-4422317' },
  { name: '兴县职业中学', ownership: 'PUBLIC', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141123', address: '兴县蔚汾镇晋绥路66号', contactName: '张海燕', contactPhone: '0358-6322480' },
  { name: '孝义市职业教育中心', ownership: 'PUBLIC', procurementMethod: 'PUBLIC_TENDER', countyCode: '141181', address: '孝义市府前街212号', contactName: '郭文斌', contactPhone: '0358-7625533' },
  { name: '汾阳市职业教育中心', ownership: 'PUBLIC', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141182', address: '汾阳市府东路39号', contactName: '任丽霞', contactPhone: '0358-7221964' },
  { name: '吕梁市巾帼家政职业培训学校', ownership: 'PRIVATE', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141102', address: '离石区滨河北东路22号', contactName: '高翠萍', contactPhone: '0358-8269077' },
  { name: '柳林县康馨护理职业培训学校', ownership: 'PRIVATE', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141125', address: '柳林县柳林镇青龙街8号', contactName: '薛春梅', contactPhone: '0358-4086215' },
  { name: '文水县德馨家政职业培训学校', ownership: 'PRIVATE', procurementMethod: 'PUBLIC_TENDER', countyCode: '141121', address: '文水县凤城镇则天大街51号', contactName: '武晓燕', contactPhone: '0358-3022648' },
  { name: '中阳县惠民职业培训学校', ownership: 'PRIVATE', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141129', address: '中阳县宁乡镇新华街33号', contactName: '贾俊峰', contactPhone: '0358-5529320' },
  { name: '交城县安康月嫂职业培训学校', ownership: 'PRIVATE', procurementMethod: 'COMPETITIVE_CONSULTATION', countyCode: '141122', address: '交城县天宁镇卦山大道27号', contactName: '白玉兰', contactPhone: '0358-3526719' },
];

export interface CourseSeed {
  name: string;
  major: Major;
  theoryHours: number;
  practiceHours: number;
  durationDays: number;
  certificateLevel: CertificateLevel;
}

/** One course per major; theory is 30 % of the hours in each. */
export const COURSES: readonly CourseSeed[] = [
  { name: '养老陪护（五级）培训课程', major: 'ELDERCARE', theoryHours: 48, practiceHours: 112, durationDays: 30, certificateLevel: 'LEVEL_5' },
  { name: '病患陪护（五级）培训课程', major: 'PATIENT_CARE', theoryHours: 48, practiceHours: 112, durationDays: 30, certificateLevel: 'LEVEL_5' },
  { name: '月嫂育儿嫂（四级）培训课程', major: 'MATERNITY_NANNY', theoryHours: 54, practiceHours: 126, durationDays: 30, certificateLevel: 'LEVEL_4' },
  { name: '家居保洁（五级）培训课程', major: 'HOUSEKEEPING', theoryHours: 42, practiceHours: 98, durationDays: 30, certificateLevel: 'LEVEL_5' },
];

export interface CohortSeed {
  number: number;
  /** Index into SCHOOLS. */
  school: number;
  major: Major;
  startDate: LocalDate;
  capacity: number;
  /** How many trainees enrol. */
  enrolments: number;
}

/** 第34期 … 第43期; each runs its course's 30 days. The last is in training on AS_OF. */
export const COHORTS: readonly CohortSeed[] = [
  { number: 34, school: 0, major: 'ELDERCARE', startDate: '2025-03-03', capacity: 400, enrolments: 290 },
  { number: 35, school: 6, major: 'MATERNITY_NANNY', startDate: '2025-04-14', capacity: 400, enrolments: 275 },
  { number: 36, school: 1, major: 'PATIENT_CARE', startDate: '2025-05-26', capacity: 400, enrolments: 285 },
  { number: 37, school: 2, major: 'HOUSEKEEPING', startDate: '2025-07-07', capacity: 350, enrolments: 250 },
  { number: 38, school: 4, major: 'ELDERCARE', startDate: '2025-09-01', capacity: 400, enrolments: 310 },
  { number: 39, school: 10, major: 'MATERNITY_NANNY', startDate: '2025-10-20', capacity: 400, enrolments: 295 },
  { number: 40, school: 3, major: 'ELDERCARE', startDate: '2026-03-02', capacity: 400, enrolments: 300 },
  { number: 41, school: 5, major: 'PATIENT_CARE', startDate: '2026-04-20', capacity: 400, enrolments: 280 },
  { number: 42, school: 7, major: 'MATERNITY_NANNY', startDate: '2026-09-07', capacity: 400, enrolments: 305 },
  { number: 43, school: 8, major: 'ELDERCARE', startDate: '2026-11-16', capacity: 400, enrolments: 260 },
];

/** Demo trainee accounts log in with these phones (README): certified and available, in training, registered only. */
export const DEMO_TRAINEE_PHONES = { available: '13800138001', inTraining: '13800138002', registered: '13800138003' } as const;

type Weights<T> = ReadonlyArray<readonly [T, number]>;

/** Home counties, weighted towards the mountain counties that send the most trainees. */
export const COUNTY_WEIGHTS: Weights<string> = [
  ['141124', 18], // 临县
  ['141123', 12], // 兴县
  ['141102', 9], // 离石区
  ['141125', 9], // 柳林县
  ['141121', 8], // 文水县
  ['141127', 7], // 岚县
  ['141126', 6], // 石楼县
  ['141128', 6], // 方山县
  ['141181', 6], // 孝义市
  ['141122', 5], // 交城县
  ['141129', 5], // 中阳县
  ['141182', 5], // 汾阳市
  ['141130', 4], // 交口县
];

export const HOUSEHOLD_CATEGORY_WEIGHTS: Weights<HouseholdCategory> = [
  ['REGISTERED_POOR', 41],
  ['LIFTED_OUT', 26],
  ['RURAL', 22],
  ['URBAN_LOW_INCOME', 7],
  ['UNEMPLOYED_GRADUATE', 4],
];

const RURAL_EDUCATION: Weights<EducationLevel> = [
  ['NONE', 3],
  ['PRIMARY', 25],
  ['JUNIOR_HIGH', 55],
  ['SENIOR_HIGH', 12],
  ['VOCATIONAL', 5],
];

export const EDUCATION_WEIGHTS: Record<HouseholdCategory, Weights<EducationLevel>> = {
  REGISTERED_POOR: RURAL_EDUCATION,
  LIFTED_OUT: RURAL_EDUCATION,
  RURAL: RURAL_EDUCATION,
  URBAN_LOW_INCOME: [
    ['JUNIOR_HIGH', 45],
    ['SENIOR_HIGH', 35],
    ['VOCATIONAL', 15],
    ['JUNIOR_COLLEGE', 5],
  ],
  UNEMPLOYED_GRADUATE: [
    ['JUNIOR_COLLEGE', 60],
    ['BACHELOR_OR_ABOVE', 40],
  ],
};

/** Age bands (years, inclusive) at registration; graduates are young. */
export const AGE_BANDS: Record<'default' | 'graduate', Weights<readonly [number, number]>> = {
  default: [
    [[18, 25], 8],
    [[26, 35], 22],
    [[36, 45], 40],
    [[46, 55], 30],
  ],
  graduate: [[[21, 28], 1]],
};

export const FEMALE_SHARE = 0.9;

export const FAMILY_NAMES: Weights<string> = [
  ['王', 10], ['李', 8], ['张', 7], ['刘', 7], ['郭', 5], ['武', 4], ['杨', 4], ['高', 4], ['赵', 4], ['任', 3],
  ['薛', 3], ['贾', 3], ['冯', 3], ['韩', 3], ['白', 3], ['梁', 3], ['田', 3], ['温', 2], ['曹', 2], ['乔', 2],
  ['马', 2], ['孙', 2], ['陈', 2], ['郝', 2], ['吕', 2], ['闫', 2], ['宋', 2], ['崔', 2], ['霍', 1], ['成', 1],
  ['冀', 1], ['牛', 1], ['康', 1], ['秦', 1], ['侯', 1], ['段', 1], ['师', 1], ['雷', 1], ['苏', 1], ['申', 1],
];

export const GIVEN_NAMES: Record<'FEMALE' | 'MALE', readonly string[]> = {
  FEMALE: [
    '秀英', '桂兰', '玉兰', '秀兰', '秀珍', '桂英', '玉梅', '春梅', '红梅', '海燕', '丽娟', '美玲', '晓燕', '雪梅',
    '翠花', '淑芬', '凤英', '彩霞', '金花', '润莲', '爱萍', '桂香', '巧云', '改花', '俊梅', '丽霞', '慧敏', '晓丽',
    '艳红', '小芳', '美霞', '亚琴', '月娥', '瑞芳', '润梅', '变花', '拉弟', '爱琴', '芳', '娟', '敏', '静', '霞',
    '丽', '燕', '艳', '玲', '萍', '红', '英', '琴', '梅', '慧', '婷', '洁',
  ],
  MALE: [
    '建国', '志强', '建军', '国庆', '海军', '永红', '晋生', '保平', '文斌', '志刚', '俊峰', '海平', '小军', '文明',
    '宏伟', '伟', '军', '勇', '刚', '磊', '强', '平', '明', '斌', '涛', '鹏', '亮',
  ],
};

export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '177', '180', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

export const DESTINATION_WEIGHTS: Weights<string> = [
  ['北京市', 30], ['太原市', 14], ['天津市', 10], ['青岛市', 8], ['上海市', 8], ['济南市', 5], ['西安市', 5],
  ['深圳市', 4], ['石家庄市', 4], ['郑州市', 3], ['广州市', 3], ['杭州市', 3], ['吕梁市', 3],
];

/** Expected monthly wage ranges (yuan) by the major a trainee wants most. */
export const EXPECTED_WAGE_YUAN: Record<Major, readonly [number, number]> = {
  ELDERCARE: [3_500, 6_000],
  PATIENT_CARE: [4_000, 6_500],
  MATERNITY_NANNY: [5_000, 10_000],
  HOUSEKEEPING: [3_000, 5_000],
};

export const MAJOR_WEIGHTS: Weights<Major> = [
  ['ELDERCARE', 35],
  ['MATERNITY_NANNY', 30],
  ['PATIENT_CARE', 20],
  ['HOUSEKEEPING', 15],
];

/** Outcome rates of a finished cohort. */
export const OUTCOME_RATES = {
  dropOut: 0.02,
  /** Of those assessed. */
  pass: 0.9,
  /** Of those certified: declared themselves available for jobs since. */
  available: 0.75,
} as const;

export const DROP_REASONS: readonly string[] = ['家中老人生病需要照顾', '身体原因无法坚持培训', '已找到其他工作', '家中农忙'];
