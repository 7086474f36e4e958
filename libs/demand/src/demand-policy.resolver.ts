import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DemandPolicyService } from './demand-policy.service';
import { UpdateDemandPolicyInput } from './dto/demand-policy.input';
import { DemandPolicyModel, toDemandPolicyModel } from './models/demand-policy.model';

@Resolver(() => DemandPolicyModel)
export class DemandPolicyResolver {
  constructor(private readonly policies: DemandPolicyService) {}

  @Query(() => DemandPolicyModel, { description: '用工需求政策：过期宽限天数与允许的月薪范围' })
  async demandPolicy(): Promise<DemandPolicyModel> {
    return toDemandPolicyModel(await this.policies.get());
  }

  @Mutation(() => DemandPolicyModel, { description: '修改用工需求政策（管理员）；已发布的需求不受月薪范围修改的影响' })
  async updateDemandPolicy(@Args('input') input: UpdateDemandPolicyInput): Promise<DemandPolicyModel> {
    return toDemandPolicyModel(await this.policies.update(input));
  }
}
