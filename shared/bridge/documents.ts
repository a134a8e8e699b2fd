import { z } from 'zod';
import { fileNameSchema, saveAsResultSchema } from './files';

/**
 * Documents cross the bridge as the HTML of shared/documents/render-html.ts: the main process
 * renders exactly what the preview showed. 500 licences are about 1.5 MB of HTML.
 */
export const maxDocumentHtmlChars = 64 * 1024 * 1024;
export const documentHtmlSchema = z.string().min(1).max(maxDocumentHtmlChars);

/** A printer name as CUPS and Windows spell them: no path separators or control characters. */
export const printerNameSchema = z
  .string()
  .min(1)
  .max(127)
  .refine((name) => !/[\p{Cc}/\\#]/u.test(name) && !name.startsWith('-'), 'not a printer name');

/**
 * Chosen by the renderer for one export or print, so it can ask how far the batch has got
 * (`documents.progress`) while the request is still being answered.
 */
export const renderJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a job id');

export const exportPdfRequestSchema = z.object({ html: documentHtmlSchema, suggestedName: fileNameSchema, jobId: renderJobIdSchema.optional() }).strict();
/** Electron: saved where the user chose; browser mode: handed to the browser as a download. */
export const exportPdfResultSchema = saveAsResultSchema;

export const exportPdfFilesRequestSchema = z
  .object({
    html: documentHtmlSchema,
    /** One per page of the rendered HTML, in order: e.g. `LSZZ-2026-017 某某职业学院.pdf`. */
    fileNames: z
      .array(fileNameSchema)
      .min(1)
      .max(5000)
      .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, 'file names must differ'),
    /** The zip's name in browser mode and the folder suggested in the desktop app, e.g. `成员单位证书-2026-11-12`. */
    batchName: fileNameSchema.default('documents'),
    jobId: renderJobIdSchema.optional(),
  })
  .strict();
export const exportPdfFilesResultSchema = z.discriminatedUnion('outcome', [
  /** Electron: one PDF per document written into the folder the user picked. */
  z.object({ outcome: z.literal('saved'), folder: z.string(), count: z.number().int() }),
  /** Browser mode: one zip of the PDFs, handed to the browser as a download. */
  z.object({ outcome: z.literal('downloading'), fileName: z.string(), count: z.number().int() }),
  z.object({ outcome: z.literal('cancelled') }),
]);

export const printRequestSchema = z
  .object({
    html: documentHtmlSchema,
    /** Required for silent printing; with `dialog` the system dialog starts on it when given. */
    printer: printerNameSchema.optional(),
    copies: z.number().int().min(1).max(99).default(1),
    /** true: the operating system's print dialog (the user may change printer, copies, or cancel). */
    dialog: z.boolean().default(false),
    /** Shown in the printer's queue, e.g. `LSZZ-2026-017 某某职业学院`. */
    jobTitle: z.string().max(200).optional(),
    jobId: renderJobIdSchema.optional(),
  })
  .strict()
  .refine((request) => request.dialog || request.printer !== undefined, { message: 'silent printing needs a printer', path: ['printer'] });
export const printResultSchema = z.discriminatedUnion('outcome', [
  /** Accepted by the spooler (`jobId` from CUPS) or by the system dialog. */
  z.object({ outcome: z.literal('sent'), printer: z.string(), jobId: z.string().optional(), pages: z.number().int() }),
  z.object({ outcome: z.literal('cancelled') }),
]);

export const printerSchema = z.object({
  name: printerNameSchema,
  description: z.string(),
  isDefault: z.boolean(),
  /** `disabled`: the queue exists but refuses jobs (paused, unplugged). */
  status: z.enum(['idle', 'printing', 'disabled', 'unknown']),
});
export const listPrintersResultSchema = z.object({
  printers: z.array(printerSchema),
  /** Whether the system print dialog can be offered (the desktop app; in browser mode the renderer prints its preview frame). */
  systemDialog: z.boolean(),
});

export const renderProgressRequestSchema = z.object({ jobId: renderJobIdSchema }).strict();
/** Documents of the job laid out so far, of all it holds; a job not (or no longer) known is 0 of 0. */
export const renderProgressSchema = z.object({ done: z.number().int().min(0), total: z.number().int().min(0) });

export type ExportPdfRequest = z.output<typeof exportPdfRequestSchema>;
export type ExportPdfFilesRequest = z.output<typeof exportPdfFilesRequestSchema>;
export type ExportPdfFilesResult = z.output<typeof exportPdfFilesResultSchema>;
export type PrintRequest = z.output<typeof printRequestSchema>;
export type PrintResult = z.output<typeof printResultSchema>;
export type Printer = z.output<typeof printerSchema>;
export type ListPrintersResult = z.output<typeof listPrintersResultSchema>;
export type RenderProgressRequest = z.output<typeof renderProgressRequestSchema>;
export type RenderProgressResult = z.output<typeof renderProgressSchema>;
