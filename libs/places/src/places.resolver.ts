import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@carebridge/auth';
import { GraphQLContext } from '@carebridge/common';
import { City, Province } from '@carebridge/db';
import { CitiesArgs } from './dto/places.args';
import { CityModel, ProvinceModel } from './models/place.model';
import { PlaceNames } from './place-names';
import { PlacesService } from './places.service';

// Public: registration forms list places before anyone has logged in.
@Resolver(() => CityModel)
export class PlacesResolver {
  constructor(
    private readonly places: PlacesService,
    private readonly placeNames: PlaceNames,
  ) {}

  @Public()
  @Query(() => [ProvinceModel], { description: '全部省级行政区（按代码排序）' })
  provinces(): Promise<Province[]> {
    return this.places.provinces();
  }

  @Public()
  @Query(() => [CityModel], { description: '一个省级行政区的地级城市（按代码排序）' })
  cities(@Args() { provinceCode }: CitiesArgs): Promise<City[]> {
    return this.places.cities(provinceCode);
  }

  @ResolveField(() => String, { description: '所属省级行政区名称' })
  async provinceName(@Parent() city: City, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.placeNames.provinceName(ctx, city.provinceCode)) ?? city.provinceCode;
  }
}
