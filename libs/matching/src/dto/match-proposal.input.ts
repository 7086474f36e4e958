import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@carebridge/common';
import { ProposalStatus } from '@carebridge/db';

const IsId = (label: string) => IsUUID('all', { message: `${label} id 格式无效` });

@InputType({ description: '匹配推荐列表筛选条件（各条件同时满足）' })
export class MatchProposalFilterInput {
  @Field(() => ID, { nullable: true, description: '匹配运行 id' })
  @IsOptional()
  @IsId('匹配运行')
  runId?: string | null;

  @Field(() => ProposalStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(ProposalStatus, { message: '推荐状态无效' })
  status?: ProposalStatus | null;

  @Field(() => ID, { nullable: true, description: '用工需求 id' })
  @IsOptional()
  @IsId('用工需求')
  demandId?: string | null;

  @Field(() => ID, { nullable: true, description: '学员 id' })
  @IsOptional()
  @IsId('学员')
  traineeId?: string | null;
}

@ArgsType()
export class MatchProposalsArgs extends PageArgs {
  @Field(() => MatchProposalFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchProposalFilterInput)
  filter?: MatchProposalFilterInput | null;
}

@ArgsType()
export class RespondToProposalArgs {
  @Field(() => ID, { description: '匹配推荐 id' })
  @IsId('匹配推荐')
  proposalId!: string;

  @Field({ description: '是否接受' })
  @IsBoolean({ message: '是否接受应为是或否' })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: '理由（拒绝时填写，最多200字）' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsString({ message: '理由应为文字' })
  @MaxLength(200, { message: '理由最多200字' })
  reason?: string | null;
}
