import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@carebridge/auth';
import { Connection, GraphQLContext } from '@carebridge/common';
import { Certificate, School, Trainee } from '@carebridge/db';
import { SchoolModel } from '@carebridge/schools';
import { TraineeModel } from '@carebridge/trainees';
import { TrainingLoaders } from '@carebridge/training';
import { CertificationLoader, required } from './certification.loader';
import { CertificatesService } from './certificates.service';
import { CertificatesArgs, RevokeCertificateArgs, VerifyCertificateArgs } from './dto/certificate.args';
import { CertificateConnection, CertificateModel, CertificateVerificationModel } from './models/certificate.model';

@Resolver(() => CertificateModel)
export class CertificatesResolver {
  constructor(
    private readonly certificatesService: CertificatesService,
    private readonly loader: CertificationLoader,
    private readonly training: TrainingLoaders,
  ) {}

  @Query(() => CertificateConnection, { description: '证书列表（新发的在前）：培训基地只能查看本基地颁发的证书' })
  certificates(@Args() args: CertificatesArgs, @CurrentUser() caller: AuthUser): Promise<Connection<Certificate>> {
    return this.certificatesService.list(caller, args);
  }

  @Query(() => [CertificateModel], { description: '我的证书（学员本人）' })
  myCertificates(@CurrentUser() caller: AuthUser): Promise<Certificate[]> {
    return caller.traineeId ? this.certificatesService.ofTrainee(caller.traineeId) : Promise.resolve([]);
  }

  @Public()
  @Query(() => CertificateVerificationModel, { description: '按编号查验证书（公开，无需登录）：编号有误或查无此证时 found 为 false' })
  verifyCertificate(@Args() { number }: VerifyCertificateArgs): Promise<CertificateVerificationModel> {
    return this.certificatesService.verify(number);
  }

  @Mutation(() => CertificateModel, { description: '撤销证书（管理员），须填写原因' })
  revokeCertificate(@Args() { id, reason }: RevokeCertificateArgs): Promise<Certificate> {
    return this.certificatesService.revoke(id, reason);
  }

  @ResolveField(() => TraineeModel, { description: '持证学员' })
  async trainee(@Parent() certificate: Certificate, @Context() ctx: GraphQLContext): Promise<Trainee> {
    return required(await this.training.trainee(ctx).load(certificate.traineeId));
  }

  @ResolveField(() => SchoolModel, { description: '颁证的培训基地' })
  async school(@Parent() certificate: Certificate, @Context() ctx: GraphQLContext): Promise<School> {
    return required(await this.loader.issuingCohort(ctx).load(certificate.enrollmentId)).school;
  }

  @ResolveField(() => String, { description: '培训期，如“第12期”' })
  async cohortLabel(@Parent() certificate: Certificate, @Context() ctx: GraphQLContext): Promise<string> {
    return `第${required(await this.loader.issuingCohort(ctx).load(certificate.enrollmentId)).cohortNumber}期`;
  }
}
