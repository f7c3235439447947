import { readFile } from 'node:fs/promises';
import onnxProto from 'onnx-proto';
import { writeFileAtomic } from '../../storage/atomic.ts';

/** The ONNX protobuf schema (generated protobufjs classes shipped by the `onnx-proto` package). */
export const onnx = onnxProto.onnx;

/** A decoded ONNX model. */
export type ModelProto = onnxProto.onnx.IModelProto;
/** A decoded ONNX graph (the main graph or an `If` branch). */
export type GraphProto = onnxProto.onnx.IGraphProto;
/** A decoded ONNX node. */
export type NodeProto = onnxProto.onnx.INodeProto;
/** A decoded ONNX value description (graph input or output). */
export type ValueInfoProto = onnxProto.onnx.IValueInfoProto;
/** A decoded ONNX tensor (initializer or constant). */
export type TensorProto = onnxProto.onnx.ITensorProto;
/** A decoded ONNX node attribute. */
export type AttributeProto = onnxProto.onnx.IAttributeProto;

/** Decode an ONNX model from bytes. */
export function decodeModel(bytes: Uint8Array): ModelProto {
  return onnx.ModelProto.decode(bytes);
}

/** Encode an ONNX model to bytes. */
export function encodeModel(model: ModelProto): Uint8Array {
  return onnx.ModelProto.encode(model).finish();
}

/** Read and decode an ONNX file. */
export async function readModel(file: string): Promise<ModelProto> {
  return decodeModel(await readFile(file));
}

/** Encode and atomically write an ONNX model. */
export async function writeModel(file: string, model: ModelProto): Promise<void> {
  await writeFileAtomic(file, encodeModel(model));
}
