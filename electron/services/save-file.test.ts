import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDialogSaver } from './save-file';
import { toDeskError } from './write-file';

const request = { suggestedName: '诊断信息.json', bytes: new TextEncoder().encode('{"ok":true}'), mimeType: 'application/json', filters: [] };

describe('files.saveAs in the desktop app', () => {
  it('writes the bytes where the user chose, and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-save-'));
    const showSaveDialog = vi.fn((options: { defaultPath: string }) => Promise.resolve({ canceled: false, filePath: join(dir, `chosen-${options.defaultPath.split('/').pop() ?? ''}`) }));
    const save = createDialogSaver({ showSaveDialog, defaultDir: '/home/office/Documents', joinPath: join });
    const result = await save(request);
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/home/office/Documents/诊断信息.json', filters: [{ name: 'JSON', extensions: ['json'] }] });
    expect(result).toEqual({ outcome: 'saved', path: join(dir, 'chosen-诊断信息.json') });
    expect(await readFile(join(dir, 'chosen-诊断信息.json'), 'utf8')).toBe('{"ok":true}');
    expect(await readdir(dir)).toEqual(['chosen-诊断信息.json']);
  });

  it('writes nothing when the user cancels', async () => {
    const save = createDialogSaver({ showSaveDialog: () => Promise.resolve({ canceled: true }), defaultDir: '/tmp', joinPath: join });
    expect(await save(request)).toEqual({ outcome: 'cancelled' });
  });

  it('reports a missing folder as a write failure', async () => {
    const save = createDialogSaver({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/nonexistent-folder/a.json' }), defaultDir: '/tmp', joinPath: join });
    await expect(save(request)).rejects.toMatchObject({ code: 'io-failed' });
  });

  it('names a full disk and a refused folder', () => {
    const error = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });
    expect(toDeskError(error('ENOSPC'), '/x').code).toBe('disk-full');
    expect(toDeskError(error('EACCES'), '/x').code).toBe('not-permitted');
    expect(toDeskError(error('EROFS'), '/x').code).toBe('not-permitted');
    expect(toDeskError(error('EIO'), '/x').code).toBe('io-failed');
  });
});
