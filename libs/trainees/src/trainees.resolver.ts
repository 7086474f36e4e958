import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, traineeRowsSchoolOf } from '@carebridge/auth';
import { Clock, Connection, GraphQLContext, groupByKeys, loaderFor, MoneyScalar } from '@carebridge/common';
import { Trainee, TraineeStatusChange } from '@carebridge/db';
import { ageOn, countyName, dbToLocalDate } from '@carebridge/rules';
import { RegisterTraineeInput } from './dto/register-trainee.input';
import { MarkAvailableArgs, TraineeByResidentIdArgs, TraineeIdArgs, TraineesArgs } from './dto/trainees.args';
import { TraineeConnection, TraineeModel, TraineeStatusChangeModel } from './models/trainee.model';
import { TraineesService } from './trainees.service';

@Resolver(() => TraineeModel)
export class TraineesResolver {
  constructor(
    private readonly traineesService: TraineesService,
    private readonly clock: Clock,
  ) {}

  // Public so people can register themselves; the service refuses any role but admin and school staff.
  @Public()
  @Mutation(() => TraineeModel, { description: '登记学员：管理员或培训基地代为登记；未登录时为自助登记（须设密码，以手机号登录）' })
  registerTrainee(@Args('input') input: RegisterTraineeInput, @CurrentUser() caller: AuthUser | undefined): Promise<Trainee> {
    return this.traineesService.register(input, caller);
  }

  @Query(() => TraineeModel, { description: '一名学员：培训基地只能查看在本基地参训的学员，学员只能查看本人' })
  trainee(@Args() { id }: TraineeIdArgs, @CurrentUser() caller: AuthUser): Promise<Trainee> {
    return this.traineesService.get(id, caller);
  }

  @Query(() => TraineeConnection, { description: '学员列表（按登记时间从新到旧分页）：培训基地只能看到在本基地参训的学员' })
  trainees(@Args() args: TraineesArgs, @CurrentUser() caller: AuthUser): Promise<Connection<Trainee>> {
    return this.traineesService.list(args, caller);
  }

  @Query(() => TraineeModel, { nullable: true, description: '按完整身份证号查找已登记的学员（用于报名），未登记时返回空' })
  traineeByResidentId(@Args() { residentId }: TraineeByResidentIdArgs): Promise<Trainee | null> {
    return this.traineesService.findByResidentId(residentId);
  }

  @Mutation(() => TraineeModel, { description: '已取证的学员登记为待就业（本人或管理员）' })
  markAvailable(@Args() { traineeId }: MarkAvailableArgs, @CurrentUser() caller: AuthUser): Promise<Trainee> {
    return this.traineesService.markAvailable(traineeId, caller);
  }

  @ResolveField(() => String, { description: '身份证号（脱敏，如 1411**********123X）' })
  residentId(@Parent() trainee: Trainee): string {
    return this.traineesService.maskedResidentId(trainee);
  }

  @ResolveField(() => String, { description: '手机号（脱敏，如 138****5678）' })
  phone(@Parent() trainee: Trainee): string {
    return this.traineesService.maskedPhone(trainee);
  }

  @ResolveField(() => Int, { description: '年龄（周岁，按今天的北京时间计算）' })
  age(@Parent() trainee: Trainee): number {
    return ageOn(dbToLocalDate(trainee.birthDate), this.clock.today());
  }

  @ResolveField(() => String, { description: '户籍所在县(市、区)名称' })
  countyName(@Parent() trainee: Trainee): string {
    return countyName(trainee.countyCode) ?? trainee.countyCode;
  }

  @ResolveField(() => MoneyScalar, { nullable: true, description: '期望月薪（元）' })
  expectedMonthlyWage(@Parent() trainee: Trainee): number | null {
    return trainee.expectedWageFen;
  }

  @ResolveField(() => [TraineeStatusChangeModel], {
    description: '状态变更记录（从早到晚）：培训基地对未在本基地参训的学员只看到本基地人员做的变更（如代为登记）',
  })
  async statusHistory(@Parent() trainee: Trainee, @CurrentUser() caller: AuthUser | undefined, @Context() ctx: GraphQLContext): Promise<TraineeStatusChange[]> {
    // School staff find any trainee by resident ID (to enrol her): her history is not theirs until she enrols with them.
    const school = traineeRowsSchoolOf(caller);
    const actorSchool = school && !(await this.enrolledAt(ctx, school).load(trainee.id)) ? school : null;
    return loaderFor<string, TraineeStatusChange[]>(ctx, `trainees.statusHistory:${actorSchool ?? 'all'}`, async (ids) =>
      groupByKeys(ids, await this.traineesService.statusHistories(ids, actorSchool), (change) => change.traineeId),
    ).load(trainee.id);
  }

  /** By trainee id: whether she has an enrolment in the school's cohorts. */
  private enrolledAt(ctx: GraphQLContext, schoolId: string) {
    return loaderFor<string, boolean>(ctx, `trainees.enrolledAt:${schoolId}`, async (ids) => {
      const enrolled = await this.traineesService.enrolledAtSchool(ids, schoolId);
      return ids.map((id) => enrolled.has(id));
    });
  }
}
