/** Household categories (人群类别), as the database names them, and their Chinese labels. */
export type HouseholdCategoryValue = 'REGISTERED_POOR' | 'LIFTED_OUT' | 'RURAL' | 'URBAN_LOW_INCOME' | 'UNEMPLOYED_GRADUATE';

export const HOUSEHOLD_CATEGORY_LABELS: Record<HouseholdCategoryValue, string> = {
  REGISTERED_POOR: '建档立卡贫困户',
  LIFTED_OUT: '已脱贫',
  RURAL: '农村劳动力',
  URBAN_LOW_INCOME: '城市低收入',
  UNEMPLOYED_GRADUATE: '未就业高校毕业生',
};

/** Education levels (文化程度) and their Chinese labels. */
export type EducationLevelValue = 'NONE' | 'PRIMARY' | 'JUNIOR_HIGH' | 'SENIOR_HIGH' | 'VOCATIONAL' | 'JUNIOR_COLLEGE' | 'BACHELOR_OR_ABOVE';

export const EDUCATION_LEVEL_LABELS: Record<EducationLevelValue, string> = {
  NONE: '未上学',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '高中',
  VOCATIONAL: '中专/技校',
  JUNIOR_COLLEGE: '大专',
  BACHELOR_OR_ABOVE: '本科及以上',
};

export const SEX_LABELS: Record<'MALE' | 'FEMALE', string> = { MALE: '男', FEMALE: '女' };
