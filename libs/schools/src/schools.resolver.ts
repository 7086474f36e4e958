import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { School } from '@carebridge/db';
import { countyName } from '@carebridge/rules';
import { CreateSchoolInput, UpdateSchoolInput } from './dto/school.input';
import { SchoolModel } from './models/school.model';
import { SchoolsService } from './schools.service';

@Resolver(() => SchoolModel)
export class SchoolsResolver {
  constructor(private readonly schoolsService: SchoolsService) {}

  @Mutation(() => SchoolModel, { description: '新建培训基地（管理员）' })
  createSchool(@Args('input') input: CreateSchoolInput) {
    return this.schoolsService.create(input);
  }

  @Mutation(() => SchoolModel, { description: '修改培训基地（管理员）' })
  updateSchool(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSchoolInput) {
    return this.schoolsService.update(id, input);
  }

  @Query(() => [SchoolModel], { description: '全部培训基地' })
  schools() {
    return this.schoolsService.list();
  }

  @ResolveField(() => String, { description: '所在县(市、区)名称' })
  countyName(@Parent() school: School): string {
    return countyName(school.countyCode) ?? school.countyCode;
  }
}
