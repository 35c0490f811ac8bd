/**
 * One OCR engine kept between the files a thread reads one after the other (a batch of scans,
 * a folder dropped on the window): starting an engine compiles the WebAssembly core and warms
 * it up, some 1 s of CPU, more than reading a short article. Only an engine that never switched
 * languages is kept, and taken only by a file whose first reading is in those languages (a
 * switch leaves a language's settings behind, and the next file would read a little
 * differently: lemonde-1 after it-porto was read in English). The engine goes when the thread
 * goes, or when it is let go ({@link closeKeptEngine}). The print worker thread keeps one (worker.ts); a caller
 * reading inline keeps none unless it asks, since the engine's own thread would keep the
 * process alive.
 */
import { createOcrEngine, type OcrEngine } from './ocr';

let kept: { engine: OcrEngine; userDir: string | null } | null = null;

/** An engine reading `codes`: the kept one when it is there, for the same data folder, and its models unchanged. */
export async function startKeptEngine(codes: string[], userDir: string | null): Promise<OcrEngine> {
  const found = kept;
  kept = null;
  // Only an engine that never switched languages, asked for the same ones: it reads as a new one would.
  if (found && found.userDir === userDir && found.engine.langs.join('+') === codes.join('+') && (await found.engine.unchanged())) return found.engine;
  await found?.engine.close();
  return createOcrEngine(codes, userDir);
}

/** Keeps `engine` for the next file (closing the one kept before, if another). */
export async function keepEngine(engine: OcrEngine, userDir: string | null): Promise<void> {
  if (engine.switched) {
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
