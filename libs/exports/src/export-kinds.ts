import { Injectable } from '@nestjs/common';
import { CertificateFilterInput, CertificatesService } from '@carebridge/certification';
import { DEMAND_STATUS_LABELS, DemandFilterInput, DemandService } from '@carebridge/demand';
import { Certificate, JobDemand, Placement, Prisma, PrismaService, Role, SubsidyApplication } from '@carebridge/db';
import { countryName, END_REASON_LABELS, PlacementFilterInput, PlacementsService } from '@carebridge/placements';
import { PlacesService } from '@carebridge/places';
import {
  CERTIFICATE_LEVEL_LABELS,
  countyName,
  dbToLocalDate,
  EDUCATION_LEVEL_LABELS,
  HOUSEHOLD_CATEGORY_LABELS,
  MAJOR_LABELS,
  SEX_LABELS,
  toLocalDate,
  TRAINEE_STATUS_LABELS,
} from '@carebridge/rules';
import { displayCell, ReportCell, ReportColumn, ReportTable, ReportTablesService } from '@carebridge/reporting';
import { SUBSIDY_STATUS_LABELS, SubsidiesService, SubsidyApplicationFilterInput } from '@carebridge/subsidies';
import { TraineeFilterInput, TraineesService } from '@carebridge/trainees';
import { ExportKind, LIST_PAGE_SIZE, listExport, newestFirst, pages } from './export-kind';
import { PlacementsByPlaceFilter, PlanProgressFilter, ProgrammeStatsFilter, rangeOf, ReportRangeFilter, RetentionFilter } from './report-filters';
import { CellValue } from './xlsx-stream';

const PLACEMENT_STATUS_LABELS = { ACTIVE: '在岗', ENDED: '已结束' } as const;
const CERTIFICATE_STATUS_LABELS = { VALID: '有效', REVOKED: '已撤销' } as const;

const date = (value: Date | null): string | null => (value ? dbToLocalDate(value) : null);
/** An instant as China Standard Time, to the minute. */
const instant = (value: Date | null): string | null => (value ? `${toLocalDate(value)} ${new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}` : null);
const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);
const yesNo = (value: boolean): string => (value ? '是' : '否');
/** A report's dates, both given (required by its filter class). */
const range = (filter: ReportRangeFilter) => rangeOf(filter) as { from: string; to: string };
const reportCell = (column: ReportColumn, value: ReportCell): CellValue =>
  value === null || typeof value === 'string' ? value : column.kind === 'FEN' ? value / 100 : column.kind === 'BASIS_POINTS' ? displayCell(column.kind, value) : value;

/** What the trainee export reads of a trainee: its columns and the keyset, nothing more. */
const TRAINEE_EXPORT_FIELDS = {
  id: true,
  createdAt: true,
  name: true,
  residentIdCipher: true,
  phoneCipher: true,
  sex: true,
  birthDate: true,
  countyCode: true,
  householdCategory: true,
  educationLevel: true,
  majorsWanted: true,
  destinationsWanted: true,
  acceptsAnyDestination: true,
  expectedWageFen: true,
  status: true,
} satisfies Prisma.TraineeSelect;
type ExportedTrainee = Prisma.TraineeGetPayload<{ select: typeof TRAINEE_EXPORT_FIELDS }>;

/** A batch of rows with a related row's name beside each, looked up in one query per batch. */
type Named<T> = { row: T; name: string };

/**
 * Every list that can be exported, by the name in the URL (/exports/:kind), with the same scope
 * rules and filters as the GraphQL list, and personal identifiers only masked, as the API shows
 * them. Trainees, the long list (a million rows), are read straight from their table by keyset
 * with the list service's own conditions (listWhere), only the exported columns; the other lists
 * still page through their services (each page with its count): their tables have no
 * (created_at, id) index to page by keyset on.
 */
@Injectable()
export class ExportKinds {
  private readonly kinds: Record<string, ExportKind>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly trainees: TraineesService,
    private readonly placements: PlacementsService,
    private readonly certificates: CertificatesService,
    private readonly demands: DemandService,
    private readonly subsidies: SubsidiesService,
    private readonly places: PlacesService,
    private readonly reports: ReportTablesService,
  ) {
    this.kinds = {
      trainees: this.traineeKind(),
      placements: this.placementKind(),
      certificates: this.certificateKind(),
      demands: this.demandKind(),
      'subsidy-applications': this.subsidyKind(),
      'programme-stats': this.reportKind(ProgrammeStatsFilter, (f) => this.reports.programmeStats(range(f), f.groupBy)),
      'placements-by-place': this.reportKind(PlacementsByPlaceFilter, (f) => this.reports.placementsByPlace(range(f), f.level)),
      'wage-distribution': this.reportKind(ReportRangeFilter, (f) => this.reports.wageDistribution(range(f))),
      'median-wage': this.reportKind(ReportRangeFilter, (f) => this.reports.medianWageByYear(range(f))),
      'wage-income': this.reportKind(ReportRangeFilter, (f) => this.reports.wageIncomeByYear(range(f))),
      'follow-up-coverage': this.reportKind(undefined, () => this.reports.followUpCoverage()),
      'rights-cases': this.reportKind(ReportRangeFilter, (f) => this.reports.rightsCases(range(f))),
      'subsidies-by-year': this.reportKind(ReportRangeFilter, (f) => this.reports.subsidiesByYear(range(f))),
      retention: this.reportKind(RetentionFilter, (f) => this.reports.retention(f.groupBy, { ...rangeOf(f), fromYear: f.fromYear, toYear: f.toYear })),
      'plan-progress': this.reportKind(PlanProgressFilter, (f) => this.reports.planProgress(f.planId)),
    };
  }

  get(name: string): ExportKind | undefined {
    return Object.hasOwn(this.kinds, name) ? this.kinds[name] : undefined;
  }

  names(): string[] {
    return Object.keys(this.kinds);
  }

  private traineeKind(): ExportKind {
    return listExport<ExportedTrainee, TraineeFilterInput>({
      title: '学员名单',
      roles: [Role.ADMIN, Role.SCHOOL_STAFF],
      filter: TraineeFilterInput,
      columns: [
        { header: '姓名', value: (t) => t.name },
        { header: '身份证号（脱敏）', value: (t) => this.trainees.maskedResidentId(t) },
        { header: '手机号（脱敏）', value: (t) => this.trainees.maskedPhone(t) },
        { header: '性别', value: (t) => SEX_LABELS[t.sex] },
        { header: '出生日期', value: (t) => date(t.birthDate) },
        { header: '县(市、区)', value: (t) => countyName(t.countyCode) ?? t.countyCode },
        { header: '人群类别', value: (t) => HOUSEHOLD_CATEGORY_LABELS[t.householdCategory] },
        { header: '文化程度', value: (t) => EDUCATION_LEVEL_LABELS[t.educationLevel] },
        { header: '意向专业', value: (t) => t.majorsWanted.map((major) => MAJOR_LABELS[major]).join('、') },
        { header: '意向城市', value: (t) => t.destinationsWanted.join('、') },
        { header: '接受任何就业地点', value: (t) => yesNo(t.acceptsAnyDestination) },
        { header: '期望月薪（元）', value: (t) => yuan(t.expectedWageFen) },
        { header: '状态', value: (t) => TRAINEE_STATUS_LABELS[t.status] },
        { header: '登记时间', value: (t) => instant(t.createdAt) },
      ],
      batches: (caller, filter) => {
        const where = this.trainees.listWhere(filter, caller);
        return newestFirst((after, take) =>
          this.prisma.trainee.findMany({ where: after ? { AND: [where, after] } : where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, select: TRAINEE_EXPORT_FIELDS }),
        );
      },
    });
  }

  private placementKind(): ExportKind {
    return listExport<Named<Placement> & { agency: string | null }, PlacementFilterInput>({
      title: '上岗记录',
      roles: [Role.ADMIN, Role.AGENCY_STAFF],
      filter: PlacementFilterInput,
      columns: [
        { header: '学员姓名', value: (p) => p.name },
        { header: '用工单位', value: (p) => p.agency ?? (p.row.householdId ? '家庭用工' : null) },
        { header: '国家', value: (p) => countryName(p.row.countryCode) },
        { header: '城市', value: (p) => p.row.cityName },
        { header: '月工资（元）', value: (p) => yuan(p.row.monthlyWageFen) },
        { header: '上岗日期', value: (p) => date(p.row.startDate) },
        { header: '结束日期', value: (p) => date(p.row.endDate) },
        { header: '状态', value: (p) => PLACEMENT_STATUS_LABELS[p.row.status] },
        { header: '结束原因', value: (p) => (p.row.endReason ? END_REASON_LABELS[p.row.endReason] : null) },
      ],
      batches: (caller, filter) =>
        this.withNames(
          pages((after) => this.placements.list({ filter, first: LIST_PAGE_SIZE, after }, caller)),
          async (rows) => {
            const agencyIds = [...new Set(rows.flatMap((row) => (row.agencyId ? [row.agencyId] : [])))];
            const agencies = new Map((await this.prisma.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
            const names = await this.traineeNames(rows.map((row) => row.traineeId));
            return rows.map((row) => ({ row, name: names.get(row.traineeId) ?? '', agency: row.agencyId ? (agencies.get(row.agencyId) ?? null) : null }));
          },
        ),
    });
  }

  private certificateKind(): ExportKind {
    return listExport<Named<Certificate>, CertificateFilterInput>({
      title: '职业技能等级证书',
      roles: [Role.ADMIN, Role.SCHOOL_STAFF],
      filter: CertificateFilterInput,
      columns: [
        { header: '证书编号', value: (c) => c.row.number },
        { header: '持证人', value: (c) => c.name },
        { header: '专业', value: (c) => MAJOR_LABELS[c.row.major] },
        { header: '等级', value: (c) => CERTIFICATE_LEVEL_LABELS[c.row.level] },
        { header: '发证日期', value: (c) => date(c.row.issuedOn) },
        { header: '状态', value: (c) => CERTIFICATE_STATUS_LABELS[c.row.status] },
      ],
      batches: (caller, filter) =>
        this.withNames(
          pages((after) => this.certificates.list(caller, { filter, first: LIST_PAGE_SIZE, after })),
          async (rows) => {
            const names = await this.traineeNames(rows.map((row) => row.traineeId));
            return rows.map((row) => ({ row, name: names.get(row.traineeId) ?? '' }));
          },
        ),
    });
  }

  private demandKind(): ExportKind {
    return listExport<Named<JobDemand> & { city: string }, DemandFilterInput>({
      title: '用工需求',
      roles: [Role.ADMIN, Role.AGENCY_STAFF],
      filter: DemandFilterInput,
      columns: [
        { header: '用工单位', value: (d) => d.name },
        { header: '专业', value: (d) => MAJOR_LABELS[d.row.major] },
        { header: '工作城市', value: (d) => d.city },
        { header: '需求人数', value: (d) => d.row.headcount },
        { header: '已上岗人数', value: (d) => d.row.filledCount },
        { header: '月薪下限（元）', value: (d) => yuan(d.row.wageMinFen) },
        { header: '月薪上限（元）', value: (d) => yuan(d.row.wageMaxFen) },
        { header: '到岗日期', value: (d) => date(d.row.startDate) },
        { header: '住家', value: (d) => yesNo(d.row.liveIn) },
        { header: '最低证书等级', value: (d) => CERTIFICATE_LEVEL_LABELS[d.row.minCertificateLevel] },
        { header: '状态', value: (d) => DEMAND_STATUS_LABELS[d.row.status] },
        { header: '发布时间', value: (d) => instant(d.row.createdAt) },
      ],
      batches: (caller, filter) =>
        this.withNames(
          pages((after) => this.demands.list({ filter, first: LIST_PAGE_SIZE, after }, caller)),
          async (rows) => {
            const agencyIds = [...new Set(rows.map((row) => row.agencyId))];
            const agencies = new Map((await this.prisma.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
            const cities = new Map((await this.places.findCities([...new Set(rows.map((row) => row.cityCode))])).map((city) => [city.code, city.name]));
            return rows.map((row) => ({ row, name: agencies.get(row.agencyId) ?? '', city: cities.get(row.cityCode) ?? row.cityCode }));
          },
        ),
    });
  }

  private subsidyKind(): ExportKind {
    return listExport<Named<SubsidyApplication> & { policy: string }, SubsidyApplicationFilterInput>({
      title: '就业补贴申请',
      roles: [Role.ADMIN],
      filter: SubsidyApplicationFilterInput,
      columns: [
        { header: '学员姓名', value: (s) => s.name },
        { header: '补贴政策', value: (s) => s.policy },
        { header: '就业期起', value: (s) => date(s.row.periodStart) },
        { header: '就业期止', value: (s) => date(s.row.periodEnd) },
        { header: '补贴金额（元）', value: (s) => yuan(s.row.amountFen) },
        { header: '状态', value: (s) => SUBSIDY_STATUS_LABELS[s.row.status] },
        { header: '审核时间', value: (s) => instant(s.row.reviewedAt) },
        { header: '未通过原因', value: (s) => s.row.rejectReason },
        { header: '发放日期', value: (s) => (s.row.paidAt ? toLocalDate(s.row.paidAt) : null) },
      ],
      batches: (caller, filter) =>
        this.withNames(
          pages((after) => this.subsidies.list({ filter, first: LIST_PAGE_SIZE, after }, caller)),
          async (rows) => {
            const names = await this.traineeNames(rows.map((row) => row.traineeId));
            const policies = new Map((await this.subsidies.policiesByIds([...new Set(rows.map((row) => row.policyId))])).map((p) => [p.id, p.name]));
            return rows.map((row) => ({ row, name: names.get(row.traineeId) ?? '', policy: policies.get(row.policyId) ?? '' }));
          },
        ),
    });
  }

  /**
   * A report as one sheet: the reporting library's table (the same figures as the API) with its
   * title and Chinese headers; amounts in yuan and counts as numbers, rates as shown on screen.
   */
  private reportKind<F extends object>(filter: (new () => F) | undefined, table: (filter: F) => Promise<ReportTable>): ExportKind {
    return {
      roles: [Role.ADMIN],
      filter: filter as (new () => object) | undefined,
      open: async (_caller, given) => {
        const report = await table(given as F);
        const cells = report.rows.map((row) => report.columns.map((column) => reportCell(column, row[column.key] ?? null)));
        return { title: report.title, headers: report.columns.map((column) => column.header), rows: (async function* () { yield cells; })() };
      },
    };
  }

  private async *withNames<T, R>(batches: AsyncIterable<T[]>, enrich: (rows: T[]) => Promise<R[]>): AsyncIterable<R[]> {
    for await (const rows of batches) yield await enrich(rows);
  }

  private async traineeNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.trainee.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

