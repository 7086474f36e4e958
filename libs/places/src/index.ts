export * from './places.module';
export * from './places.service';
export * from './place-names';
export * from './models/place.model';
export { DIVISION_CODE_RULE } from './dto/places.args';
