/**
 * Where scripts/build.ts wrote its output (`.generated/`, or `$DJ_GENERATED_DIR`): the generated
 * MDX, corpus.json and the knowledge-base data that the site is built from.
 */

/** The generated-output directory, read from the environment at call time. */
export const generatedDir = (): string => process.env.DJ_GENERATED_DIR ?? '.generated';
