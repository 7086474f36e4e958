import { CertificateLevel, Major } from '@carebridge/db';

const MAJOR_NAMES: Record<Major, string> = {
  ELDERCARE: '养老陪护',
  PATIENT_CARE: '病患陪护',
  MATERNITY_NANNY: '月嫂育儿嫂',
  HOUSEKEEPING: '家居保洁',
};

const LEVEL_NAMES: Record<CertificateLevel, string> = {
  LEVEL_5: '五级/初级工',
  LEVEL_4: '四级/中级工',
  LEVEL_3: '三级/高级工',
  LEVEL_2: '二级/技师',
  LEVEL_1: '一级/高级技师',
};

/** What the holder of a new certificate reads in the app and by SMS; no personal data in it. */
export function certificateIssuedMessage(certificate: { major: Major; level: CertificateLevel; number: string }): { title: string; body: string } {
  return {
    title: '职业技能等级证书已颁发',
    body: `恭喜您通过考核，获得${MAJOR_NAMES[certificate.major]}${LEVEL_NAMES[certificate.level]}职业技能等级证书，证书编号 ${certificate.number}。`,
  };
}
