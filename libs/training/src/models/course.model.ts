import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CertificateLevel, Major } from '@carebridge/db';

@ObjectType('Course', { description: '课程：一个专业的培训计划' })
export class CourseModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '课程名称' })
  name!: string;

  @Field(() => Major, { description: '专业' })
  major!: Major;

  @Field(() => Int, { description: '理论课时（小时）' })
  theoryHours!: number;

  @Field(() => Int, { description: '实操课时（小时）' })
  practiceHours!: number;

  @Field(() => Int, { description: '学制（天）' })
  durationDays!: number;

  @Field(() => CertificateLevel, { description: '考核通过后颁发的证书等级' })
  certificateLevel!: CertificateLevel;

  @Field({ description: '创建时间' })
  createdAt!: Date;
}
