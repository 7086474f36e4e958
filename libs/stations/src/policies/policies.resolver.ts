import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { FollowUpPolicy, RightsCasePolicy, Role } from '@carebridge/db';
import { FollowUpPoliciesService } from './policies.service';
import { UpdateFollowUpPolicyInput, UpdateRightsCasePolicyInput } from './policy.input';
import { FollowUpPolicyModel, RightsCasePolicyModel } from './policy.model';

@Resolver()
export class PoliciesResolver {
  constructor(private readonly policies: FollowUpPoliciesService) {}

  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Query(() => FollowUpPolicyModel, { description: '回访政策' })
  followUpPolicy(): Promise<FollowUpPolicy> {
    return this.policies.followUp();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => FollowUpPolicyModel, { description: '修改回访政策（管理员）：已安排的回访不变，此后新制定或延长的计划按新政策' })
  updateFollowUpPolicy(@Args('input') input: UpdateFollowUpPolicyInput): Promise<FollowUpPolicy> {
    return this.policies.updateFollowUp(input);
  }

  @Roles(Role.ADMIN, Role.STATION_STAFF)
  @Query(() => RightsCasePolicyModel, { description: '维权案件时限政策' })
  rightsCasePolicy(): Promise<RightsCasePolicy> {
    return this.policies.rightsCase();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RightsCasePolicyModel, { description: '修改维权案件时限（管理员）：此后登记的案件按新时限' })
  updateRightsCasePolicy(@Args('input') input: UpdateRightsCasePolicyInput): Promise<RightsCasePolicy> {
    return this.policies.updateRightsCase(input);
  }
}
