import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { CooperationAgreement } from '@carebridge/db';
import { AgreementsService } from './agreements.service';
import { SignAgreementArgs } from './dto/agreement.input';
import { AgreementModel } from './models/agreement.model';

@Resolver(() => AgreementModel)
export class AgreementsResolver {
  constructor(private readonly agreementsService: AgreementsService) {}

  @Mutation(() => AgreementModel, { description: '与用工单位签订合作协议（管理员）' })
  signAgreement(@Args() args: SignAgreementArgs, @CurrentUser() caller: AuthUser): Promise<CooperationAgreement> {
    return this.agreementsService.sign(args, caller);
  }
}
