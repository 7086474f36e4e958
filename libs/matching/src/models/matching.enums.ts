import { registerEnumType } from '@nestjs/graphql';
import { MatchingRunStatus, ProposalResponse, ProposalStatus } from '@carebridge/db';

registerEnumType(MatchingRunStatus, {
  name: 'MatchingRunStatus',
  description: '匹配运行状态',
  valuesMap: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '运行中' },
    DONE: { description: '已完成：推荐已写入' },
    FAILED: { description: '失败：重试后仍未完成' },
  },
});

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: '匹配推荐状态',
  valuesMap: {
    PENDING: { description: '待双方答复' },
    ACCEPTED: { description: '双方均已接受，已登记上岗' },
    DECLINED: { description: '一方已拒绝' },
    EXPIRED: { description: '已失效：答复期限已过，或已无法上岗' },
  },
});

registerEnumType(ProposalResponse, {
  name: 'ProposalResponse',
  description: '一方对匹配推荐的答复',
  valuesMap: { PENDING: { description: '未答复' }, ACCEPTED: { description: '接受' }, DECLINED: { description: '拒绝' } },
});
