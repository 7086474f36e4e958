import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@carebridge/common';
import { CertificateStatus } from '@carebridge/db';

export const REVOKE_REASON_MAX_LENGTH = 200;

@InputType({ description: '证书列表筛选条件（各条件同时满足）' })
export class CertificateFilterInput {
  @Field(() => ID, { nullable: true, description: '持证学员' })
  @IsOptional()
  @IsUUID('all', { message: '学员 id 格式无效' })
  traineeId?: string;

  @Field(() => ID, { nullable: true, description: '培训基地（培训基地工作人员只能查本基地）' })
  @IsOptional()
  @IsUUID('all', { message: '培训基地 id 格式无效' })
  schoolId?: string;

  @Field(() => CertificateStatus, { nullable: true, description: '证书状态' })
  @IsOptional()
  @IsEnum(CertificateStatus, { message: '证书状态无效' })
  status?: CertificateStatus;
}

@ArgsType()
export class CertificatesArgs extends PageArgs {
  @Field(() => CertificateFilterInput, { nullable: true, description: '筛选条件' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificateFilterInput)
  filter?: CertificateFilterInput;
}

@ArgsType()
export class VerifyCertificateArgs {
  @Field({ description: '证书编号（不区分大小写，可含空格）' })
  @IsString({ message: '证书编号应为文字' })
  number!: string;
}

@ArgsType()
export class RevokeCertificateArgs {
  @Field(() => ID, { description: '证书 id' })
  @IsUUID('all', { message: '证书 id 格式无效' })
  id!: string;

  @Field({ description: `撤销原因（必填，最多${REVOKE_REASON_MAX_LENGTH}字）` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: '撤销原因应为文字' })
  @IsNotEmpty({ message: '撤销原因不能为空' })
  @MaxLength(REVOKE_REASON_MAX_LENGTH, { message: `撤销原因最多${REVOKE_REASON_MAX_LENGTH}个字` })
  reason!: string;
}
