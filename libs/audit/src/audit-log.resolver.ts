import { Args, Query, Resolver } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE } from '@carebridge/common';
import { AuditLog, Prisma, PrismaService } from '@carebridge/db';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditLogConnection, AuditLogEntryModel } from './models/audit-log-entry.model';

function toEntry(row: AuditLog): AuditLogEntryModel {
  return { ...row, id: row.id.toString(), details: row.details === null ? null : JSON.stringify(row.details) };
}

@Resolver(() => AuditLogEntryModel)
export class AuditLogResolver {
  constructor(private readonly prisma: PrismaService) {}

  /** Newest first by sequence number; the cursor is the last number seen (ids are not UUIDs here). */
  @Query(() => AuditLogConnection, { description: '审计日志（管理员）：按操作人、类别、操作、时间段筛选，新的在前' })
  async auditLog(@Args() { filter, first, after }: AuditLogArgs): Promise<AuditLogConnection> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const where: Prisma.AuditLogWhereInput = {
      actorUserId: filter?.actorUserId,
      kind: filter?.kind,
      action: filter?.action,
      at: filter?.from || filter?.to ? { gte: filter.from, lt: filter.to } : undefined,
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditLog.findMany({
        where: after ? { AND: [where, { id: { lt: BigInt(after) } }] } : where,
        orderBy: { id: 'desc' },
        take: pageSize + 1,
      }),
      this.prisma.auditLog.count({ where }),
    ]);
    const nodes = rows.slice(0, pageSize).map(toEntry);
    return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > pageSize, endCursor: nodes.at(-1)?.id ?? null } };
  }
}
