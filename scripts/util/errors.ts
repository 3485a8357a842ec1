/**
 * The one error type the pipeline throws for bad input: it names the file and line so a user can
 * fix their source or manifest, and the build prints it without a stack trace.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    /** Path as the user knows it, e.g. `content/sources/foo.txt` or `content/manifest.yaml`. */
    readonly file: string,
    /** 1-based line, or undefined when the problem concerns the whole file. */
    readonly line: number | undefined,
    readonly detail: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}${hint ? `\n  hint: ${hint}` : ''}`);
  }
}

/**
 * A source file as the user knows it, for error messages: `foo.txt` → `content/sources/foo.txt`,
 * or inside the folder `DJ_SOURCES_DIR` names when a build reads its sources from elsewhere (a
 * private corpus, a test's fixtures), so that the message points at the file that is wrong.
 */
export const sourceFilePath = (file: string): string =>
  `${(process.env.DJ_SOURCES_DIR || 'content/sources').replace(/\/+$/, '')}/${file}`;

/** True for errors that describe bad input rather than a bug in the pipeline. */
export const isSourceError = (e: unknown): e is SourceError => e instanceof SourceError;
