import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TrainingPolicy } from '@carebridge/db';
import { SetBenefitCostArgs, UpdateTrainingPolicyInput } from './dto/policy.input';
import { BenefitPolicyModel, toBenefitPolicyModel, TrainingPolicyModel } from './models/policy.model';
import { TrainingPolicyService } from './training-policy.service';

@Resolver()
export class PoliciesResolver {
  constructor(private readonly policies: TrainingPolicyService) {}

  @Query(() => TrainingPolicyModel, { description: '培训政策：合格分、最低出勤率、最低报名年龄、每日课时上限' })
  trainingPolicy(): Promise<TrainingPolicy> {
    return this.policies.get();
  }

  @Mutation(() => TrainingPolicyModel, { description: '修改培训政策（管理员）' })
  updateTrainingPolicy(@Args('input') input: UpdateTrainingPolicyInput): Promise<TrainingPolicy> {
    return this.policies.update(input);
  }

  @Query(() => [BenefitPolicyModel], { description: '“三包五免”各项待遇的费用标准' })
  async benefitPolicies(): Promise<BenefitPolicyModel[]> {
    return (await this.policies.benefitPolicies()).map(toBenefitPolicyModel);
  }

  @Mutation(() => BenefitPolicyModel, { description: '设置一项“三包五免”待遇每人每期的费用（管理员）；已有报名的费用不变' })
  async setBenefitCost(@Args() { benefit, cost }: SetBenefitCostArgs): Promise<BenefitPolicyModel> {
    return toBenefitPolicyModel(await this.policies.setBenefitCost(benefit, cost));
  }
}
