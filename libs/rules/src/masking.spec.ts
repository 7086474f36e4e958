import { maskPersonName, maskPhone, maskResidentId } from './masking';

describe('masking', () => {
  it('keeps the region prefix and the last four characters of a resident ID, X included', () => {
    expect(maskResidentId('141124199003070024')).toBe('1411**********0024');
    expect(maskResidentId('14110219881120001X')).toBe('1411**********001X');
  });

  it('masks a too-short resident ID entirely', () => {
    expect(maskResidentId('1234567')).toBe('*******');
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123456')).toBe('******');
  });

  it.each([
    ['a one-character name', '张', '张'],
    ['a two-character name', '张三', '张*'],
    ['a three-character name', '王小明', '王*明'],
    ['a four-character compound surname', '欧阳娜娜', '欧**娜'],
    ['a minority name with a middle dot', '阿依古丽·买买提', '阿******提'],
    ['a long transliterated name', '迪丽热巴·迪力木拉提', '迪********提'],
    ['a name with a character outside the BMP', '𠇔明', '𠇔*'],
  ])('masks %s', (_why, name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it('never reveals the position of the middle dot', () => {
    expect(maskPersonName('阿依古丽·买买提')).not.toContain('·');
  });
});
