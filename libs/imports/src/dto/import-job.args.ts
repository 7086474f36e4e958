import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ImportJobIdArgs {
  @Field(() => ID, { description: '导入任务 id（上传文件时返回的 importJobId）' })
  @IsUUID('all', { message: '导入任务 id 格式无效' })
  id!: string;
}
