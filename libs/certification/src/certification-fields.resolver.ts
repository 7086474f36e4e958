import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, traineeRowsSchoolOf } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { Assessment, Certificate, Enrollment, Trainee } from '@carebridge/db';
import { TraineeModel } from '@carebridge/trainees';
import { EnrollmentModel } from '@carebridge/training';
import { CertificationLoader } from './certification.loader';
import { AssessmentModel } from './models/assessment.model';
import { CertificateModel } from './models/certificate.model';

/**
 * Certificates on the Trainee type. Who may see the trainee may see her certificates; school staff
 * only those earned at their school.
 */
@Resolver(() => TraineeModel)
export class TraineeCertificatesResolver {
  constructor(private readonly loader: CertificationLoader) {}

  @ResolveField(() => [CertificateModel], { description: '获得的证书（按发证日期从早到晚，含已撤销的）：培训基地只看到本基地颁发的' })
  certificates(@Parent() trainee: Trainee, @CurrentUser() caller: AuthUser | undefined, @Context() ctx: GraphQLContext): Promise<Certificate[]> {
    return this.loader.certificatesByTrainee(ctx, traineeRowsSchoolOf(caller)).load(trainee.id);
  }
}

/** The assessment and the certificate of an enrolment, on the Enrollment type. */
@Resolver(() => EnrollmentModel)
export class EnrollmentCertificationResolver {
  constructor(private readonly loader: CertificationLoader) {}

  @ResolveField(() => AssessmentModel, { nullable: true, description: '结业考核（未考核时为空）' })
  assessment(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<Assessment | null> {
    return this.loader.assessmentByEnrollment(ctx).load(enrollment.id);
  }

  @ResolveField(() => CertificateModel, { nullable: true, description: '本期颁发的证书（未通过或未考核时为空）' })
  certificate(@Parent() enrollment: Enrollment, @Context() ctx: GraphQLContext): Promise<Certificate | null> {
    return this.loader.certificateByEnrollment(ctx).load(enrollment.id);
  }
}
