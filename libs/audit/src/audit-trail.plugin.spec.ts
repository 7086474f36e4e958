import { argumentIds, argumentNames } from './audit-trail.plugin';

const TRAINEE = '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b';
const PLACEMENT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('what the audit log keeps of a mutation’s arguments', () => {
  const args = { traineeId: TRAINEE, reason: '身份证号 141124198506150027', input: { placementId: PLACEMENT, phone: '13912345678', name: '王秀英' } };

  it('keeps argument names, one level into inputs, never their values', () => {
    expect(argumentNames(args)).toEqual(['input.name', 'input.phone', 'input.placementId', 'reason', 'traineeId']);
    expect(JSON.stringify(argumentNames(args))).not.toMatch(/1411|1391|王秀英/);
  });

  it('keeps ids that are UUIDs, and nothing that merely ends in Id', () => {
    expect(argumentIds(args)).toEqual({ traineeId: TRAINEE, 'input.placementId': PLACEMENT });
    expect(argumentIds({ residentId: '141124198506150027', creditId: 'not-a-uuid' })).toEqual({});
  });
});
