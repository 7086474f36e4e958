export * from './certification.module';
export * from './certificates.service';
export * from './models/certificate.model';
export * from './models/assessment.model';
export * from './dto/certificate.args';
