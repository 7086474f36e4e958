import type { CertificateLevelValue, CertificateMajor } from './certificate-number';

/** Vocational skill levels (职业技能等级) rank upwards: 五级/初级工 (LEVEL_5) is 1, 一级/高级技师 (LEVEL_1) is 5. */
const RANK: Record<CertificateLevelValue, number> = { LEVEL_5: 1, LEVEL_4: 2, LEVEL_3: 3, LEVEL_2: 4, LEVEL_1: 5 };

export const CERTIFICATE_LEVEL_LABELS: Record<CertificateLevelValue, string> = {
  LEVEL_5: '五级/初级工',
  LEVEL_4: '四级/中级工',
  LEVEL_3: '三级/高级工',
  LEVEL_2: '二级/技师',
  LEVEL_1: '一级/高级技师',
};

/** True when a certificate of level `held` satisfies a requirement of at least level `required`. */
export function meetsCertificateLevel(held: CertificateLevelValue, required: CertificateLevelValue): boolean {
  return RANK[held] >= RANK[required];
}

/** The highest of the given levels, or null for none. */
export function highestCertificateLevel(levels: readonly CertificateLevelValue[]): CertificateLevelValue | null {
  return levels.reduce<CertificateLevelValue | null>((best, level) => (best === null || RANK[level] > RANK[best] ? level : best), null);
}

/** The four majors (专业), as the database names them. */
export type MajorValue = CertificateMajor;

export const MAJOR_LABELS: Record<MajorValue, string> = {
  ELDERCARE: '养老陪护',
  PATIENT_CARE: '病患陪护',
  MATERNITY_NANNY: '月嫂育儿嫂',
  HOUSEKEEPING: '家居保洁',
};

export interface HeldCertificate {
  major: MajorValue;
  level: CertificateLevelValue;
}

export interface CertificateRequirement {
  major: MajorValue;
  minLevel: CertificateLevelValue;
}

export type CertificateProblemReason = 'TRAINEE_NOT_CERTIFIED' | 'CERTIFICATE_MAJOR_MISMATCH' | 'CERTIFICATE_LEVEL_TOO_LOW';

/**
 * Why a trainee holding these (valid) certificates may not take a job, or null when she may: she
 * needs at least one certificate, and, for a job with a requirement, one of its major at or above
 * its level.
 */
export function certificateProblem(
  held: readonly HeldCertificate[],
  required: CertificateRequirement | null,
): { reason: CertificateProblemReason; message: string } | null {
  if (held.length === 0) return { reason: 'TRAINEE_NOT_CERTIFIED', message: '该学员没有有效的职业技能等级证书，不能安排上岗' };
  if (!required) return null;
  const major = MAJOR_LABELS[required.major];
  const ofMajor = held.filter((certificate) => certificate.major === required.major);
  if (ofMajor.length === 0) {
    const heldMajors = [...new Set(held.map((certificate) => MAJOR_LABELS[certificate.major]))].join('、');
    return { reason: 'CERTIFICATE_MAJOR_MISMATCH', message: `该岗位要求${major}专业证书，该学员持有的有效证书为${heldMajors}专业` };
  }
  const best = highestCertificateLevel(ofMajor.map((certificate) => certificate.level)) as CertificateLevelValue;
  if (!meetsCertificateLevel(best, required.minLevel)) {
    return {
      reason: 'CERTIFICATE_LEVEL_TOO_LOW',
      message: `该岗位要求${major}${CERTIFICATE_LEVEL_LABELS[required.minLevel]}及以上证书，该学员最高为${CERTIFICATE_LEVEL_LABELS[best]}`,
    };
  }
  return null;
}
