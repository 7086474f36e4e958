import { checkDemandForDiscrimination, describeEqualEmploymentProblems } from './equal-employment.rules';

describe('checkDemandForDiscrimination', () => {
  it('passes a demand with allowed requirements and ordinary care duties', () => {
    const { problems, requirements } = checkDemandForDiscrimination({
      major: 'ELDERCARE',
      requirements: [{ kind: 'HEALTH_CERTIFICATE' }, { kind: 'MIN_EXPERIENCE_MONTHS', value: '12' }],
      duties: '照顾80岁老人，负责一日三餐、陪同散步、按时服药。',
    });
    expect(problems).toEqual([]);
    expect(requirements.map((requirement) => requirement.kind)).toEqual(['HEALTH_CERTIFICATE', 'MIN_EXPERIENCE_MONTHS']);
  });

  it('reports refused requirements and refused phrases together, each with where it is', () => {
    const { problems } = checkDemandForDiscrimination({
      major: 'MATERNITY_NANNY',
      requirements: [{ kind: 'HEALTH_CERTIFICATE' }, { kind: 'marital_status', value: '已婚' }],
      duties: '金牌月嫂，35岁以下，形象好。',
    });
    expect(problems).toEqual([
      { source: 'REQUIREMENT', index: 1, phrase: 'MARITAL_STATUS', category: 'MARITAL_STATUS', discriminatory: true, reason: '不得以婚姻状况作为招聘条件' },
      { source: 'DUTIES', index: 5, phrase: '35岁以下', category: 'AGE', discriminatory: true, reason: '年龄限制超出法定劳动年龄要求' },
      { source: 'DUTIES', index: 11, phrase: '形象好', category: 'APPEARANCE', discriminatory: true, reason: '不得以相貌作为招聘条件' },
    ]);
  });
});

describe('describeEqualEmploymentProblems', () => {
  it('names each offending phrase and why', () => {
    const { problems } = checkDemandForDiscrimination({ major: 'HOUSEKEEPING', requirements: [], duties: '保洁员，35岁以下，形象好' });
    expect(describeEqualEmploymentProblems(problems)).toBe(
      '用工需求含有就业歧视内容：「35岁以下」——年龄限制超出法定劳动年龄要求；「形象好」——不得以相貌作为招聘条件',
    );
  });

  it('marks structured requirements as such', () => {
    const { problems } = checkDemandForDiscrimination({ major: 'HOUSEKEEPING', requirements: [{ kind: 'HEIGHT', value: '160' }], duties: '擦窗拖地' });
    expect(describeEqualEmploymentProblems(problems)).toBe('用工需求含有就业歧视内容：要求「HEIGHT」——不得以身高作为招聘条件');
  });

  it('calls a mistyped value a mistake, not discrimination', () => {
    const { problems } = checkDemandForDiscrimination({
      major: 'HOUSEKEEPING',
      requirements: [{ kind: 'MIN_EXPERIENCE_MONTHS', value: '999' }],
      duties: '擦窗拖地',
    });
    expect(describeEqualEmploymentProblems(problems)).toMatch(/^用工要求填写有误：要求「MIN_EXPERIENCE_MONTHS」——/);
  });
});
