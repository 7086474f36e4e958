import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditTrailPlugin } from './audit-trail.plugin';
import { IdentityRevealResolver } from './identity-reveal.resolver';
import { RestAuditMiddleware } from './rest-audit.middleware';

/**
 * The API side of the audit log: an entry per mutation (Apollo plugin) and per REST call
 * (middleware), the admins' auditLog query, and the audited reveal of a trainee's identifiers.
 * Entries are written by AuditLogService (libs/common), which login uses too.
 */
@Module({
  providers: [AuditTrailPlugin, AuditLogResolver, IdentityRevealResolver],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RestAuditMiddleware).forRoutes('{*path}');
  }
}
