import { certificateProblem, highestCertificateLevel, meetsCertificateLevel } from './certificate-level';
import { CertificateLevelValue } from './certificate-number';

describe('meetsCertificateLevel', () => {
  const lowestToHighest: CertificateLevelValue[] = ['LEVEL_5', 'LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1'];

  it('accepts the required level itself', () => {
    for (const level of lowestToHighest) expect(meetsCertificateLevel(level, level)).toBe(true);
  });

  it('accepts a higher level than required (LEVEL_1 is the highest)', () => {
    expect(meetsCertificateLevel('LEVEL_1', 'LEVEL_5')).toBe(true);
    expect(meetsCertificateLevel('LEVEL_3', 'LEVEL_4')).toBe(true);
  });

  it('refuses a lower level than required', () => {
    expect(meetsCertificateLevel('LEVEL_5', 'LEVEL_4')).toBe(false);
    expect(meetsCertificateLevel('LEVEL_2', 'LEVEL_1')).toBe(false);
  });

  it('orders every pair consistently with the list from lowest to highest', () => {
    lowestToHighest.forEach((held, i) =>
      lowestToHighest.forEach((required, j) => expect(meetsCertificateLevel(held, required)).toBe(i >= j)),
    );
  });
});

describe('highestCertificateLevel', () => {
  it('picks the highest level whatever the order', () => {
    expect(highestCertificateLevel(['LEVEL_4', 'LEVEL_2', 'LEVEL_5'])).toBe('LEVEL_2');
    expect(highestCertificateLevel(['LEVEL_1', 'LEVEL_3'])).toBe('LEVEL_1');
  });

  it('answers null for no certificate', () => {
    expect(highestCertificateLevel([])).toBeNull();
  });
});

describe('certificateProblem', () => {
  const elder4 = { major: 'ELDERCARE', level: 'LEVEL_4' } as const;
  const nanny2 = { major: 'MATERNITY_NANNY', level: 'LEVEL_2' } as const;

  it('refuses a trainee without any valid certificate, even for a job without requirement', () => {
    expect(certificateProblem([], null)?.reason).toBe('TRAINEE_NOT_CERTIFIED');
    expect(certificateProblem([], { major: 'ELDERCARE', minLevel: 'LEVEL_5' })?.reason).toBe('TRAINEE_NOT_CERTIFIED');
  });

  it('accepts any certificate for a job without requirement', () => {
    expect(certificateProblem([elder4], null)).toBeNull();
  });

  it('accepts a certificate of the major at the required level or above', () => {
    expect(certificateProblem([elder4], { major: 'ELDERCARE', minLevel: 'LEVEL_4' })).toBeNull();
    expect(certificateProblem([elder4], { major: 'ELDERCARE', minLevel: 'LEVEL_5' })).toBeNull();
  });

  it('refuses another major, naming the majors she holds', () => {
    const problem = certificateProblem([elder4, nanny2], { major: 'PATIENT_CARE', minLevel: 'LEVEL_5' });
    expect(problem).toEqual({ reason: 'CERTIFICATE_MAJOR_MISMATCH', message: '该岗位要求病患陪护专业证书，该学员持有的有效证书为养老陪护、月嫂育儿嫂专业' });
  });

  it('refuses a level below the requirement, judging only certificates of the major', () => {
    // Her LEVEL_2 is in another major: it does not lift her eldercare level.
    const problem = certificateProblem([elder4, nanny2], { major: 'ELDERCARE', minLevel: 'LEVEL_3' });
    expect(problem).toEqual({ reason: 'CERTIFICATE_LEVEL_TOO_LOW', message: '该岗位要求养老陪护三级/高级工及以上证书，该学员最高为四级/中级工' });
  });

  it('uses her best certificate of the major', () => {
    expect(certificateProblem([elder4, { major: 'ELDERCARE', level: 'LEVEL_3' }], { major: 'ELDERCARE', minLevel: 'LEVEL_3' })).toBeNull();
  });
});
