/**
 * Every reading uses exactly the settings of its own languages. A model's config may set
 * Tesseract parameters that are process-wide (jpn and chi_sim set edges_children_count_limit,
 * textord_force_make_prop_words, …): switched inside one tesseract.js worker, those would stay
 * for the next language. Real tesseract.js: the engine's whole parameter table (as Tesseract
 * writes it out when it loads languages) is compared with a new engine's.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Gray } from '../../../../electron/main/capture/print/gray';
import { closeKeptEngine, keepEngine, startKeptEngine } from '../../../../electron/main/capture/print/kept-engine';
import { chooseLanguages } from '../../../../electron/main/capture/print/languages';
import { carriesSettings, modelConfig } from '../../../../electron/main/capture/print/model-config';
import { createOcrEngine, findLanguageData, type OcrEngine } from '../../../../electron/main/capture/print/ocr';
import { typesetPage } from './typeset';

/** The parameters on which `engine` and a new engine for its languages disagree ("name: this vs new"). */
async function differences(engine: OcrEngine): Promise<string[]> {
  const fresh = await createOcrEngine(engine.langs);
  try {
    const want = await fresh.settings();
    const have = await engine.settings();
    expect(want.size).toBeGreaterThan(300);
    return [...want].filter(([name, value]) => have.get(name) !== value).map(([name, value]) => `${name}: ${have.get(name)} vs ${value}`);
  } finally {
    await fresh.close();
  }
}


/** Lines of Arabic type on a white page (Noto Naskh Arabic, which ships with Cuttings for dossiers). */
function arabicPage(): Gray {
  const lines = ['أعلنت وزارة النقل اليوم عن افتتاح خط جديد للعبارات', 'يربط الجزيرة بالبر الرئيسي بعد أحد عشر أسبوعا من الإصلاحات', 'وقال المسؤولون إن الرحلات ستعود إلى جدولها المعتاد', 'ابتداء من الأسبوع المقبل في جميع المواسم'];
  return typesetPage(lines, { font: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf', size: 36, width: 1400, lineHeight: 64, top: 80, bottom: 0, x: 1360, align: 'right' });
}

describe('OCR settings across a language switch', () => {
  it('reads the configs inside the models: jpn and chi_sim set process-wide parameters, ita and ara only their own', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-model-config-'));
    const model = async (code: string): Promise<{ config: Map<string, string>; carries: boolean }> => {
      const found = findLanguageData(code);
      const file = path.join(dir, `${code}.traineddata`);
      await writeFile(file, gunzipSync(await readFile(found?.file ?? '')));
      return { config: await modelConfig(file), carries: await carriesSettings(file, `test:${code}`) };
    };
    try {
      const jpn = await model('jpn');
      expect(jpn).toMatchObject({ carries: true });
      expect(jpn.config.get('edges_children_count_limit')).toBe('1000');
      const chi = await model('chi_sim');
      expect(chi).toMatchObject({ carries: true });
      expect(chi.config.get('textord_force_make_prop_words')).toBe('T');
      const ita = await model('ita');
      expect(ita).toMatchObject({ carries: false });
      expect(ita.config.get('user_words_suffix')).toBe('special-words');
      expect((await model('ara')).carries).toBe(false);
      expect(await model('eng')).toEqual({ config: new Map(), carries: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads English after Japanese, Chinese, Italian, Arabic or German exactly as a new English engine does', async () => {
    for (const [before, restarts] of [['jpn', 1], ['chi_sim', 1], ['ita', 0], ['ara', 0], ['deu', 0]] as const) {
      const engine = await createOcrEngine([before]);
      try {
        await engine.use(['eng']);
        expect({ before, differences: await differences(engine) }).toEqual({ before, differences: [] });
        // Only a language that set process-wide parameters costs a new worker.
        expect({ before, restarts: engine.restarts }).toEqual({ before, restarts });
        expect(engine.carries).toBe(false);
      } finally {
        await engine.close();
      }
    }
  }, 300_000);

  it('reads a page whose language pass tried Japanese with the chosen language only, and does not keep that engine for the next file', async () => {
    const choice = await chooseLanguages(arabicPage(), [], [], null);
    try {
      expect(choice.tried).toContainEqual(['jpn']);
      expect(choice.codes).toEqual(['ara']);
      expect(choice.engine.restarts).toBeGreaterThanOrEqual(1);
      expect(await differences(choice.engine)).toEqual([]);
      // A Japanese model's settings would outlast the switch to the next file's language: not kept.
      await choice.engine.use(['jpn']);
      expect(choice.engine.carries).toBe(true);
      await keepEngine(choice.engine, null);
      const next = await startKeptEngine(['eng'], null);
      expect(next).not.toBe(choice.engine);
      expect(await differences(next)).toEqual([]);
      // An engine that read only languages without such settings is taken, switched, and reads as new.
      await keepEngine(next, null);
      const third = await startKeptEngine(['fra'], null);
      expect(third).toBe(next);
      expect(await differences(third)).toEqual([]);
      await keepEngine(third, null);
    } finally {
      await choice.engine.close().catch(() => undefined);
      await closeKeptEngine();
    }
  }, 300_000);
});
