/** Timing and memory helpers shared by the benchmark sections. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Timed<T> {
  result: T;
  wallMs: number;
  /** User + system CPU of the whole process (GC threads included) during the call. */
  cpuMs: number;
}

export function timed<T>(run: () => T): Timed<T> {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Needs `node --expose-gc`; without it the measurements only get noisier. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak resident set size of this process so far (VmHWM), in MiB. */
export function peakRssMiB(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

export function rssMiB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

export function machine(): { cpu: string; cores: number; memoryGiB: number; node: string; loadAverage: string } {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: load };
}

/** Sections print their figures as one line of JSON after this marker; run.ts collects them. */
export function report(figures: unknown): void {
  process.stdout.write(`RESULT ${JSON.stringify({ ...(figures as object), peakRssMiB: peakRssMiB(), load: machine().loadAverage })}\n`);
}
