import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** The API's side of imports: the upload endpoint and the importJob query. */
@Module({ controllers: [ImportsController], providers: [ImportsService, ImportsResolver] })
export class ImportsModule {}
