import type { AppInfo, Runtime } from '../../shared/bridge/app';

export interface AppInfoDeps {
  runtime: Runtime;
  productName: string;
  version: string;
  dataDir: string;
  platform?: string;
  arch?: string;
  versions?: NodeJS.ProcessVersions;
  /** Read at each call: browser mode learns it once it listens (see AppInfo.registryElsewhere). */
  registryElsewhere?: () => AppInfo['registryElsewhere'];
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
  return () => {
    const elsewhere = deps.registryElsewhere?.();
    return Promise.resolve(elsewhere ? { ...info, registryElsewhere: elsewhere } : info);
  };
}
