import { PrismaService, Trainee } from '@carebridge/db';
import { JobName, OutboxService } from '@carebridge/queue';
import { localDateToDb } from '@carebridge/rules';
import { Factories } from '@carebridge/testing';

let serial = 0;

/**
 * What certification does when a trainee passes: the enrolment's certificate and its outbox row,
 * in one transaction. `failAfterEnqueue` throws inside the transaction, after the enqueue;
 * `revoked` writes the certificate already revoked, as if revoked before the job ran.
 */
export async function issueCertificate(
  prisma: PrismaService,
  factories: Factories,
  options: { trainee?: Trainee; failAfterEnqueue?: boolean; revoked?: boolean } = {},
): Promise<{ certificateId: string; number: string; trainee: Trainee }> {
  const trainee = options.trainee ?? (await factories.trainee());
  const cohort = await factories.cohort();
  const number = `LL2026YL5${String(++serial).padStart(8, '0')}X`;
  const outbox = new OutboxService();
  const certificateId = await prisma.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.create({ data: { traineeId: trainee.id, cohortId: cohort.id, status: 'PASSED' } });
    const certificate = await tx.certificate.create({
      data: {
        number,
        traineeId: trainee.id,
        enrollmentId: enrollment.id,
        major: 'ELDERCARE',
        level: 'LEVEL_5',
        issuedOn: localDateToDb('2026-03-31'),
        status: options.revoked ? 'REVOKED' : 'VALID',
      },
    });
    await outbox.enqueue(tx, JobName.CERTIFICATE_ISSUED, { certificateId: certificate.id });
    if (options.failAfterEnqueue) throw new Error('business rule failed after the enqueue');
    return certificate.id;
  });
  return { certificateId, number, trainee };
}
