import { Module } from '@nestjs/common';
import { CertificationModule } from '@carebridge/certification';
import { DemandModule } from '@carebridge/demand';
import { PlacementsModule } from '@carebridge/placements';
import { PlacesModule } from '@carebridge/places';
import { ReportingModule } from '@carebridge/reporting';
import { SubsidiesModule } from '@carebridge/subsidies';
import { TraineesModule } from '@carebridge/trainees';
import { ExportKinds } from './export-kinds';
import { ExportsController } from './exports.controller';

/** xlsx downloads of the lists and reports. */
@Module({
  imports: [TraineesModule, PlacementsModule, CertificationModule, DemandModule, SubsidiesModule, PlacesModule, ReportingModule],
  controllers: [ExportsController],
  providers: [ExportKinds],
  exports: [ExportKinds],
})
export class ExportsModule {}
