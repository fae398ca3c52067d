/** The parts of a tfjs "layers-model" model.json that the converter reads. */
export interface KerasModelJson {
  format?: string;
  modelTopology: {
    keras_version?: string;
    model_config: {
      class_name: string;
      config: {
        layers: KerasLayer[];
        input_layers: [string, number, number][];
        output_layers: [string, number, number][];
      };
    };
  };
  weightsManifest: { paths: string[]; weights: KerasWeightSpec[] }[];
}

export interface KerasLayer {
  name: string;
  class_name: string;
  config: Record<string, unknown>;
  /** Keras functional-API inbound nodes: [[[layerName, nodeIndex, tensorIndex, kwargs], …]]. */
  inbound_nodes: [string, number, number, unknown][][];
}

export interface KerasWeightSpec {
  name: string;
  shape: number[];
  dtype: string;
}
