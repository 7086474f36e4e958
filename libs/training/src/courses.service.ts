import { Injectable } from '@nestjs/common';
import { AppError, isUniqueViolation } from '@carebridge/common';
import { Course, Major, PrismaService } from '@carebridge/db';
import { theoryShareProblem } from '@carebridge/rules';
import { CreateCourseInput } from './dto/course.input';

@Injectable()
export class CoursesService {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: CreateCourseInput): Promise<Course> {
    const shareProblem = theoryShareProblem(input.theoryHours, input.practiceHours);
    if (shareProblem) throw AppError.badInput('THEORY_SHARE_OUT_OF_RANGE', shareProblem, 'theoryHours');
    try {
      return await this.prisma.course.create({ data: { ...input, name: input.name.trim() } });
    } catch (error) {
      throw isUniqueViolation(error) ? AppError.conflict('COURSE_NAME_TAKEN', '已有同名的课程', 'name') : error;
    }
  }

  list(major?: Major): Promise<Course[]> {
    return this.prisma.course.findMany({ where: { major }, orderBy: { name: 'asc' } });
  }
}
