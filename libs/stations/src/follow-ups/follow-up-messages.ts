import { RightsCaseCategory, VisitChannel } from '@carebridge/db';
import { dbToLocalDate, RIGHTS_CASE_CATEGORY_LABELS, RightsCaseDeadline, toLocalDate } from '@carebridge/rules';

/** What station staff and admins read in the app; staff accounts have no phone, so no SMS. */
export interface AlertMessage {
  title: string;
  body: string;
}

const CHANNEL_LABELS: Record<VisitChannel, string> = { PHONE: '电话', VIDEO: '视频', IN_PERSON: '上门' };

interface VisitSubject {
  caregiverName: string;
  cityName: string;
  dueDate: Date;
  channel: VisitChannel;
}

export function visitReminderMessage(visit: VisitSubject): AlertMessage {
  return {
    title: '回访即将到期',
    body: `护工${visit.caregiverName}（${visit.cityName}）的${CHANNEL_LABELS[visit.channel]}回访应于 ${dbToLocalDate(visit.dueDate)} 完成，请按时回访并登记。`,
  };
}

export function visitOverdueMessage(visit: VisitSubject, daysLate: number): AlertMessage {
  return {
    title: '回访逾期未登记',
    body: `护工${visit.caregiverName}（${visit.cityName}）应于 ${dbToLocalDate(visit.dueDate)} 完成的回访已逾期${daysLate}天仍未登记，请尽快联系并登记。`,
  };
}

export function notReachedMessage(visit: Pick<VisitSubject, 'caregiverName' | 'cityName'>, streak: number): AlertMessage {
  return {
    title: '连续回访未联系上护工',
    body: `护工${visit.caregiverName}（${visit.cityName}）已连续${streak}次回访未联系上，请核实其安全与就业情况。`,
  };
}

export function caseEscalatedMessage(rightsCase: { category: RightsCaseCategory; createdAt: Date }, deadline: RightsCaseDeadline, limit: string): AlertMessage {
  const what = deadline === 'ACCEPT' ? `超过${limit}未受理` : `超过${limit}未办结`;
  return {
    title: '维权案件超时',
    body: `${toLocalDate(rightsCase.createdAt)}登记的“${RIGHTS_CASE_CATEGORY_LABELS[rightsCase.category]}”维权案件${what}，请尽快处理。`,
  };
}
