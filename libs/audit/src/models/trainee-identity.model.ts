import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TraineeIdentity', { description: '学员的完整身份信息（未脱敏）：每次查看都记入审计日志' })
export class TraineeIdentityModel {
  @Field(() => ID, { description: '学员 id' })
  traineeId!: string;

  @Field({ description: '姓名' })
  name!: string;

  @Field({ description: '完整身份证号' })
  residentId!: string;

  @Field({ description: '完整手机号' })
  phone!: string;
}
