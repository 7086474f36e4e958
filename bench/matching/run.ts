/**
 * Runs every benchmark section in its own process (so each peak-memory figure is its own), each
 * section twice by default (the machine is shared: other helpers run tests at the same time),
 * and writes bench/matching/RESULTS.md and bench/matching/results.json.
 *
 *   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register bench/matching/run.ts [--runs 2] [--only dense-uniform,national] [--no-lsa]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine } from './measure';
import { renderResults, type SectionRuns } from './render';

interface Section {
  name: string;
  file: string;
  args: (run: number) => string[];
}

const withLsa = !process.argv.includes('--no-lsa');
const SECTIONS: Section[] = [
  { name: 'correctness', file: 'correctness.ts', args: () => [] },
  // linear-sum-assignment takes minutes on 5,000 × 5,000: it runs in the first round only.
  { name: 'dense-uniform', file: 'dense.ts', args: (run) => ['uniform', ...(withLsa && run === 1 ? ['--with-lsa'] : [])] },
  { name: 'dense-ties', file: 'dense.ts', args: (run) => ['ties', ...(withLsa && run === 1 ? ['--with-lsa'] : [])] },
  { name: 'national', file: 'national.ts', args: () => [] },
  { name: 'slice', file: 'slice.ts', args: () => [] },
  { name: 'resolve', file: 'resolve.ts', args: () => [] },
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const runs = Number(option('--runs') ?? 2);
const only = option('--only')?.split(',');
const here = __dirname;
const startedAt = new Date();
const machineAtStart = machine();
// With --only, the other sections keep their figures from the previous results.json.
const previous = join(here, 'results.json');
const results: SectionRuns = only && existsSync(previous) ? (JSON.parse(readFileSync(previous, 'utf8')) as { results: SectionRuns }).results : {};
for (const name of only ?? []) delete results[name];

for (let run = 1; run <= runs; run++) {
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--expose-gc', '-r', '@swc-node/register', join(here, 'sections', section.file), ...section.args(run)], {
      cwd: join(here, '..', '..'),
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const line = child.stdout.split('\n').find((text) => text.startsWith('RESULT '));
    if (child.status !== 0 || !line) {
      process.stderr.write(`${section.name} run ${run} failed (${child.status}):\n${child.stderr}\n`);
      process.exit(1);
    }
    (results[section.name] ??= []).push(JSON.parse(line.slice('RESULT '.length)));
    process.stdout.write(`${section.name} run ${run}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

const meta = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine: machineAtStart, loadAtEnd: machine().loadAverage, runs };
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ meta, results }, null, 2)}\n`);
writeFileSync(join(here, 'RESULTS.md'), renderResults(meta, results));
process.stdout.write('wrote bench/matching/RESULTS.md\n');
