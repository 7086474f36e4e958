import { Args, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Course } from '@carebridge/db';
import { theorySharePercent } from '@carebridge/rules';
import { CoursesArgs, CreateCourseInput } from './dto/course.input';
import { CourseModel } from './models/course.model';
import { CoursesService } from './courses.service';

@Resolver(() => CourseModel)
export class CoursesResolver {
  constructor(private readonly coursesService: CoursesService) {}

  @Mutation(() => CourseModel, { description: '新建课程（管理员）；理论课时须占总课时的25%-35%' })
  createCourse(@Args('input') input: CreateCourseInput): Promise<Course> {
    return this.coursesService.create(input);
  }

  @Query(() => [CourseModel], { description: '课程列表，可按专业筛选' })
  courses(@Args() { major }: CoursesArgs): Promise<Course[]> {
    return this.coursesService.list(major);
  }

  @ResolveField(() => Int, { description: '总课时（小时）' })
  totalHours(@Parent() course: Course): number {
    return course.theoryHours + course.practiceHours;
  }

  @ResolveField(() => Float, { description: '理论课时占总课时的百分比（保留一位小数）' })
  theorySharePercent(@Parent() course: Course): number {
    return Math.round(theorySharePercent(course.theoryHours, course.practiceHours) * 10) / 10;
  }
}
