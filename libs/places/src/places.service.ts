import { Injectable } from '@nestjs/common';
import { AppError } from '@carebridge/common';
import { City, Db, PrismaService, Province } from '@carebridge/db';

/** A city with its province, as other modules need it to show and store a place. */
export type CityInProvince = City & { province: Province };

const unknownProvince = (code: string, field: string) =>
  AppError.badInput('UNKNOWN_PROVINCE', `省份代码 ${code} 不存在，请从省份列表中选择`, field);
const unknownCity = (code: string, field: string) => AppError.badInput('UNKNOWN_CITY', `城市代码 ${code} 不存在，请从城市列表中选择`, field);

/**
 * The administrative divisions of China (provinces and prefecture-level cities), reference data
 * that migrations insert. Other modules check the places they store here, so a city always lies
 * in the province stored beside it.
 */
@Injectable()
export class PlacesService {
  constructor(private readonly prisma: PrismaService) {}

  provinces(): Promise<Province[]> {
    return this.prisma.province.findMany({ orderBy: { code: 'asc' } });
  }

  async cities(provinceCode: string): Promise<City[]> {
    const province = await this.prisma.province.findUnique({ where: { code: provinceCode }, include: { cities: { orderBy: { code: 'asc' } } } });
    if (!province) throw unknownProvince(provinceCode, 'provinceCode');
    return province.cities;
  }

  /**
   * The city, when both codes exist and the city lies in the province; otherwise BAD_USER_INPUT
   * naming the field at fault. `fields` lets callers whose inputs name the codes differently say so.
   */
  async assertCityInProvince(
    provinceCode: string,
    cityCode: string,
    db: Db = this.prisma,
    fields: { province: string; city: string } = { province: 'provinceCode', city: 'cityCode' },
  ): Promise<CityInProvince> {
    const [province, city] = await Promise.all([
      db.province.findUnique({ where: { code: provinceCode } }),
      db.city.findUnique({ where: { code: cityCode }, include: { province: true } }),
    ]);
    if (!province) throw unknownProvince(provinceCode, fields.province);
    if (!city) throw unknownCity(cityCode, fields.city);
    if (city.provinceCode !== province.code) {
      throw AppError.badInput(
        'CITY_NOT_IN_PROVINCE',
        `城市代码 ${city.code}（${city.name}）不属于省份 ${province.code}（${province.name}），它属于${city.province.name}，请重新选择`,
        fields.city,
      );
    }
    return city;
  }

  /** The city and its province by the city's code; BAD_USER_INPUT when the code is unknown. */
  async resolveCity(cityCode: string, db: Db = this.prisma, field = 'cityCode'): Promise<CityInProvince> {
    const city = await db.city.findUnique({ where: { code: cityCode }, include: { province: true } });
    if (!city) throw unknownCity(cityCode, field);
    return city;
  }

  /** Cities with their provinces by code, in no particular order (for DataLoaders: see PlaceNames). */
  findCities(codes: readonly string[]): Promise<CityInProvince[]> {
    return this.prisma.city.findMany({ where: { code: { in: [...codes] } }, include: { province: true } });
  }

  findProvinces(codes: readonly string[]): Promise<Province[]> {
    return this.prisma.province.findMany({ where: { code: { in: [...codes] } } });
  }
}
