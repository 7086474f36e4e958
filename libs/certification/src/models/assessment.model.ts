import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Assessment', { description: '结业考核：理论与实操成绩' })
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  enrollmentId!: string;

  @Field(() => Int, { description: '理论成绩（0-100）' })
  theoryScore!: number;

  @Field(() => Int, { description: '实操成绩（0-100）' })
  practicalScore!: number;

  @Field({ description: '是否通过（两项均达到合格分）' })
  passed!: boolean;

  @Field({ description: '考核记录时间' })
  assessedAt!: Date;
}
