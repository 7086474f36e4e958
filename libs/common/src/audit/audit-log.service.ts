import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { Prisma, PrismaService, Role } from '@carebridge/db';

/** What the audit log records; the column is free text so later kinds need no migration. */
export enum AuditKind {
  MUTATION = 'MUTATION',
  UNMASKED_READ = 'UNMASKED_READ',
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  /** A REST call: file imports and exports. */
  HTTP = 'HTTP',
}

/** Where a request came from, as the audit log keeps it. */
export interface RequestOrigin {
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEntry extends RequestOrigin {
  actorUserId?: string | null;
  actorRole?: Role | null;
  action: string;
  kind: AuditKind;
  /** `Type:id` of what was touched; never personal data. */
  target?: string | null;
  succeeded: boolean;
  /** Codes and names only (argument names, error reason); never the values a caller sent. */
  details?: Prisma.InputJsonObject;
}

const USER_AGENT_MAX = 256;

/** The origin of an HTTP request (Express's req.ip honours the app's trust-proxy setting). */
export function originOf(req: { ip?: string; headers?: Record<string, string | string[] | undefined> } | undefined): RequestOrigin {
  const userAgent = req?.headers?.['user-agent'];
  return { ip: req?.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

/**
 * Appends to the audit log (an append-only table). Each entry is its own insert, outside any
 * business transaction, so the entry of a refused or failed operation survives its rollback.
 */
@Injectable()
export class AuditLogService {
  private readonly logger = new Logger(AuditLogService.name);

  constructor(private readonly prisma: PrismaService) {}

  /** Records an operation that has already happened: a lost entry is logged, not turned into the operation's failure. */
  async record(entry: AuditEntry): Promise<void> {
    await this.recordOrFail(entry).catch((error: unknown) => {
      this.logger.error(`audit entry for ${entry.action} not written: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /**
   * Records a read of personal data in clear (an UNMASKED_READ) before it is answered: who, from
   * where, whose data (`target`), which fields and why (`details`). Throws when the entry cannot be
   * written, so the data is not disclosed either.
   */
  async recordUnmaskedRead(read: { actor: { id: string; role: Role }; origin: RequestOrigin; action: string; target: string; details: Prisma.InputJsonObject }): Promise<void> {
    const { actor, origin, ...entry } = read;
    await this.recordOrFail({ ...origin, ...entry, actorUserId: actor.id, actorRole: actor.role, kind: AuditKind.UNMASKED_READ, succeeded: true });
  }

  /** Records before disclosing: when the entry cannot be written, the disclosure must not happen either. */
  async recordOrFail(entry: AuditEntry): Promise<void> {
    await this.prisma.auditLog.create({
      data: {
        actorUserId: entry.actorUserId ?? null,
        actorRole: entry.actorRole ?? null,
        action: entry.action,
        kind: entry.kind,
        target: entry.target ?? null,
        succeeded: entry.succeeded,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
        details: entry.details,
      },
    });
  }
}

@Global()
@Module({ providers: [AuditLogService], exports: [AuditLogService] })
export class AuditLogModule {}
