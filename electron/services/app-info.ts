import type { AppInfo, Runtime } from '../../shared/bridge/app';

export interface AppInfoDeps {
  runtime: Runtime;
  productName: string;
  version: string;
  dataDir: string;
  platform?: string;
  arch?: string;
  versions?: NodeJS.ProcessVersions;
}

export function createAppInfo(deps: AppInfoDeps): () => Promise<AppInfo> {
  const versions = deps.versions ?? process.versions;
  const info: AppInfo = {
    productName: deps.productName,
    version: deps.version,
    dataDir: deps.dataDir,
    platform: deps.platform ?? process.platform,
    arch: deps.arch ?? process.arch,
    runtime: deps.runtime,
    versions: {
      node: versions.node,
      ...(versions.chrome ? { chrome: versions.chrome } : {}),
      ...(versions.electron ? { electron: versions.electron } : {}),
    },
  };
  return () => Promise.resolve(info);
}
