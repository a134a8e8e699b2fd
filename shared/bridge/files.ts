import { z } from 'zod';

/** The largest file the renderer may hand to the main process in one call (a few hundred licences as PDF). */
export const maxSaveBytes = 256 * 1024 * 1024;

/** A file name without any folder: the user picks the folder, the renderer only suggests a name. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name), 'file name must not contain / \\ : * ? " < > | or control characters')
  .refine((name) => name !== '.' && name !== '..', 'file name must not be . or ..');

export const saveAsRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxSaveBytes, 'file is larger than 256 MB'),
    mimeType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/).default('application/octet-stream'),
    filters: z
      .array(z.object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1) }))
      .max(10)
      .default([]),
  })
  .strict();

/** `downloading`: browser mode handed the bytes to the browser, which saves them where it saves downloads. */
export const saveAsResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string() }),
  z.object({ outcome: z.literal('downloading'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
]);

export type SaveAsRequest = z.output<typeof saveAsRequestSchema>;
export type SaveAsResult = z.output<typeof saveAsResultSchema>;
