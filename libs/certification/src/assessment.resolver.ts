import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { Assessment, Certificate, Enrollment } from '@carebridge/db';
import { EnrollmentModel } from '@carebridge/training';
import { AssessmentService } from './assessment.service';
import { CertificationLoader, required } from './certification.loader';
import { RecordAssessmentArgs } from './dto/record-assessment.args';
import { AssessmentModel } from './models/assessment.model';
import { CertificateModel } from './models/certificate.model';

@Resolver(() => AssessmentModel)
export class AssessmentResolver {
  constructor(
    private readonly assessmentService: AssessmentService,
    private readonly loader: CertificationLoader,
  ) {}

  @Mutation(() => AssessmentModel, {
    description: '录入结业考核成绩（管理员或本基地工作人员）：两项均达合格分即颁发证书；出勤不足的学员不能考核',
  })
  recordAssessment(@Args() args: RecordAssessmentArgs, @CurrentUser() caller: AuthUser): Promise<Assessment> {
    return this.assessmentService.record(caller, args);
  }

  @ResolveField(() => CertificateModel, { nullable: true, description: '考核通过后颁发的证书（未通过时为空）' })
  certificate(@Parent() assessment: Assessment, @Context() ctx: GraphQLContext): Promise<Certificate | null> {
    return this.loader.certificateByEnrollment(ctx).load(assessment.enrollmentId);
  }

  @ResolveField(() => EnrollmentModel, { description: '所考核的报名（参训）记录' })
  async enrollment(@Parent() assessment: Assessment, @Context() ctx: GraphQLContext): Promise<Enrollment> {
    return required(await this.loader.enrollment(ctx).load(assessment.enrollmentId));
  }
}
