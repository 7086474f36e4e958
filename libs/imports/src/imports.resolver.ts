import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { ImportJob, Role } from '@carebridge/db';
import { ImportJobIdArgs } from './dto/import-job.args';
import { ImportJobModel, ImportRowErrorModel } from './models/import-job.model';
import { ImportsService } from './imports.service';

@Resolver(() => ImportJobModel)
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Roles(Role.ADMIN, Role.SCHOOL_STAFF)
  @Query(() => ImportJobModel, { description: '导入任务的状态、进度、计数和有问题的行（培训基地只能查看本基地的导入）' })
  importJob(@Args() { id }: ImportJobIdArgs, @CurrentUser() caller: AuthUser): Promise<Omit<ImportJob, 'content'>> {
    return this.imports.get(id, caller);
  }

  @ResolveField(() => [ImportRowErrorModel])
  rowErrors(@Parent() job: Pick<ImportJob, 'rowErrors'>): ImportRowErrorModel[] {
    return (job.rowErrors as ImportRowErrorModel[] | null) ?? [];
  }
}
