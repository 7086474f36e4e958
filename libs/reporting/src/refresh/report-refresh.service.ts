import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@carebridge/common';
import { PrismaService } from '@carebridge/db';
import { dbToLocalDate, LocalDate } from '@carebridge/rules';
import { refreshSteps } from './report-refresh.sql';

/** How current the report summaries are. */
export interface ReportFreshness {
  /** The programme's "today" the figures were computed for (follow-up coverage, retention, wage estimates). */
  asOf: LocalDate;
  refreshedAt: Date;
  durationMs: number;
}

export interface RefreshResult extends ReportFreshness {
  /** Time per statement, for the benchmark and the worker's log. */
  steps: { name: string; ms: number }[];
}

/** A refresh over the full programme takes minutes at 100× its size; it must not be cut off. */
const REFRESH_TIMEOUT_MS = 30 * 60_000;

/**
 * Rebuilds every report summary from the operational tables in ONE transaction: readers keep
 * seeing the previous complete set until it commits (no half-refreshed reports), and concurrent
 * refreshes (the worker's schedule, an admin's refreshReports, a test) queue on an advisory lock.
 *
 * Why full rebuilds and not incremental upkeep in every business transaction: the figures depend
 * on "first completed training" and "first placement" per person and on today's date (coverage,
 * retention), so incremental upkeep would spread report logic over every module that writes
 * enrollments, certificates, placements, visits, cases and subsidies. A rebuild is one place,
 * obviously correct, and takes well under the schedule's interval at 1,000,000 trainees (see
 * bench/reports/RESULTS.md); it computes everything but writes only the rows that changed
 * (byDifference in report-refresh.sql.ts). The price is staleness, bounded by REPORT_REFRESH_SCHEDULE.
 */
@Injectable()
export class ReportRefreshService {
  private readonly logger = new Logger(ReportRefreshService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async refresh(): Promise<RefreshResult> {
    const asOf = this.clock.today();
    const started = performance.now();
    const steps: RefreshResult['steps'] = [];
    const refreshedAt = await this.prisma.$transaction(
      async (tx) => {
        for (const step of refreshSteps(asOf)) {
          const stepStarted = performance.now();
          await tx.$executeRaw(step.sql);
          steps.push({ name: step.name, ms: Math.round(performance.now() - stepStarted) });
        }
        const at = this.clock.now();
        await tx.$executeRaw`
          INSERT INTO report_refreshes (id, as_of, refreshed_at, duration_ms)
          VALUES (1, ${asOf}::date, ${at}, ${Math.round(performance.now() - started)})
          ON CONFLICT (id) DO UPDATE SET as_of = EXCLUDED.as_of, refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms`;
        return at;
      },
      { timeout: REFRESH_TIMEOUT_MS, maxWait: 10_000 },
    );
    const durationMs = Math.round(performance.now() - started);
    this.logger.log(`Report summaries refreshed as of ${asOf} in ${durationMs} ms`);
    return { asOf, refreshedAt, durationMs, steps };
  }

  /** The last refresh, or null before the first. */
  async freshness(): Promise<ReportFreshness | null> {
    const row = await this.prisma.reportRefresh.findUnique({ where: { id: 1 } });
    return row && { asOf: dbToLocalDate(row.asOf), refreshedAt: row.refreshedAt, durationMs: row.durationMs };
  }
}
