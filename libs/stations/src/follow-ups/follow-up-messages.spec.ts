import { caseEscalatedMessage, notReachedMessage, visitOverdueMessage, visitReminderMessage } from './follow-up-messages';

const VISIT = { caregiverName: '李秀兰', cityName: '北京市', dueDate: new Date('2026-03-09T00:00:00Z'), channel: 'IN_PERSON' as const };

describe('follow-up alert messages', () => {
  it('tells the station whom to visit, where, how and by when', () => {
    expect(visitReminderMessage(VISIT)).toEqual({ title: '回访即将到期', body: '护工李秀兰（北京市）的上门回访应于 2026-03-09 完成，请按时回访并登记。' });
    expect(visitOverdueMessage(VISIT, 3).body).toBe('护工李秀兰（北京市）应于 2026-03-09 完成的回访已逾期3天仍未登记，请尽快联系并登记。');
    expect(notReachedMessage(VISIT, 4).body).toBe('护工李秀兰（北京市）已连续4次回访未联系上，请核实其安全与就业情况。');
  });

  it('names the case by its category and date, and the deadline missed', () => {
    const rightsCase = { category: 'WAGE_ARREARS' as const, createdAt: new Date('2026-03-02T01:00:00Z') };
    expect(caseEscalatedMessage(rightsCase, 'ACCEPT', '受理时限（24小时）').body).toBe('2026-03-02登记的“拖欠工资”维权案件超过受理时限（24小时）未受理，请尽快处理。');
    expect(caseEscalatedMessage(rightsCase, 'RESOLVE', '办结时限（30天）').body).toContain('超过办结时限（30天）未办结');
    // Opened at 00:30 Beijing time: that day, not the UTC one before it.
    const lateNight = { ...rightsCase, createdAt: new Date('2026-03-02T16:30:00Z') };
    expect(caseEscalatedMessage(lateNight, 'ACCEPT', '受理时限（24小时）').body).toMatch(/^2026-03-03登记/);
  });
});
