import { Injectable } from '@nestjs/common';
import { AppError, isUniqueViolation } from '@carebridge/common';
import { PrismaService, School } from '@carebridge/db';
import { CreateSchoolInput, UpdateSchoolInput } from './dto/school.input';

const NAME_TAKEN = () => AppError.conflict('SCHOOL_NAME_TAKEN', '已有同名的培训基地', 'name');

@Injectable()
export class SchoolsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: CreateSchoolInput): Promise<School> {
    try {
      return await this.prisma.school.create({ data: { ...input, name: input.name.trim() } });
    } catch (error) {
      throw isUniqueViolation(error) ? NAME_TAKEN() : error;
    }
  }

  async update(id: string, input: UpdateSchoolInput): Promise<School> {
    await this.get(id);
    try {
      return await this.prisma.school.update({ where: { id }, data: { ...input, name: input.name?.trim() } });
    } catch (error) {
      throw isUniqueViolation(error) ? NAME_TAKEN() : error;
    }
  }

  async get(id: string): Promise<School> {
    const school = await this.prisma.school.findUnique({ where: { id } });
    if (!school) throw AppError.notFound('SCHOOL', '培训基地不存在');
    return school;
  }

  list(): Promise<School[]> {
    return this.prisma.school.findMany({ orderBy: { name: 'asc' } });
  }

  /** Schools by id for DataLoaders, in the order asked. */
  findMany(ids: readonly string[]): Promise<School[]> {
    return this.prisma.school.findMany({ where: { id: { in: [...ids] } } });
  }
}
