export * from './trainees.module';
export * from './trainees.service';
export * from './trainee-status.service';
export * from './models/trainee.model';
export * from './person-name';
export * from './dto/register-trainee.input';
export * from './dto/trainees.args';
