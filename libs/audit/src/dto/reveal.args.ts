import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';

export const REVEAL_REASON_LENGTH = { min: 4, max: 200 } as const;

@ArgsType()
export class RevealTraineeIdentityArgs {
  @Field(() => ID, { description: '学员 id' })
  @IsUUID('all', { message: '学员 id 格式无效' })
  traineeId!: string;

  @Field({ description: `查看完整信息的理由（必填，${REVEAL_REASON_LENGTH.min}-${REVEAL_REASON_LENGTH.max}字，记入审计日志），如“办理社保补贴需核对身份证号”` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: '理由应为文字' })
  @Length(REVEAL_REASON_LENGTH.min, REVEAL_REASON_LENGTH.max, { message: `理由应为${REVEAL_REASON_LENGTH.min}-${REVEAL_REASON_LENGTH.max}个字` })
  reason!: string;
}
