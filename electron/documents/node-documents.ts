import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { prepareFontsDir } from './fonts-dir';
import type { PdfEngine } from './pdf-engine';

export interface NodeDocuments {
  /** The fonts folder, also served to the renderer's preview at /fonts/. */
  fontsDir: string;
  /** Chromium, started on the first document and kept open. */
  engine: () => Promise<PdfEngine>;
  close(): Promise<void>;
}

/** The PDF engine of browser mode: Chromium through playwright-core, with the bundled fonts. */
export async function createNodeDocuments(repoRoot: string): Promise<NodeDocuments> {
  const fontsDir = await prepareFontsDir(repoRoot);
  let opening: Promise<PdfEngine> | undefined;
  const engine = (): Promise<PdfEngine> => {
    opening ??= openChromiumPdfEngine({ fontsDir }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    fontsDir,
    engine,
    close: async () => {
      const current = opening;
      opening = undefined;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
