import { certificateIssuedMessage } from './certificate-issued.message';

describe('certificateIssuedMessage', () => {
  it('names the major, the level and the number', () => {
    const message = certificateIssuedMessage({ major: 'ELDERCARE', level: 'LEVEL_5', number: 'LL2026YL500000012C' });
    expect(message.body).toBe('恭喜您通过考核，获得养老陪护五级/初级工职业技能等级证书，证书编号 LL2026YL500000012C。');
    expect(message.title).toBe('职业技能等级证书已颁发');
  });

  it('words the higher levels and other majors', () => {
    expect(certificateIssuedMessage({ major: 'MATERNITY_NANNY', level: 'LEVEL_3', number: 'X' }).body).toContain('月嫂育儿嫂三级/高级工');
  });
});
