import { attendanceShortfallMessage, isAssessmentPassed, requiredAttendanceTenths, traineeStatusAfterAssessment } from './assessment.rules';

const marks = { theoryPassMark: 60, practicalPassMark: 60 };

describe('assessment rules', () => {
  it('passes only when both scores reach their pass marks', () => {
    expect(isAssessmentPassed({ theoryScore: 60, practicalScore: 60 }, marks)).toBe(true);
    expect(isAssessmentPassed({ theoryScore: 100, practicalScore: 59 }, marks)).toBe(false);
    expect(isAssessmentPassed({ theoryScore: 59, practicalScore: 100 }, marks)).toBe(false);
    expect(isAssessmentPassed({ theoryScore: 70, practicalScore: 70 }, { theoryPassMark: 75, practicalPassMark: 60 })).toBe(false);
  });

  it('requires the policy share of the course hours, rounded up to a tenth of an hour', () => {
    expect(requiredAttendanceTenths(160, 80)).toBe(1280);
    expect(requiredAttendanceTenths(157, 80)).toBe(1256);
    expect(requiredAttendanceTenths(33, 85)).toBe(281); // 28.05 h → 28.1 h
  });

  it('accepts attendance at or above the requirement', () => {
    expect(attendanceShortfallMessage(1280, 160, 80)).toBeNull();
    expect(attendanceShortfallMessage(1600, 160, 80)).toBeNull();
    expect(attendanceShortfallMessage(0, 160, 0)).toBeNull();
  });

  it('states attended and required hours when attendance falls short', () => {
    expect(attendanceShortfallMessage(1279, 160, 80)).toBe('出勤学时不足，不能参加考核：已出勤127.9学时，至少需128学时（课程共160学时的80%）');
    expect(attendanceShortfallMessage(0, 33, 85)).toContain('至少需28.1学时');
  });

  it('certifies a trainee in training who passes', () => {
    expect(traineeStatusAfterAssessment('IN_TRAINING', true, { inOtherActiveCohort: false, holdsValidCertificate: false })).toBe('CERTIFIED');
    expect(traineeStatusAfterAssessment('IN_TRAINING', true, { inOtherActiveCohort: true, holdsValidCertificate: true })).toBe('CERTIFIED');
  });

  it('sends a trainee who fails back to REGISTERED, or to the job pool when an earlier certificate still qualifies her', () => {
    expect(traineeStatusAfterAssessment('IN_TRAINING', false, { inOtherActiveCohort: false, holdsValidCertificate: false })).toBe('REGISTERED');
    expect(traineeStatusAfterAssessment('IN_TRAINING', false, { inOtherActiveCohort: false, holdsValidCertificate: true })).toBe('AVAILABLE');
  });

  it('leaves in training a trainee who fails while another of her cohorts still runs', () => {
    expect(traineeStatusAfterAssessment('IN_TRAINING', false, { inOtherActiveCohort: true, holdsValidCertificate: false })).toBeNull();
  });

  it('never moves a trainee who is no longer in training', () => {
    for (const current of ['CERTIFIED', 'AVAILABLE', 'PLACED'] as const) {
      expect(traineeStatusAfterAssessment(current, true, { inOtherActiveCohort: false, holdsValidCertificate: true })).toBeNull();
      expect(traineeStatusAfterAssessment(current, false, { inOtherActiveCohort: false, holdsValidCertificate: true })).toBeNull();
    }
  });
});
