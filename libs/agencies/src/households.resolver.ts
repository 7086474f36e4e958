import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, GraphQLContext, PageArgs } from '@carebridge/common';
import { Household } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { HouseholdIdArgs, RegisterHouseholdInput } from './dto/household.input';
import { HouseholdConnection, HouseholdModel } from './models/household.model';
import { HouseholdsService } from './households.service';

@Resolver(() => HouseholdModel)
export class HouseholdsResolver {
  constructor(
    private readonly householdsService: HouseholdsService,
    private readonly placeNames: PlaceNames,
  ) {}

  @Mutation(() => HouseholdModel, { description: '登记家庭用工（管理员）' })
  registerHousehold(@Args('input') input: RegisterHouseholdInput): Promise<Household> {
    return this.householdsService.register(input);
  }

  @Query(() => HouseholdConnection, { description: '家庭用工列表（按登记时间从新到旧分页）' })
  households(@Args() args: PageArgs): Promise<Connection<Household>> {
    return this.householdsService.list(args);
  }

  @Query(() => HouseholdModel, { description: '一个家庭用工' })
  household(@Args() { id }: HouseholdIdArgs): Promise<Household> {
    return this.householdsService.get(id);
  }

  @ResolveField(() => String, { description: '联系人手机号（脱敏，如 138****5678）' })
  contactPhone(@Parent() household: Household): string {
    return this.householdsService.maskedPhone(household);
  }

  @ResolveField(() => String, { description: '所在省级行政区名称' })
  async provinceName(@Parent() household: Household, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.provinceName(ctx, household.provinceCode)) ?? household.provinceCode;
  }

  @ResolveField(() => String, { description: '所在城市名称' })
  async cityName(@Parent() household: Household, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.cityName(ctx, household.cityCode)) ?? household.cityCode;
  }
}
