export declare function hanaminSheet(packageCss: string): string;
export declare function fontCoverage(fontsDir: string): Promise<Record<string, [number, number][]>>;
export declare function coverageModule(coverage: Record<string, [number, number][]>): string;
export declare function notoSheet(folder: 'noto-serif-sc' | 'noto-sans-sc', packageSheets: readonly string[]): string;
export declare function notoPackageSheets(folder: 'noto-serif-sc' | 'noto-sans-sc'): Promise<string[]>;
