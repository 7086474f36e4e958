import { registerEnumType } from '@nestjs/graphql';
import { HouseholdCategory, PlanMetric } from '@carebridge/db';

/** How programmeStats groups its rows. */
export enum ReportGrouping {
  COUNTY = 'COUNTY',
  HOUSEHOLD_CATEGORY = 'HOUSEHOLD_CATEGORY',
  MAJOR = 'MAJOR',
  SCHOOL = 'SCHOOL',
  COHORT = 'COHORT',
  YEAR = 'YEAR',
}

/** How retention groups its rows. */
export enum RetentionGrouping {
  COUNTY = 'COUNTY',
  HOUSEHOLD_CATEGORY = 'HOUSEHOLD_CATEGORY',
  MAJOR = 'MAJOR',
  SCHOOL = 'SCHOOL',
  COHORT = 'COHORT',
}

/** Every household category, in the order reports list them. */
export const HOUSEHOLD_CATEGORIES = Object.values(HouseholdCategory);

registerEnumType(ReportGrouping, {
  name: 'ReportGrouping',
  description: '统计分组方式（各行另按人群类别细分）',
  valuesMap: {
    COUNTY: { description: '按户籍县(市、区)' },
    HOUSEHOLD_CATEGORY: { description: '按人群类别' },
    MAJOR: { description: '按专业（结业所在期次的课程专业）' },
    SCHOOL: { description: '按培训基地（结业所在期次的培训基地）' },
    COHORT: { description: '按期次（首次结业的期次）' },
    YEAR: { description: '按年度' },
  },
});

registerEnumType(RetentionGrouping, {
  name: 'RetentionGrouping',
  description: '稳岗率分组方式（各行另按人群类别细分）',
  valuesMap: {
    COUNTY: { description: '按户籍县(市、区)' },
    HOUSEHOLD_CATEGORY: { description: '按人群类别' },
    MAJOR: { description: '按专业（首次结业期次的课程专业）' },
    SCHOOL: { description: '按培训基地（首次结业期次的培训基地）' },
    COHORT: { description: '按期次（首次结业的期次）' },
  },
});

registerEnumType(PlanMetric, {
  name: 'PlanMetric',
  description: '规划指标',
  valuesMap: {
    TRAINED: { description: '培训人数' },
    EMPLOYED: { description: '就业人数' },
    EMPLOYMENT_RATE: { description: '就业率（就业人数 ÷ 培训人数）' },
    YEARLY_LABOUR_INCOME: { description: '年劳务收入' },
  },
});
