import { AppError } from '@carebridge/common';
import { DemandStatus } from '@carebridge/db';

export const DEMAND_NOT_FOUND = () => AppError.notFound('DEMAND', '用工需求不存在');

/** How a status reads in a sentence: "该需求已关闭". */
export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  OPEN: '正在招聘',
  FILLED: '已招满',
  CLOSED: '已关闭',
  EXPIRED: '已过期',
};
