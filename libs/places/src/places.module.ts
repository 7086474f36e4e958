import { Module } from '@nestjs/common';
import { PlaceNames } from './place-names';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

/** Provinces and prefecture-level cities: the reference every stored place is checked against. */
@Module({ providers: [PlacesService, PlaceNames, PlacesResolver], exports: [PlacesService, PlaceNames] })
export class PlacesModule {}
