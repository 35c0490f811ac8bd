/**
 * What a language model's own config sets, and whether any of it outlasts the engine's switch
 * to another language. A `.traineddata` file may carry a config (its component 0) that Tesseract
 * applies when it loads the language. Most of those settings belong to the Tesseract API that
 * loaded them, and a switch (a new API in the same WebAssembly module) starts from the
 * defaults again. Others are process-wide variables (Tesseract's `*_VAR` parameters, the
 * `edges_*` and many `textord_*` ones): set once, they stay for every later language of that
 * engine. jpn and chi_sim set five of them (edges_children_count_limit 45 → 1000,
 * textord_force_make_prop_words, …), so a page read in English after a Japanese attempt would
 * be read with Japanese blob and word rules.
 */
import { open } from 'node:fs/promises';

/**
 * Parameters that live in the Tesseract API itself (`*_MEMBER` and `*_INIT_MEMBER` in
 * Tesseract's source): a switch of languages resets them. The bundled models' configs (ita,
 * ara, chi_sim, jpn) set these and a few process-wide ones. A setting not listed here is
 * taken as process-wide: an engine that loaded it is not switched again but started anew.
 */
const PER_API = new Set([
  'allow_blob_division', 'assume_fixed_pitch_char_segment', 'chop_enable', 'classify_integer_matcher_multiplier',
  'language_model_ngram_nonmatch_score', 'language_model_ngram_on', 'language_model_ngram_scale_factor',
  'language_model_ngram_space_delimited_language', 'language_model_use_sigmoidal_certainty',
  'segment_nonalphabetic_script', 'segment_penalty_dict_nonword', 'segment_penalty_garbage', 'segsearch_max_char_wh_ratio',
  'stopper_nondict_certainty_base', 'tessedit_char_blacklist', 'tessedit_load_sublangs', 'tessedit_ocr_engine_mode',
  'textord_max_noise_size', 'textord_no_rejects', 'textord_noise_normratio', 'textord_noise_rejwords', 'textord_noise_rowratio',
  'textord_noise_sizelimit', 'textord_noise_syfract', 'textord_single_height_mode', 'textord_tabfind_aligned_gap_fraction',
  'textord_tabfind_vertical_text_ratio', 'textord_use_cjk_fp_model', 'tosp_force_wordbreak_on_punct', 'tosp_old_sp_kn_th_factor',
  'tosp_old_to_constrain_sp_kn', 'tosp_old_to_method', 'tosp_only_small_gaps_for_kern', 'tosp_use_pre_chopping', 'user_words_suffix',
]);

/** Entries a traineddata header lists at most (Tesseract has 24 kinds of component). */
const MAX_ENTRIES = 64;

/** The settings (name → value) of the config inside an unpacked `.traineddata` file; none when it has no config. */
export async function modelConfig(file: string): Promise<Map<string, string>> {
  const settings = new Map<string, string>();
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(4 + 8 * MAX_ENTRIES);
    await handle.read(head, 0, head.length, 0);
    const entries = head.readInt32LE(0);
    if (entries < 1 || entries > MAX_ENTRIES) return settings;
    const offsets = Array.from({ length: entries }, (_, i) => Number(head.readBigInt64LE(4 + 8 * i)));
    const start = offsets[0] ?? -1;
    if (start < 0) return settings;
    const end = Math.min(size, ...offsets.filter((o) => o > start));
    const text = Buffer.alloc(Math.max(0, end - start));
    await handle.read(text, 0, text.length, start);
    for (const line of text.toString('utf8').split('\n')) {
      const m = /^\s*([A-Za-z_][\w]*)\s+(\S.*?)\s*$/.exec(line);
      if (m?.[1] && m[2] !== undefined) settings.set(m[1], m[2]);
    }
    return settings;
  } finally {
    await handle.close();
  }
}

const known = new Map<string, boolean>();

/**
 * Whether the model in `file` sets a process-wide parameter when loaded (a setting an engine
 * keeps through a switch to another language). `key` names this version of the file.
 */
export async function carriesSettings(file: string, key: string): Promise<boolean> {
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const carries = [...(await modelConfig(file)).keys()].some((name) => !PER_API.has(name));
  known.set(key, carries);
  return carries;
}
