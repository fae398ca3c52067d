import { loadConfig } from '../../src/config/load-config.ts';
import { ensureResnetModel, type ResnetModelFiles } from '../../src/data/model/ensure-resnet-model.ts';
import type { ModelPrecision } from '../../src/data/model/resnet-model-source.ts';

/**
 * The installed model (built by `npm install`; rebuilt here only if missing or corrupt). fp32 unless
 * asked, so tests give the same results on every CPU whatever `auto` would choose there.
 */
export async function modelForTests(precision: ModelPrecision = 'fp32'): Promise<ResnetModelFiles> {
  const config = loadConfig();
  return ensureResnetModel({
    modelDirectory: config.modelDirectory,
    npmRegistry: config.npmRegistry,
    npmCache: config.npmCache,
    precision,
  });
}
