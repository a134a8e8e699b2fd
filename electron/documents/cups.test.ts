import { describe, expect, it } from 'vitest';
import { cupsError, listCupsPrinters, mediaFor, parsePrinters } from './cups';

describe('CUPS answers', () => {
  it('reads printers, their state, description and the default', () => {
    const states = [
      'printer HP_LaserJet is idle.  enabled since Sun 22 Nov 2026',
      '\tDescription: 礼堂 HP LaserJet',
      'printer Epson now printing Epson-12.  enabled since Sun 22 Nov 2026',
      'printer Borrowed disabled since Sun 22 Nov 2026 -',
      '\tPaused',
      'printer Refusing is idle.  enabled since Sun 22 Nov 2026',
    ].join('\n');
    const printers = parsePrinters(states, 'system default destination: Epson', 'Refusing not accepting requests since Sun 22 Nov 2026 -\n');
    expect(printers).toEqual([
      { name: 'HP_LaserJet', description: '礼堂 HP LaserJet', isDefault: false, status: 'idle' },
      { name: 'Epson', description: '', isDefault: true, status: 'printing' },
      { name: 'Borrowed', description: '', isDefault: false, status: 'disabled' },
      { name: 'Refusing', description: '', isDefault: false, status: 'disabled' },
    ]);
  });

  it('offers no printers where there is no spooler to ask', async () => {
    expect(await listCupsPrinters(() => Promise.reject(new Error('ENOENT')))).toEqual([]);
    expect(await listCupsPrinters(() => Promise.resolve({ code: 1, stdout: '', stderr: 'lpstat: Scheduler is not running.' }))).toEqual([]);
  });

  it('names the paper: A4 and A3 either way round, anything else by its size', () => {
    expect(mediaFor(297, 210)).toBe('A4');
    expect(mediaFor(209.9, 297)).toBe('A4');
    expect(mediaFor(297, 420)).toBe('A3');
    expect(mediaFor(260, 185)).toBe('Custom.260x185mm');
  });

  it('turns CUPS complaints into the bridge’s codes', () => {
    expect(cupsError('X', 'lp: The printer or class does not exist.').code).toBe('printer-not-found');
    expect(cupsError('X', 'lpstat: Invalid destination name in list "X".').code).toBe('printer-not-found');
    expect(cupsError('X', 'lp: Destination "X" is not accepting jobs.').code).toBe('print-refused');
    expect(cupsError('X', 'lp: Scheduler is not running.').code).toBe('printer-unreachable');
  });
});
