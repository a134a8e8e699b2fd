import { z } from 'zod';
import { localeSchema } from '../i18n/locale';

export const runtimeSchema = z.enum(['electron', 'browser']);
export type Runtime = z.infer<typeof runtimeSchema>;

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  /** Where this installation keeps its backups and settings of the main process. */
  dataDir: z.string(),
  platform: z.string(),
  arch: z.string(),
  runtime: runtimeSchema,
  versions: z.object({ node: z.string(), chrome: z.string().optional(), electron: z.string().optional() }),
  /**
   * Browser mode only: the address this data folder was last served on, when this start's is
   * another. The browser keeps the registry per address, so the registry is there, not here.
   */
  registryElsewhere: z.object({ origin: z.string(), lastStartedAt: z.string() }).optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const setLocaleRequestSchema = z.object({ locale: localeSchema }).strict();
