import 'reflect-metadata';
import { Job, UnrecoverableError } from 'bullmq';
import { JobDispatcher, jobHandlerProblems, JobProcessor, OnJob } from './job-processor';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queues';

type CertificateIssued = JobPayloads[typeof JobName.CERTIFICATE_ISSUED];

@JobProcessor(QueueName.NOTIFICATIONS)
class CompleteProcessor extends JobDispatcher {
  readonly seen: string[] = [];

  @OnJob(JobName.CERTIFICATE_ISSUED)
  async certificateIssued(payload: CertificateIssued): Promise<string> {
    this.seen.push(payload.certificateId);
    return 'done';
  }
}

@JobProcessor(QueueName.NOTIFICATIONS)
class EmptyProcessor extends JobDispatcher {}


@JobProcessor('elsewhere' as QueueName)
class MisplacedProcessor extends JobDispatcher {
  @OnJob(JobName.CERTIFICATE_ISSUED)
  async certificateIssued(): Promise<void> {}
}

const job = (name: string, data: unknown) => ({ name, data }) as Job;

describe('JobDispatcher', () => {
  it('routes a job to the @OnJob method of its name, with its payload', async () => {
    const processor = new CompleteProcessor();
    await expect(processor.process(job(JobName.CERTIFICATE_ISSUED, { certificateId: 'c1' }))).resolves.toBe('done');
    expect(processor.seen).toEqual(['c1']);
    expect(processor.queueName).toBe(QueueName.NOTIFICATIONS);
  });

  it('fails a job it has no handler for without retries', async () => {
    await expect(new EmptyProcessor().process(job('unknown-job', {}))).rejects.toBeInstanceOf(UnrecoverableError);
  });
});

describe('jobHandlerProblems', () => {
  // Each case is about the notifications queue alone.
  const notificationJobs = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => JOB_QUEUE[name] === QueueName.NOTIFICATIONS);

  it('accepts one handler per job on the job’s queue', () => {
    expect(jobHandlerProblems([new CompleteProcessor(), new EmptyProcessor()], notificationJobs)).toEqual([]);
  });

  it('reports a job without a handler', () => {
    expect(jobHandlerProblems([new EmptyProcessor()], notificationJobs)).toEqual([`job "${JobName.CERTIFICATE_ISSUED}" (queue "notifications") has no handler`]);
  });

  it('reports a handler on the wrong queue and a job handled twice', () => {
    const problems = jobHandlerProblems([new CompleteProcessor(), new MisplacedProcessor()], notificationJobs);
    expect(problems).toEqual([
      `MisplacedProcessor handles "${JobName.CERTIFICATE_ISSUED}" on queue "elsewhere", but that job is enqueued on "notifications"`,
      `job "${JobName.CERTIFICATE_ISSUED}" is handled by both CompleteProcessor and MisplacedProcessor`,
    ]);
  });
});
