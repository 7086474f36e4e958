import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_SCORE, MIN_SCORE } from '@carebridge/rules';

@ArgsType()
export class RecordAssessmentArgs {
  @Field(() => ID, { description: '报名（参训）记录 id' })
  @IsUUID('all', { message: '报名记录 id 格式无效' })
  enrollmentId!: string;

  @Field(() => Int, { description: '理论成绩（0-100 的整数）' })
  @IsInt({ message: '理论成绩应为整数' })
  @Min(MIN_SCORE, { message: `理论成绩不能低于${MIN_SCORE}分` })
  @Max(MAX_SCORE, { message: `理论成绩不能高于${MAX_SCORE}分` })
  theoryScore!: number;

  @Field(() => Int, { description: '实操成绩（0-100 的整数）' })
  @IsInt({ message: '实操成绩应为整数' })
  @Min(MIN_SCORE, { message: `实操成绩不能低于${MIN_SCORE}分` })
  @Max(MAX_SCORE, { message: `实操成绩不能高于${MAX_SCORE}分` })
  practicalScore!: number;
}
