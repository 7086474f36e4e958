import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, GraphQLContext, loaderFor } from '@carebridge/common';
import { Province } from '@carebridge/db';
import { CityInProvince, PlacesService } from './places.service';

/**
 * Names for the place codes other types store, one query per request whatever the rows: a
 * resolver of any type writes `cityName(@Parent() x, @Context() ctx) { return this.placeNames.cityName(ctx, x.cityCode) }`.
 * An unknown or absent code resolves to null.
 */
@Injectable()
export class PlaceNames {
  constructor(private readonly places: PlacesService) {}

  city(ctx: GraphQLContext): DataLoader<string, CityInProvince | null> {
    return loaderFor(ctx, 'places.city', async (codes: readonly string[]) => byKeys(codes, await this.places.findCities(codes), (city) => city.code));
  }

  province(ctx: GraphQLContext): DataLoader<string, Province | null> {
    return loaderFor(ctx, 'places.province', async (codes: readonly string[]) =>
      byKeys(codes, await this.places.findProvinces(codes), (province) => province.code),
    );
  }

  async cityName(ctx: GraphQLContext, cityCode: string | null): Promise<string | null> {
    return cityCode ? ((await this.city(ctx).load(cityCode))?.name ?? null) : null;
  }

  async provinceName(ctx: GraphQLContext, provinceCode: string | null): Promise<string | null> {
    return provinceCode ? ((await this.province(ctx).load(provinceCode))?.name ?? null) : null;
  }
}
