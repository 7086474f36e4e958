import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportStatus } from '@carebridge/db';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入任务状态',
  valuesMap: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '导入中' },
    DONE: { description: '已完成' },
    FAILED: { description: '失败（文件无法导入，见 error）' },
  },
});

@ObjectType('ImportRowError', { description: '导入文件中一行的一个问题' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: '行号（与 Excel 中显示的行号一致，表头为第1行）' })
  row!: number;

  @Field({ description: '列名' })
  column!: string;

  @Field({ description: '原因' })
  reason!: string;
}

@ObjectType('ImportJob', { description: '批量导入任务：上传后在后台逐行校验并分批写入' })
export class ImportJobModel {
  @Field(() => ID, { description: '导入任务 id' })
  id!: string;

  @Field({ description: '导入内容，如 TRAINEES（学员名单）' })
  kind!: string;

  @Field({ description: '上传的文件名' })
  fileName!: string;

  @Field(() => ImportStatus, { description: '状态' })
  status!: ImportStatus;

  @Field(() => Int, { description: '进度（0-100）' })
  progress!: number;

  @Field(() => Int, { nullable: true, description: '数据行数（不含表头和空行）' })
  totalRows!: number | null;

  @Field(() => Int, { nullable: true, description: '新登记的学员数' })
  insertedRows!: number | null;

  @Field(() => Int, { nullable: true, description: '重复的行数（身份证号已登记，或与文件中前面的行重复），未导入' })
  duplicateRows!: number | null;

  @Field(() => Int, { nullable: true, description: '有错误的行数，未导入' })
  invalidRows!: number | null;

  @Field(() => [ImportRowErrorModel], { description: '有问题的行（按行号排列，最多列出1000条）' })
  rowErrors!: ImportRowErrorModel[];

  @Field(() => String, { nullable: true, description: '整个文件无法导入的原因' })
  error!: string | null;

  @Field({ description: '上传时间' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '结束时间' })
  finishedAt!: Date | null;
}
