import type { Major } from '@carebridge/db';
import { formatFenAsYuan, LocalDate, MAJOR_LABELS } from '@carebridge/rules';

/** What happened to a proposal that both sides are told about. */
export const PROPOSAL_EVENTS = ['CREATED', 'DECLINED', 'EXPIRED', 'PLACED'] as const;
export type ProposalEvent = (typeof PROPOSAL_EVENTS)[number];

export interface ProposalMessageFacts {
  agencyName: string;
  cityName: string;
  major: Major;
  wageMinFen: number;
  wageMaxFen: number;
  startDate: LocalDate;
  expiresAt: Date;
  /** Who declined, for DECLINED. */
  declinedBy: 'TRAINEE' | 'AGENCY' | null;
  /** The candidate as the agency may see her at this point: masked until both accepted. */
  candidateName: string;
}

export interface Message {
  title: string;
  body: string;
}

const CST_OFFSET_MS = 8 * 3_600_000;

/** 2026-03-05T01:00:00Z → 2026-03-05 09:00 (Beijing time). */
export function beijingMinute(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function job(facts: ProposalMessageFacts): string {
  return `${facts.cityName}${MAJOR_LABELS[facts.major]}岗位`;
}

/** What the trainee reads (in the app and by SMS): the job, never anyone's personal data. */
export function traineeMessage(event: ProposalEvent, facts: ProposalMessageFacts): Message {
  const employer = `${facts.agencyName}的${job(facts)}`;
  switch (event) {
    case 'CREATED':
      return {
        title: '新的岗位推荐',
        body:
          `平台为您推荐了${employer}（月薪${formatFenAsYuan(facts.wageMinFen)}-${formatFenAsYuan(facts.wageMaxFen)}元，${facts.startDate}到岗），` +
          `请在${beijingMinute(facts.expiresAt)}前登录查看并答复。`,
      };
    case 'DECLINED':
      return { title: '岗位推荐已结束', body: `${employer}的推荐已结束：${facts.declinedBy === 'TRAINEE' ? '您已拒绝' : '用工单位已谢绝'}。` };
    case 'EXPIRED':
      return { title: '岗位推荐已失效', body: `${employer}的推荐已失效（超过答复期限或已无法上岗），您可以等待新的推荐。` };
    case 'PLACED':
      return { title: '上岗已确认', body: `您与${facts.agencyName}均已接受推荐，已为您登记上岗：${job(facts)}，${facts.startDate}到岗。` };
  }
}

/** What the agency's staff read in the app. */
export function agencyMessage(event: ProposalEvent, facts: ProposalMessageFacts): Message {
  const demand = `${job(facts)}用工需求（${facts.startDate}到岗）`;
  switch (event) {
    case 'CREATED':
      return { title: '新的候选人推荐', body: `平台为贵单位${demand}推荐了候选人${facts.candidateName}，请在${beijingMinute(facts.expiresAt)}前登录查看并答复。` };
    case 'DECLINED':
      return { title: '候选人推荐已结束', body: `${demand}的候选人${facts.candidateName}推荐已结束：${facts.declinedBy === 'AGENCY' ? '贵单位已谢绝' : '候选人已拒绝'}。` };
    case 'EXPIRED':
      return { title: '候选人推荐已失效', body: `${demand}的候选人${facts.candidateName}推荐已失效（超过答复期限或已无法上岗）。` };
    case 'PLACED':
      return { title: '候选人已确认上岗', body: `${facts.candidateName}与贵单位均已接受推荐，已登记上岗：${demand}。` };
  }
}
