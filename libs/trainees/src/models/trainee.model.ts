import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@carebridge/common';
import { EducationLevel, HouseholdCategory, Major, Sex, TraineeStatus } from '@carebridge/db';

/**
 * A trainee as the API shows her. Resolvers return the database row; the fields that are not
 * columns (masked identifiers, age, county name, wage in yuan, history) are resolved from it.
 * Other domain libraries add fields with `@Resolver(() => TraineeModel)` and read `id`.
 */
@ObjectType('Trainee', { description: '学员/护工' })
export class TraineeModel {
  @Field(() => ID, { description: '学员 id' })
  id!: string;

  @Field({ description: '姓名' })
  name!: string;

  @Field(() => LocalDateScalar, { description: '出生日期（由身份证号得出）' })
  birthDate!: Date;

  @Field(() => Sex, { description: '性别（由身份证号得出）' })
  sex!: Sex;

  @Field({ description: '户籍所在县(市、区)代码' })
  countyCode!: string;

  @Field(() => HouseholdCategory, { description: '人群类别' })
  householdCategory!: HouseholdCategory;

  @Field(() => EducationLevel, { description: '文化程度' })
  educationLevel!: EducationLevel;

  @Field(() => [Major], { description: '意向专业' })
  majorsWanted!: Major[];

  @Field(() => [String], { description: '意向就业城市' })
  destinationsWanted!: string[];

  @Field({ description: '是否接受任何就业地点' })
  acceptsAnyDestination!: boolean;

  @Field(() => TraineeStatus, { description: '当前状态' })
  status!: TraineeStatus;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('TraineeStatusChange', { description: '学员状态变更记录' })
export class TraineeStatusChangeModel {
  @Field(() => TraineeStatus, { nullable: true, description: '变更前状态（首次登记时为空）' })
  fromStatus!: TraineeStatus | null;

  @Field(() => TraineeStatus, { description: '变更后状态' })
  toStatus!: TraineeStatus;

  @Field({ description: '变更时间' })
  changedAt!: Date;

  @Field(() => String, { nullable: true, description: '变更原因' })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: '操作人账号 id（自助登记时为学员本人）' })
  actorUserId!: string | null;
}

@ObjectType('TraineeConnection', { description: '学员分页列表' })
export class TraineeConnection extends ConnectionType(TraineeModel) {}
