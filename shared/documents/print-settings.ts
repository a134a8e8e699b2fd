import { z } from 'zod';

/** How this device prints at a ceremony (device settings, never synced: printers belong to the machine). */
export const printChoiceSchema = z.object({
  /** `dialog`: the system print dialog for each job; `silent`: straight to `printer`. */
  mode: z.enum(['dialog', 'silent']),
  printer: z.string().min(1).max(127).nullable(),
  copies: z.number().int().min(1).max(99),
});
export type PrintChoice = z.output<typeof printChoiceSchema>;
export const defaultPrintChoice: PrintChoice = { mode: 'dialog', printer: null, copies: 1 };

export const offsetSchema = z.object({ x: z.number().min(-50).max(50), y: z.number().min(-50).max(50) });
export type OffsetMm = z.output<typeof offsetSchema>;

/** Printer name → template id → how far everything must move so the print lands where the template says. */
export const calibrationSchema = z.record(z.string(), z.record(z.string(), offsetSchema));
export type Calibration = z.output<typeof calibrationSchema>;

export function offsetFor(calibration: Calibration | null | undefined, printer: string | null, templateId: string): OffsetMm {
  return (printer === null ? undefined : calibration?.[printer]?.[templateId]) ?? { x: 0, y: 0 };
}

export function withOffset(calibration: Calibration | null | undefined, printer: string, templateId: string, offset: OffsetMm): Calibration {
  const current = calibration ?? {};
  return { ...current, [printer]: { ...current[printer], [templateId]: offset } };
}

/** Event id → issued document ids in the order the user arranged for the ceremony. */
export const printOrderSchema = z.record(z.string(), z.array(z.string()).max(5000));
export type PrintOrders = z.output<typeof printOrderSchema>;
