/**
 * The pipeline's Node flags (scripts/util/node-flags.ts): Node accepts them, and `npm run pipeline`
 * starts its process with them, as the build and the benchmark do.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PIPELINE_NODE_FLAGS, pipelineNodeArgs } from '../../../scripts/util/node-flags.js';

describe('the pipeline process flags', () => {
  test('Node starts with them (a misspelt V8 flag is refused) and they come before the script', () => {
    const run = spawnSync(process.execPath, [...PIPELINE_NODE_FLAGS, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(spawnSync(process.execPath, ['--max-semi-space-sise=64', '-e', '0']).status).not.toBe(0);
    expect(pipelineNodeArgs('scripts/build.ts', '--x')).toEqual([
      ...PIPELINE_NODE_FLAGS,
      '--import',
      'tsx',
      'scripts/build.ts',
      '--x',
    ]);
  });

  test('npm run pipeline uses them', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.pipeline).toBe(`node ${pipelineNodeArgs('scripts/build.ts').join(' ')}`);
  });
});
