import { execFile } from 'node:child_process';
import type { Printer } from '../../shared/bridge/documents';
import { DeskError } from '../../shared/bridge/result';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}
/** Runs a CUPS client command; never rejects for a non-zero exit, only when the command is missing. */
export type RunCommand = (command: string, args: readonly string[]) => Promise<CommandResult>;

/** English, whatever the user's locale: the messages are parsed. */
export const runCommand: RunCommand = (command, args) =>
  new Promise((resolve, reject) => {
    execFile(command, [...args], { env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code === 'string') {
        reject(new DeskError('printer-unreachable', `${command} could not run (${error.code}): is CUPS installed?`));
        return;
      }
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

/** `lpstat -p` (states), `-l` (descriptions) and `-d` (the default), parsed into the bridge's printers. */
export function parsePrinters(lpstatPl: string, lpstatD: string, lpstatA: string): Printer[] {
  const defaultName = /system default destination:\s*(\S+)/.exec(lpstatD)?.[1];
  const refusing = new Set([...lpstatA.matchAll(/^(\S+) not accepting requests/gm)].map((match) => match[1]));
  const printers: Printer[] = [];
  let current: Printer | undefined;
  for (const line of lpstatPl.split('\n')) {
    const head = /^printer (\S+) (.*)$/.exec(line);
    if (head) {
      const [, name = '', state = ''] = head;
      const status = /disabled/.test(state) ? 'disabled' : /now printing/.test(state) ? 'printing' : /is idle/.test(state) ? 'idle' : 'unknown';
      current = { name, description: '', isDefault: name === defaultName, status: refusing.has(name) ? 'disabled' : status };
      printers.push(current);
      continue;
    }
    const description = /^\s+Description:\s*(.*)$/.exec(line);
    if (description && current) current.description = description[1] ?? '';
  }
  return printers;
}

/** The printers CUPS knows on this machine (Linux, macOS); none when the spooler is not running. */
export async function listCupsPrinters(run: RunCommand = runCommand): Promise<Printer[]> {
  // No lpstat at all (Windows in browser mode): no printers to offer, only the browser's dialog.
  const answers = await Promise.all([run('lpstat', ['-l', '-p']), run('lpstat', ['-d']), run('lpstat', ['-a'])]).catch(() => undefined);
  if (!answers) return [];
  const [states, defaults, accepting] = answers;
  if (states.code !== 0) return [];
  return parsePrinters(states.stdout, defaults.stdout, accepting.stdout);
}

/** Turns lp/lpstat's complaints into the bridge's error codes, keeping CUPS's words for the log. */
export function cupsError(printer: string, output: string): DeskError {
  const text = output.trim();
  if (/does not exist|Invalid destination name|Unknown destination|not found/i.test(text)) {
    return new DeskError('printer-not-found', `No printer named ${printer}: ${text}`);
  }
  if (/not accepting|refus/i.test(text)) return new DeskError('print-refused', `${printer} is not accepting jobs: ${text}`);
  if (/scheduler is not running|Unable to connect|connection refused|server-error/i.test(text)) {
    return new DeskError('printer-unreachable', `The print spooler cannot be reached: ${text}`);
  }
  return new DeskError('print-refused', `${printer} did not take the job: ${text || 'no reason given'}`);
}

/**
 * Checked before anything is sent: a paused or switched-off queue would hold the job and print it
 * later, perhaps after the user reprinted it elsewhere; a refusing one would drop it.
 */
export async function assertPrinterReady(printer: string, run: RunCommand = runCommand): Promise<void> {
  const state = await run('lpstat', ['-p', printer]);
  if (state.code !== 0) throw cupsError(printer, `${state.stderr}${state.stdout}`);
  if (/disabled/.test(state.stdout)) {
    const reason = state.stdout.split('\n').slice(1).join(' ').trim();
    throw new DeskError('printer-unreachable', `${printer} is paused or unreachable${reason ? `: ${reason}` : ''}`);
  }
  const accepting = await run('lpstat', ['-a', printer]);
  if (/not accepting/.test(accepting.stdout)) throw cupsError(printer, accepting.stdout);
}

/** `media=` for lp: the named paper when the page is A4 or A3 either way round (CUPS rotates it), else the exact size. */
export function mediaFor(widthMm: number, heightMm: number): string {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1.5;
  const [short, long] = widthMm < heightMm ? [widthMm, heightMm] : [heightMm, widthMm];
  if (near(short, 210) && near(long, 297)) return 'A4';
  if (near(short, 297) && near(long, 420)) return 'A3';
  return `Custom.${String(Math.round(widthMm))}x${String(Math.round(heightMm))}mm`;
}

export interface LpJob {
  printer: string;
  file: string;
  copies: number;
  media: string;
  title?: string;
}

/** Spools a PDF file with `lp`; answers the job id CUPS gave it. */
export async function submitToLp(job: LpJob, run: RunCommand = runCommand): Promise<string> {
  // print-scaling=none: 100 %, never shrunk to the printable area, so calibration offsets hold on pre-printed stock.
  const args = ['-d', job.printer, '-n', String(job.copies), '-o', `media=${job.media}`, '-o', 'print-scaling=none', ...(job.title ? ['-t', job.title] : []), '--', job.file];
  const answer = await run('lp', args);
  if (answer.code !== 0) throw cupsError(job.printer, `${answer.stderr}${answer.stdout}`);
  const id = /request id is (\S+)/.exec(answer.stdout)?.[1];
  if (!id) throw new DeskError('print-refused', `lp gave no job id: ${answer.stdout.trim()}`);
  return id;
}

/**
 * Waits until CUPS reports the job completed, or the queue stops on it (a printer that went away:
 * CUPS's default error policy stops the queue). Still pending after the timeout counts as sent.
 */
export async function waitForJob(printer: string, jobId: string, timeoutMs: number, run: RunCommand = runCommand): Promise<'completed' | 'pending'> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const completed = await run('lpstat', ['-W', 'completed', '-o', printer]);
    if (new RegExp(`^${jobId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`, 'm').test(completed.stdout)) return 'completed';
    const state = await run('lpstat', ['-p', printer]);
    if (/disabled/.test(state.stdout)) {
      await run('cancel', [jobId]);
      throw new DeskError('printer-unreachable', `${printer} stopped while printing ${jobId}: ${state.stdout.split('\n').slice(1).join(' ').trim()}`);
    }
    if (Date.now() > deadline) return 'pending';
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
