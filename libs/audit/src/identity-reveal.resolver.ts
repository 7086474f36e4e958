import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@carebridge/auth';
import { AppError, AuditLogService, GraphQLContext, originOf, PiiCipher } from '@carebridge/common';
import { PrismaService } from '@carebridge/db';
import { RevealTraineeIdentityArgs } from './dto/reveal.args';
import { TraineeIdentityModel } from './models/trainee-identity.model';

/**
 * Everywhere else the API shows resident IDs and phones masked. Reading them in clear is this one
 * explicit operation: admins only (ACCESS_POLICY), with a reason, and recorded as an UNMASKED_READ
 * before anything is disclosed. A mutation, not a query: it has an effect (the record), and no
 * client may prefetch or cache it.
 */
@Resolver()
export class IdentityRevealResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pii: PiiCipher,
    private readonly audit: AuditLogService,
  ) {}

  @Mutation(() => TraineeIdentityModel, { description: '查看学员完整的身份证号和手机号（管理员，须填写理由；每次查看记入审计日志）' })
  async revealTraineeIdentity(
    @Args() { traineeId, reason }: RevealTraineeIdentityArgs,
    @CurrentUser() caller: AuthUser,
    @Context() ctx: GraphQLContext,
  ): Promise<TraineeIdentityModel> {
    const trainee = await this.prisma.trainee.findUnique({ where: { id: traineeId }, select: { id: true, name: true, residentIdCipher: true, phoneCipher: true } });
    if (!trainee) throw AppError.notFound('TRAINEE', '学员不存在');
    await this.audit.recordUnmaskedRead({
      actor: caller,
      origin: originOf(ctx.req),
      action: 'revealTraineeIdentity',
      target: `Trainee:${trainee.id}`,
      details: { reason, fields: ['residentId', 'phone'] },
    });
    return { traineeId: trainee.id, name: trainee.name, residentId: this.pii.decrypt(trainee.residentIdCipher), phone: this.pii.decrypt(trainee.phoneCipher) };
  }
}
