import { ALLOWED_REQUIREMENT_KINDS, checkRequirements, REQUIREMENT_KIND_RULES, requirementValueLabel } from './requirement-kinds';

const JUSTIFICATION = '老人为女性，需协助洗澡、如厕等贴身护理';

describe('checkRequirements', () => {
  it('accepts every allowed kind with a valid value, trimmed and upper-cased as stored', () => {
    const { problems, requirements } = checkRequirements('ELDERCARE', [
      { kind: ' certificate_level ', value: 'LEVEL_4' },
      { kind: 'MAJOR', value: 'ELDERCARE' },
      { kind: 'MIN_EXPERIENCE_MONTHS', value: ' 24 ' },
      { kind: 'HEALTH_CERTIFICATE' },
      { kind: 'LIVE_IN', value: '  ' },
      { kind: 'SAME_SEX_AS_RECIPIENT', justification: `  ${JUSTIFICATION}  ` },
    ]);
    expect(problems).toEqual([]);
    expect(requirements).toEqual([
      { kind: 'CERTIFICATE_LEVEL', value: 'LEVEL_4', justification: null },
      { kind: 'MAJOR', value: 'ELDERCARE', justification: null },
      { kind: 'MIN_EXPERIENCE_MONTHS', value: '24', justification: null },
      { kind: 'HEALTH_CERTIFICATE', value: null, justification: null },
      { kind: 'LIVE_IN', value: null, justification: null },
      { kind: 'SAME_SEX_AS_RECIPIENT', value: null, justification: JUSTIFICATION },
    ]);
  });

  it.each([
    ['ETHNICITY', 'ETHNICITY', '民族'],
    ['HUKOU', 'ORIGIN', '户籍'],
    ['ORIGIN', 'ORIGIN', '籍贯'],
    ['MARITAL_STATUS', 'MARITAL_STATUS', '婚姻'],
    ['PREGNANCY', 'PREGNANCY', '怀孕'],
    ['CHILDBEARING', 'PREGNANCY', '生育'],
    ['APPEARANCE', 'APPEARANCE', '相貌'],
    ['HEIGHT', 'HEIGHT_WEIGHT', '身高'],
    ['WEIGHT', 'HEIGHT_WEIGHT', '体重'],
    ['AGE', 'AGE', '法定劳动年龄'],
    ['ZODIAC', 'ZODIAC_BLOOD_TYPE', '属相'],
    ['BLOOD_TYPE', 'ZODIAC_BLOOD_TYPE', '血型'],
    ['RELIGION', 'RELIGION', '宗教'],
    ['SEX', 'SEX', '性别'],
    ['HEPATITIS_B', 'DISEASE_CARRIER', '乙肝'],
  ])('refuses %s as discriminatory (%s), with a Chinese reason', (kind, category, reasonWord) => {
    const { problems, requirements } = checkRequirements('ELDERCARE', [{ kind, value: '18-35' }]);
    expect(problems).toEqual([{ index: 0, kind, category, discriminatory: true, reason: expect.stringContaining(reasonWord) }]);
    expect(requirements).toEqual([]);
  });

  it('refuses a kind in neither list as not allowed, naming the allowed ones', () => {
    const { problems } = checkRequirements('HOUSEKEEPING', [{ kind: 'LOCAL_DIALECT', value: '上海话' }]);
    expect(problems).toEqual([
      { index: 0, kind: 'LOCAL_DIALECT', category: 'NOT_ALLOWED', discriminatory: true, reason: expect.stringContaining('不在允许的要求类型中') },
    ]);
    expect(problems[0].reason).toContain('HEALTH_CERTIFICATE');
  });

  it('does not treat inherited object keys as kinds', () => {
    expect(checkRequirements('ELDERCARE', [{ kind: 'constructor' }]).problems[0].category).toBe('NOT_ALLOWED');
  });

  it('needs a written justification of at least 10 characters for same-sex care', () => {
    expect(checkRequirements('PATIENT_CARE', [{ kind: 'SAME_SEX_AS_RECIPIENT' }]).problems[0]).toMatchObject({
      category: 'JUSTIFICATION_REQUIRED',
      discriminatory: true,
    });
    expect(checkRequirements('PATIENT_CARE', [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '贴身护理需要同性' }]).problems[0].category).toBe(
      'JUSTIFICATION_REQUIRED',
    );
    expect(checkRequirements('PATIENT_CARE', [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '男性患者需协助导尿' }]).problems).toHaveLength(1);
    expect(checkRequirements('PATIENT_CARE', [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: '男性患者需协助导尿擦身' }]).problems).toEqual([]);
  });

  it('allows same-sex care only for majors with intimate personal care', () => {
    for (const major of ['ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY'] as const) {
      expect(checkRequirements(major, [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: JUSTIFICATION }]).problems).toEqual([]);
    }
    const { problems } = checkRequirements('HOUSEKEEPING', [{ kind: 'SAME_SEX_AS_RECIPIENT', justification: JUSTIFICATION }]);
    expect(problems).toEqual([expect.objectContaining({ category: 'NOT_FOR_MAJOR', discriminatory: true, reason: expect.stringContaining('家居保洁') })]);
  });

  it.each([
    ['CERTIFICATE_LEVEL', 'LEVEL_9', 'LEVEL_5'],
    ['CERTIFICATE_LEVEL', null, 'LEVEL_5'],
    ['MAJOR', 'COOKING', 'ELDERCARE'],
    ['MIN_EXPERIENCE_MONTHS', '241', '0-240'],
    ['MIN_EXPERIENCE_MONTHS', '-1', '0-240'],
    ['MIN_EXPERIENCE_MONTHS', '1.5', '0-240'],
    ['MIN_EXPERIENCE_MONTHS', '三年', '0-240'],
    ['HEALTH_CERTIFICATE', '有', '不需要填写取值'],
  ])('refuses %s with value %s as a mistyped value (not discrimination)', (kind, value, reasonPart) => {
    const { problems } = checkRequirements('ELDERCARE', [{ kind, value }]);
    expect(problems).toEqual([{ index: 0, kind, category: 'INVALID_VALUE', discriminatory: false, reason: expect.stringContaining(reasonPart) }]);
  });

  it('accepts the bounds of experience months', () => {
    expect(checkRequirements('ELDERCARE', [{ kind: 'MIN_EXPERIENCE_MONTHS', value: '0' }]).problems).toEqual([]);
    expect(checkRequirements('ELDERCARE', [{ kind: 'MIN_EXPERIENCE_MONTHS', value: '240' }]).problems).toEqual([]);
  });

  it('refuses a kind given twice, and reports every problem with its position', () => {
    const { problems, requirements } = checkRequirements('ELDERCARE', [
      { kind: 'HEALTH_CERTIFICATE' },
      { kind: 'AGE', value: '35' },
      { kind: 'HEALTH_CERTIFICATE' },
      { kind: 'APPEARANCE' },
    ]);
    expect(problems.map(({ index, category }) => [index, category])).toEqual([
      [1, 'AGE'],
      [2, 'DUPLICATE'],
      [3, 'APPEARANCE'],
    ]);
    expect(requirements).toHaveLength(1);
  });
});

describe('the requirement kind table', () => {
  it('has every allowed kind marked allowed and every other kind refused with a category and reason', () => {
    for (const kind of ALLOWED_REQUIREMENT_KINDS) expect(REQUIREMENT_KIND_RULES[kind].allowed).toBe(true);
    const refused = Object.entries(REQUIREMENT_KIND_RULES).filter(([, rule]) => !rule.allowed);
    expect(refused.length).toBeGreaterThanOrEqual(15);
    for (const [, rule] of refused) expect(rule).toMatchObject({ category: expect.any(String), reason: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  });

  it('labels values for display', () => {
    expect(requirementValueLabel('CERTIFICATE_LEVEL', 'LEVEL_4')).toBe('四级/中级工');
    expect(requirementValueLabel('MAJOR', 'PATIENT_CARE')).toBe('病患陪护');
    expect(requirementValueLabel('MIN_EXPERIENCE_MONTHS', '24')).toBe('24个月');
    expect(requirementValueLabel('LIVE_IN', null)).toBeNull();
  });
});
