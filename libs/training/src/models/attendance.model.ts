import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@carebridge/common';
import { Attendance } from '@carebridge/db';
import { tenthsToHours } from '@carebridge/rules';

@ObjectType('Attendance', { description: '一天的考勤：理论与实操课时' })
export class AttendanceModel {
  @Field(() => ID)
  id!: string;

  enrollmentId!: string;

  @Field(() => LocalDateScalar, { description: '日期' })
  date!: Date;

  @Field(() => Float, { description: '理论课时（小时）' })
  theoryHours!: number;

  @Field(() => Float, { description: '实操课时（小时）' })
  practiceHours!: number;

  @Field({ description: '记录时间' })
  recordedAt!: Date;
}

export function toAttendanceModel(row: Attendance): AttendanceModel {
  const { theoryTenths, practiceTenths, ...rest } = row;
  return { ...rest, theoryHours: tenthsToHours(theoryTenths), practiceHours: tenthsToHours(practiceTenths) };
}
