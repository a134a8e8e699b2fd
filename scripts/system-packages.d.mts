export interface SystemPackage {
  name: string;
  /** A file the package installs, by which it is found. */
  file: string;
}
export declare function systemPackages(env?: Record<string, string | undefined>): SystemPackage[];
export declare function missingPackages(packages?: SystemPackage[], exists?: (file: string) => boolean): string[];
export declare function installCommands(missing: string[], who: { root: boolean; sudo: boolean }): string[][];
