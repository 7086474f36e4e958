import { Processor, WorkerHost } from '@nestjs/bullmq';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Job, UnrecoverableError, WorkerOptions } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queues';

const PROCESSOR_QUEUE = 'carebridge:job-processor-queue';
const JOB_HANDLER = 'carebridge:job-handler';

type JobHandler = (payload: unknown, job: Job) => Promise<unknown>;

/**
 * A BullMQ processor of one queue whose jobs are dispatched to @OnJob methods. Its worker does
 * not start on its own: the worker application starts it once every job name has a handler.
 */
export function JobProcessor(queue: QueueName, options: Pick<WorkerOptions, 'concurrency' | 'lockDuration'> = {}): ClassDecorator {
  return applyDecorators(Processor(queue, { autorun: false, ...options }), SetMetadata(PROCESSOR_QUEUE, queue));
}

/** Marks the method that handles the job `name`; its first argument is that job's payload. */
export function OnJob<N extends JobName>(name: N) {
  // Typing the descriptor makes the compiler check the method's payload type against JobPayloads.
  return (_target: object, _key: string | symbol, descriptor: { value?: (payload: JobPayloads[N], job: Job) => Promise<unknown> }) => {
    Reflect.defineMetadata(JOB_HANDLER, name, descriptor.value as object);
  };
}

/** Base of every @JobProcessor: routes each job to the @OnJob method of its name. */
export abstract class JobDispatcher extends WorkerHost {
  private readonly handlers = handlersOf(this);

  get queueName(): QueueName {
    return Reflect.getMetadata(PROCESSOR_QUEUE, this.constructor) as QueueName;
  }

  get jobNames(): JobName[] {
    return [...this.handlers.keys()];
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    // No retry can help a job nobody handles; start-up checks make this a deployment mismatch.
    if (!handler) throw new UnrecoverableError(`${this.constructor.name} has no handler for job "${job.name}"`);
    return handler.call(this, job.data, job);
  }
}

function handlersOf(dispatcher: JobDispatcher): Map<JobName, JobHandler> {
  const handlers = new Map<JobName, JobHandler>();
  for (let proto = Object.getPrototypeOf(dispatcher); proto && proto !== JobDispatcher.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const method = Object.getOwnPropertyDescriptor(proto, key)?.value;
      const name = typeof method === 'function' ? (Reflect.getMetadata(JOB_HANDLER, method) as JobName | undefined) : undefined;
      if (name && !handlers.has(name)) handlers.set(name, method as JobHandler);
    }
  }
  return handlers;
}

/**
 * Every job name (of `required`: all by default) has exactly one handler, on a processor of the
 * queue the job is enqueued on; otherwise a list of what is wrong (empty when all is well).
 */
export function jobHandlerProblems(dispatchers: JobDispatcher[], required: readonly JobName[] = Object.values(JobName)): string[] {
  const problems: string[] = [];
  const handledBy = new Map<JobName, string>();
  for (const dispatcher of dispatchers) {
    const processor = dispatcher.constructor.name;
    for (const name of dispatcher.jobNames) {
      if (JOB_QUEUE[name] !== dispatcher.queueName) {
        problems.push(`${processor} handles "${name}" on queue "${dispatcher.queueName}", but that job is enqueued on "${JOB_QUEUE[name]}"`);
      }
      const other = handledBy.get(name);
      if (other) problems.push(`job "${name}" is handled by both ${other} and ${processor}`);
      handledBy.set(name, processor);
    }
  }
  for (const name of required) {
    if (!handledBy.has(name)) problems.push(`job "${name}" (queue "${JOB_QUEUE[name]}") has no handler`);
  }
  return problems;
}
