/**
 * The Node flags of the pipeline's process (`npm run pipeline`, the build's first step, the
 * benchmark's pipeline runs). V8 reads heap sizes when the process starts, so they are given on the
 * command line, not set from inside.
 *
 * A 64 MB young generation instead of the default 16 MB: the pipeline keeps most of what it
 * allocates (every document, its marks and keyword vectors) until it emits, so each scavenge of a
 * small young generation copies many survivors. Measured with `--trace-gc` on the ×100 corpus:
 * 837 scavenges taking 4.5–5.2 s with the default, 309 taking 2.9 s with 64 MB, for about 80 MB
 * more peak RSS (larger sizes gained little more). package.json's `pipeline` script repeats them
 * (tests/unit/util/node-flags.test.ts checks it).
 */
export const PIPELINE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** The arguments of `node` for running a TypeScript script of this repository. */
export const tsxNodeArgs = (script: string, ...args: string[]): string[] => ['--import', 'tsx', script, ...args];

/** The arguments of `node` for running a TypeScript script of this repository as the pipeline runs. */
export const pipelineNodeArgs = (script: string, ...args: string[]): string[] => [
  ...PIPELINE_NODE_FLAGS,
  ...tsxNodeArgs(script, ...args),
];
