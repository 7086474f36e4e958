import { Injectable, NestMiddleware } from '@nestjs/common';
import { AuthUser } from '@carebridge/auth';
import { AuditKind, AuditLogService, originOf } from '@carebridge/common';

interface AuditedRequest {
  method: string;
  originalUrl: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
}

interface AuditedResponse {
  statusCode: number;
  on(event: 'finish' | 'close', listener: () => void): void;
}

/** Served elsewhere or read-only and public: GraphQL (audited per mutation) and health probes. */
const NOT_AUDITED = /^\/(graphql|health)(\/|$)/;

/**
 * One audit entry per REST call (file imports and exports), written when its answer has been sent:
 * the route without its query string, the caller the AuthGuard identified, and the HTTP status.
 */
@Injectable()
export class RestAuditMiddleware implements NestMiddleware<AuditedRequest, AuditedResponse> {
  constructor(private readonly audit: AuditLogService) {}

  use(req: AuditedRequest, res: AuditedResponse, next: () => void): void {
    const path = req.originalUrl.split('?')[0];
    if (!NOT_AUDITED.test(path)) {
      let recorded = false;
      const record = () => {
        if (recorded) return;
        recorded = true;
        void this.audit.record({
          ...originOf(req),
          actorUserId: req.user?.id,
          actorRole: req.user?.role,
          action: `${req.method} ${path}`,
          kind: AuditKind.HTTP,
          succeeded: res.statusCode < 400,
          details: { status: res.statusCode },
        });
      };
      // 'close' also covers a download the client broke off.
      res.on('finish', record);
      res.on('close', record);
    }
    next();
  }
}
