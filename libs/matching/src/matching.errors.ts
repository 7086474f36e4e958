import { AppError } from '@carebridge/common';
import { ProposalStatus } from '@carebridge/db';

export const MATCHING_RUN_NOT_FOUND = () => AppError.notFound('MATCHING_RUN', '匹配运行记录不存在');
export const PROPOSAL_NOT_FOUND = () => AppError.notFound('PROPOSAL', '匹配推荐不存在');

/** How a proposal's status reads in a sentence: "该推荐已失效". */
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  PENDING: '待答复',
  ACCEPTED: '已被双方接受',
  DECLINED: '已被拒绝',
  EXPIRED: '已失效',
};
