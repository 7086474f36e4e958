import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about (stored as text so later issues add kinds without a migration). */
export const NotificationKind = {
  CERTIFICATE_ISSUED: 'CERTIFICATE_ISSUED',
  FOLLOW_UP_REMINDER: 'FOLLOW_UP_REMINDER',
  FOLLOW_UP_OVERDUE: 'FOLLOW_UP_OVERDUE',
  FOLLOW_UP_NOT_REACHED: 'FOLLOW_UP_NOT_REACHED',
  RIGHTS_CASE_ESCALATED: 'RIGHTS_CASE_ESCALATED',
  PROPOSAL_CREATED: 'PROPOSAL_CREATED',
  PROPOSAL_DECLINED: 'PROPOSAL_DECLINED',
  PROPOSAL_EXPIRED: 'PROPOSAL_EXPIRED',
  PROPOSAL_PLACED: 'PROPOSAL_PLACED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '通知类别',
  valuesMap: {
    CERTIFICATE_ISSUED: { description: '证书颁发' },
    FOLLOW_UP_REMINDER: { description: '回访即将到期的提醒' },
    FOLLOW_UP_OVERDUE: { description: '回访逾期未登记' },
    FOLLOW_UP_NOT_REACHED: { description: '连续多次回访未联系上护工' },
    RIGHTS_CASE_ESCALATED: { description: '维权案件超时未受理或未办结' },
    PROPOSAL_CREATED: { description: '新的匹配推荐' },
    PROPOSAL_DECLINED: { description: '匹配推荐被拒绝' },
    PROPOSAL_EXPIRED: { description: '匹配推荐已失效' },
    PROPOSAL_PLACED: { description: '匹配推荐双方接受，已登记上岗' },
  },
});
