import { agencyMessage, beijingMinute, ProposalMessageFacts, traineeMessage } from './proposal-messages';

const FACTS: ProposalMessageFacts = {
  agencyName: '北京康馨家政服务有限公司',
  cityName: '北京市',
  major: 'ELDERCARE',
  wageMinFen: 400_000,
  wageMaxFen: 600_000,
  startDate: '2026-03-10',
  expiresAt: new Date('2026-03-05T01:00:00Z'),
  declinedBy: null,
  candidateName: '王*明',
};

describe('proposal messages', () => {
  it('reads the expiry in Beijing time', () => {
    expect(beijingMinute(new Date('2026-03-04T16:30:00Z'))).toBe('2026-03-05 00:30');
  });

  it('tells the trainee the job, its wage, start and answer deadline', () => {
    expect(traineeMessage('CREATED', FACTS)).toEqual({
      title: '新的岗位推荐',
      body: '平台为您推荐了北京康馨家政服务有限公司的北京市养老陪护岗位（月薪4000.00-6000.00元，2026-03-10到岗），请在2026-03-05 09:00前登录查看并答复。',
    });
  });

  it('tells the agency about the masked candidate and the deadline', () => {
    expect(agencyMessage('CREATED', FACTS).body).toBe(
      '平台为贵单位北京市养老陪护岗位用工需求（2026-03-10到岗）推荐了候选人王*明，请在2026-03-05 09:00前登录查看并答复。',
    );
  });

  it('says who declined, from each side’s point of view', () => {
    expect(traineeMessage('DECLINED', { ...FACTS, declinedBy: 'TRAINEE' }).body).toContain('您已拒绝');
    expect(traineeMessage('DECLINED', { ...FACTS, declinedBy: 'AGENCY' }).body).toContain('用工单位已谢绝');
    expect(agencyMessage('DECLINED', { ...FACTS, declinedBy: 'AGENCY' }).body).toContain('贵单位已谢绝');
    expect(agencyMessage('DECLINED', { ...FACTS, declinedBy: 'TRAINEE' }).body).toContain('候选人已拒绝');
  });

  it('words expiry and placement', () => {
    expect(traineeMessage('EXPIRED', FACTS).title).toBe('岗位推荐已失效');
    expect(agencyMessage('PLACED', { ...FACTS, candidateName: '王小明' }).body).toBe(
      '王小明与贵单位均已接受推荐，已登记上岗：北京市养老陪护岗位用工需求（2026-03-10到岗）。',
    );
  });
});
