import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel } from '@carebridge/agencies';
import { assertAgencyScope, AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { GraphQLContext, loaderFor } from '@carebridge/common';
import { Agency, Role } from '@carebridge/db';
import { AgencyRecord, AgencyRecordService } from './agency-record.service';
import { AgencyRecordArgs } from './dto/rights-case.input';
import { AgencyRecordModel } from './models/rights-case.model';

/** An agency's record: a query of its own, and a field of Agency (wherever the caller may see the agency). */
@Resolver(() => AgencyModel)
export class AgencyRecordResolver {
  constructor(private readonly records: AgencyRecordService) {}

  @Roles(Role.ADMIN, Role.AGENCY_STAFF)
  @Query(() => AgencyRecordModel, { description: '用工单位的维权与回访记录（单位工作人员只能查本单位）' })
  agencyRecord(@Args() { agencyId }: AgencyRecordArgs, @CurrentUser() caller: AuthUser): Promise<AgencyRecord> {
    assertAgencyScope(caller, agencyId, 'AGENCY', '用工单位不存在');
    return this.records.recordFor(agencyId);
  }

  @ResolveField(() => AgencyRecordModel, { description: '维权与回访记录：未结和败诉案件、欠薪反映、护工满意度，及匹配评分扣分' })
  record(@Parent() agency: Agency, @Context() ctx: GraphQLContext): Promise<AgencyRecord> {
    return loaderFor(ctx, 'stations.agencyRecord', async (ids: readonly string[]) => {
      const records = await this.records.recordsFor(ids);
      return ids.map((id) => records.get(id) as AgencyRecord);
    }).load(agency.id);
  }
}
