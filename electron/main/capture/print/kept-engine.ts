/**
 * One OCR engine kept between the files a thread reads one after the other (a batch of scans,
 * a folder dropped on the window): starting an engine compiles the WebAssembly core and warms
 * it up, some 1 s of CPU, more than reading a short article. The next file switches it to its
 * own languages. An engine that loaded a language whose settings outlast a switch (jpn,
 * chi_sim: see model-config.ts) is not kept: the next file would read with them (lemonde-1
 * after it-porto's language pass was read in English). The engine goes when the thread
 * goes, or when it is let go ({@link closeKeptEngine}). The print worker thread keeps one (worker.ts); a caller
 * reading inline keeps none unless it asks, since the engine's own thread would keep the
 * process alive.
 */
import { createOcrEngine, type OcrEngine } from './ocr';

let kept: { engine: OcrEngine; userDir: string | null } | null = null;

/** An engine reading `codes`: the kept one (switched to them) when it is there, for the same data folder, and its models unchanged. */
export async function startKeptEngine(codes: string[], userDir: string | null): Promise<OcrEngine> {
  const found = kept;
  kept = null;
  if (found && found.userDir === userDir && !found.engine.carries && (await found.engine.unchanged())) {
    try {
      await found.engine.use(codes);
      return found.engine;
    } catch (err) {
      await found.engine.close();
      throw err;
    }
  }
  await found?.engine.close();
  return createOcrEngine(codes, userDir);
}

/** Keeps `engine` for the next file (closing the one kept before, if another); one carrying settings is closed. */
export async function keepEngine(engine: OcrEngine, userDir: string | null): Promise<void> {
  if (engine.carries) {
    await engine.close();
    return;
  }
  const before = kept;
  kept = { engine, userDir };
  if (before && before.engine !== engine) await before.engine.close();
}

/** Closes the kept engine, if there is one. */
export async function closeKeptEngine(): Promise<void> {
  const found = kept;
  kept = null;
  await found?.engine.close();
}
