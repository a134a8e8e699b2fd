/**
 * Why a whole file cannot be imported. Each is named, not worded: the screen words it in the
 * user's language. Nothing has been written to the registry when one of these is thrown.
 */
export type ImportFileProblem = 'unsupported-type' | 'empty' | 'too-big' | 'unreadable' | 'no-header' | 'no-rows' | 'too-many-rows';

export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly fileName: string,
    /** The file's size for 'too-big', the number of data rows for 'too-many-rows'. */
    readonly amount?: number,
  ) {
    super(`Cannot import ${fileName}: ${problem}`);
    this.name = 'ImportFileError';
  }
}
