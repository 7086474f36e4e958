import { Module } from '@nestjs/common';
import { SchoolsResolver } from './schools.resolver';
import { SchoolsService } from './schools.service';

@Module({ providers: [SchoolsService, SchoolsResolver], exports: [SchoolsService] })
export class SchoolsModule {}
