import { Module } from '@nestjs/common';
import { TraineesModule } from '@carebridge/trainees';
import { TrainingModule } from '@carebridge/training';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { EnrollmentCertificationResolver, TraineeCertificatesResolver } from './certification-fields.resolver';
import { CertificationLoader } from './certification.loader';

/** Assessments and certificates: issue on a pass, public verification, revocation. */
@Module({
  imports: [TrainingModule, TraineesModule],
  providers: [
    AssessmentService,
    CertificatesService,
    CertificationLoader,
    AssessmentResolver,
    CertificatesResolver,
    TraineeCertificatesResolver,
    EnrollmentCertificationResolver,
  ],
  exports: [CertificatesService],
})
export class CertificationModule {}
