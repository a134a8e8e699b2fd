import { z } from 'zod';

/** A whole registry with its photos and scans; the same limit as any file the renderer hands over. */
export const maxBackupBytes = 256 * 1024 * 1024;

/** How many automatic backups the data folder keeps: one a day, two weeks back. */
export const keptAutomaticBackups = 14;

/**
 * Names of automatic backups: made by the main process from the time it stored them, so they sort
 * by age and can never name a path outside the backups folder.
 */
export const automaticBackupNameSchema = z.string().regex(/^alliance-desk-\d{8}T\d{6}\d{3}Z\.zip$/);

export const storeAutomaticRequestSchema = z
  .object({
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= maxBackupBytes, 'backup is empty or larger than 256 MB'),
  })
  .strict();

export const automaticBackupSchema = z.object({
  name: automaticBackupNameSchema,
  /** ISO time the backup was stored, read from its name. */
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>;

export const listAutomaticResponseSchema = z.object({ backups: z.array(automaticBackupSchema) });
export const readAutomaticRequestSchema = z.object({ name: automaticBackupNameSchema }).strict();
export const readAutomaticResponseSchema = z.object({ bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes') });

export const backupEndpoints = {
  /** Keeps the day's automatic backup in the data folder, keeping the newest 14. */
  storeAutomatic: { request: storeAutomaticRequestSchema, response: automaticBackupSchema },
  listAutomatic: { request: z.object({}).strict(), response: listAutomaticResponseSchema },
  readAutomatic: { request: readAutomaticRequestSchema, response: readAutomaticResponseSchema },
} as const;
