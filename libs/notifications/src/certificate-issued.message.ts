import { CertificateLevel, Major } from '@carebridge/db';
import { CERTIFICATE_LEVEL_LABELS, MAJOR_LABELS } from '@carebridge/rules';

/** What the holder of a new certificate reads in the app and by SMS; no personal data in it. */
export function certificateIssuedMessage(certificate: { major: Major; level: CertificateLevel; number: string }): { title: string; body: string } {
  return {
    title: '职业技能等级证书已颁发',
    body: `恭喜您通过考核，获得${MAJOR_LABELS[certificate.major]}${CERTIFICATE_LEVEL_LABELS[certificate.level]}职业技能等级证书，证书编号 ${certificate.number}。`,
  };
}
