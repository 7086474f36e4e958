import type { Prisma } from '@carebridge/db';

/**
 * The stations every environment starts with (the seed writes them): the home service centre in
 * Lüliang, which every placement falls back to, and the Beijing and Qingdao stations of the
 * programme's two largest destinations. Plain data and Prisma only, so the seed loads no NestJS.
 */
const STATIONS: Prisma.ServiceStationCreateInput[] = [
  { name: '吕梁山护工服务中心', cityCode: '141100', address: '山西省吕梁市离石区龙凤南大街', phone: '0358-8225678', isHomeCentre: true },
  {
    name: '吕梁山护工北京服务站',
    cityCode: '110100',
    address: '北京市朝阳区望京街10号',
    phone: '010-64781234',
    coverage: { create: [{ provinceCode: '110000' }, { provinceCode: '120000' }] },
  },
  { name: '吕梁山护工青岛服务部', cityCode: '370200', address: '山东省青岛市市南区香港中路8号', phone: '0532-85761234', coverage: { create: [{ provinceCode: '370000' }] } },
];

/** Writes the stations that do not exist yet (by name); never touches one an admin edited. */
export async function seedServiceStations(tx: Prisma.TransactionClient): Promise<void> {
  for (const station of STATIONS) {
    if (await tx.serviceStation.findUnique({ where: { name: station.name }, select: { id: true } })) continue;
    if (station.isHomeCentre && (await tx.serviceStation.findFirst({ where: { isHomeCentre: true }, select: { id: true } }))) continue;
    await tx.serviceStation.create({ data: station });
  }
}
