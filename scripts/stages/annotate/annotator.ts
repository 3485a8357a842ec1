/**
 * The annotator contract, in its own module so annotators do not import the pipeline that runs
 * them (scripts/pipeline.ts imports every annotator: importing its type back was a cycle).
 */
import type { Document } from '../../model/document.js';

/** An annotator rewrites documents; its `name` equals its export name so errors name the step. */
export interface Annotator {
  name: string;
  run(doc: Document): Document;
}
