import { localDateToDb } from '@carebridge/rules';
import { CandidateFacts, candidateProfile, revealsCandidate } from './candidate-profile.rules';

const FACTS: CandidateFacts = {
  traineeId: 'a0000000-0000-4000-8000-000000000001',
  name: '王小明',
  sex: 'FEMALE',
  birthDate: localDateToDb('1985-06-15'),
  countyCode: '141124',
  certificates: [{ major: 'ELDERCARE', level: 'LEVEL_4' }],
  pastPlacements: 2,
};

describe('revealsCandidate', () => {
  it('hides her from agency staff until both sides accepted', () => {
    expect(revealsCandidate('AGENCY_STAFF', 'PENDING')).toBe(false);
    expect(revealsCandidate('AGENCY_STAFF', 'DECLINED')).toBe(false);
    expect(revealsCandidate('AGENCY_STAFF', 'EXPIRED')).toBe(false);
    expect(revealsCandidate('AGENCY_STAFF', 'ACCEPTED')).toBe(true);
  });

  it('always shows her to the centre and to herself', () => {
    expect(revealsCandidate('ADMIN', 'PENDING')).toBe(true);
    expect(revealsCandidate('TRAINEE', 'PENDING')).toBe(true);
  });
});

describe('candidateProfile', () => {
  it('masks the name and withholds the id when not revealed', () => {
    expect(candidateProfile(FACTS, false, '2026-03-02')).toEqual({
      traineeId: null,
      name: '王*明',
      nameMasked: true,
      sex: 'FEMALE',
      age: 40,
      countyCode: '141124',
      countyName: '临县',
      certificates: [{ major: 'ELDERCARE', level: 'LEVEL_4' }],
      pastPlacements: 2,
    });
  });

  it('shows the full name and id when revealed; the age counts the birthday', () => {
    const profile = candidateProfile(FACTS, true, '2026-06-15');
    expect(profile).toMatchObject({ traineeId: FACTS.traineeId, name: '王小明', nameMasked: false, age: 41 });
  });
});
