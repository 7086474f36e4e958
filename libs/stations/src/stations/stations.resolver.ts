import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@carebridge/auth';
import { GraphQLContext, groupByKeys, loaderFor } from '@carebridge/common';
import { Role, ServiceStation, StationCoverage } from '@carebridge/db';
import { PlaceNames } from '@carebridge/places';
import { CreateServiceStationInput, UpdateServiceStationArgs } from './dto/station.input';
import { ServiceStationModel, StationCoverageModel } from './models/station.model';
import { StationsService } from './stations.service';

@Resolver(() => ServiceStationModel)
export class StationsResolver {
  constructor(
    private readonly stations: StationsService,
    private readonly placeNames: PlaceNames,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ServiceStationModel, { description: '新建服务站（管理员）：所覆盖地区在岗护工的待办回访和未结案件随即转给该站' })
  createServiceStation(@Args('input') input: CreateServiceStationInput): Promise<ServiceStation> {
    return this.stations.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ServiceStationModel, { description: '修改服务站（管理员）：覆盖地区变化时，受影响的待办回访和未结案件随即转给新的负责站' })
  updateServiceStation(@Args() { id, input }: UpdateServiceStationArgs): Promise<ServiceStation> {
    return this.stations.update(id, input);
  }

  @Query(() => [ServiceStationModel], { description: '全部服务站（服务中心在前，其余按名称）' })
  serviceStations(): Promise<ServiceStation[]> {
    return this.stations.list();
  }

  @ResolveField(() => String, { nullable: true, description: '所在城市名称' })
  cityName(@Parent() station: ServiceStation, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.placeNames.cityName(ctx, station.cityCode);
  }

  @ResolveField(() => [StationCoverageModel], { description: '覆盖的省份和城市（服务中心为空：覆盖其余全部地区）' })
  coverage(@Parent() station: ServiceStation, @Context() ctx: GraphQLContext): Promise<StationCoverage[]> {
    return loaderFor(ctx, 'stations.coverage', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.stations.coverageOf(ids), (row) => row.stationId),
    ).load(station.id);
  }
}

@Resolver(() => StationCoverageModel)
export class StationCoverageResolver {
  constructor(private readonly placeNames: PlaceNames) {}

  @ResolveField(() => String, { nullable: true, description: '省级行政区名称' })
  provinceName(@Parent() area: StationCoverage, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.placeNames.provinceName(ctx, area.provinceCode);
  }

  @ResolveField(() => String, { nullable: true, description: '城市名称（覆盖全省时为空）' })
  cityName(@Parent() area: StationCoverage, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.placeNames.cityName(ctx, area.cityCode);
  }
}
