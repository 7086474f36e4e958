import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { Role } from '@carebridge/db';
import { UpdateMatchingPolicyInput } from './dto/matching-policy.input';
import { MatchingPolicyService, toMatchingPolicyModel } from './matching-policy.service';
import { MatchingPolicyModel } from './models/matching-policy.model';

@Resolver(() => MatchingPolicyModel)
export class MatchingPolicyResolver {
  constructor(private readonly policies: MatchingPolicyService) {}

  @Roles(Role.ADMIN)
  @Query(() => MatchingPolicyModel, { description: '匹配政策（管理员）' })
  async matchingPolicy(): Promise<MatchingPolicyModel> {
    return toMatchingPolicyModel(await this.policies.get());
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MatchingPolicyModel, { description: '修改匹配政策（管理员）；从下一次匹配运行起生效，已发出的推荐不变' })
  async updateMatchingPolicy(@Args('input') input: UpdateMatchingPolicyInput): Promise<MatchingPolicyModel> {
    return toMatchingPolicyModel(await this.policies.update(input));
  }
}
