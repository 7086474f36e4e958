import { Module } from '@nestjs/common';
import { SchoolsModule } from '@carebridge/schools';
import { TraineesModule } from '@carebridge/trainees';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';
import { CoursesResolver } from './courses.resolver';
import { CoursesService } from './courses.service';
import { EnrollmentsResolver } from './enrollments.resolver';
import { EnrollmentsService } from './enrollments.service';
import { PoliciesResolver } from './policies.resolver';
import { TraineeEnrollmentsResolver } from './trainee-enrollments.resolver';
import { TrainingPolicyService } from './training-policy.service';
import { TrainingLoaders } from './training.loaders';

/** Courses, cohorts, enrolments with their 三包五免 benefits, attendance, and the training policies. */
@Module({
  imports: [SchoolsModule, TraineesModule],
  providers: [
    TrainingPolicyService,
    TrainingLoaders,
    CoursesService,
    CoursesResolver,
    CohortsService,
    CohortsResolver,
    EnrollmentsService,
    EnrollmentsResolver,
    TraineeEnrollmentsResolver,
    AttendanceService,
    AttendanceResolver,
    PoliciesResolver,
  ],
  exports: [TrainingPolicyService, EnrollmentsService, TrainingLoaders],
})
export class TrainingModule {}
