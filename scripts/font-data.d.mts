export declare function hanaminSheet(packageCss: string): string;
export declare function fontCoverage(fontsDir: string): Promise<Record<string, [number, number][]>>;
export declare function coverageModule(coverage: Record<string, [number, number][]>): string;
