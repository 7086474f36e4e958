import { normalizePersonName, PERSON_NAME_RULE } from './person-name';

describe('person names', () => {
  it.each(['张三', '欧阳娜娜', '阿依古丽·买买提', '𠇔明'])('accepts %s', (name) => {
    expect(PERSON_NAME_RULE.test(name)).toBe(true);
  });

  it.each([
    ['one character', '张'],
    ['Latin letters', 'Zhang San'],
    ['digits', '张3'],
    ['a leading dot', '·买买提'],
    ['a trailing dot', '买买提·'],
    ['two dots in a row', '阿依古丽··买买提'],
    ['31 characters', '阿'.repeat(31)],
  ])('refuses %s', (_why, name) => {
    expect(PERSON_NAME_RULE.test(name)).toBe(false);
  });

  it('counts characters, not UTF-16 units, against the 30-character limit', () => {
    expect(PERSON_NAME_RULE.test('𠇔'.repeat(30))).toBe(true);
  });

  it('removes whitespace and unifies middle-dot look-alikes', () => {
    expect(normalizePersonName(' 张 三 ')).toBe('张三');
    for (const dot of ['.', '•', '・', '．', '‧']) {
      expect(normalizePersonName(`阿依古丽${dot}买买提`)).toBe('阿依古丽·买买提');
    }
  });
});
