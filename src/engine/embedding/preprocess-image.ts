import sharp from 'sharp';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';

/** Side of the square network input. */
export const inputSize = 224;

/** Keras 'caffe' mode means, in BGR order. */
const caffeMeanBgr = [103.939, 116.779, 123.68] as const;

export interface PreprocessOptions {
  /** Shorter side after resizing, before the centre crop. */
  resizeShorterSide: number;
  /** Refuse images with more pixels than this (decompression bombs). */
  maxInputPixels: number;
}

export const defaultPreprocessOptions: PreprocessOptions = {
  resizeShorterSide: 256,
  maxInputPixels: 100_000_000,
};

/** An image decoded into the network's input layout, plus its original size. */
export interface PreprocessedImage {
  /** NCHW planes for one image: B, G, R, each 224×224, mean-subtracted. */
  tensor: Float32Array;
  width: number;
  height: number;
}

/** Codes of {@link ImageDecodeError}. */
export const imageDecodeErrorCodes = [
  'IMAGE_DECODE_FAILED',
  'IMAGE_EMPTY',
  'IMAGE_NOT_AN_IMAGE',
  'IMAGE_TOO_LARGE',
  'IMAGE_TRUNCATED',
] as const;
/** Raised for a file that is not a decodable image, or is too large; the message says which and why. */
export class ImageDecodeError extends TakumiError<ErrorCode<typeof imageDecodeErrorCodes>> {}

/**
 * Decodes and preprocesses one image exactly as Keras' ResNet-50 was trained ('caffe' mode): honour EXIF
 * orientation, RGB (alpha dropped, grey expanded), shorter side to 256 (bilinear), centre crop 224,
 * channels to BGR, subtract the ImageNet mean. Writes into `target` at `offset` when given, so a batch
 * tensor is filled without copies.
 */
export async function preprocessImage(
  input: Buffer,
  options: PreprocessOptions = defaultPreprocessOptions,
  target: Float32Array = new Float32Array(3 * inputSize * inputSize),
  offset = 0,
): Promise<PreprocessedImage> {
  if (input.byteLength === 0)
    throw new ImageDecodeError('IMAGE_EMPTY', 'The file is empty (0 bytes). Re-export or re-upload the photo.');
  let pixels: Buffer;
  let width: number;
  let height: number;
  try {
    // failOn 'truncated' rejects cut-off files instead of silently embedding a half-grey picture.
    const image = sharp(input, { limitInputPixels: options.maxInputPixels, failOn: 'truncated', sequentialRead: true });
    const metadata = await image.metadata();
    width = metadata.autoOrient?.width ?? metadata.width ?? 0;
    height = metadata.autoOrient?.height ?? metadata.height ?? 0;
    if (width * height > options.maxInputPixels) {
      throw new ImageDecodeError(
        'IMAGE_TOO_LARGE',
        `The image is ${width}×${height} pixels, over the limit of ${options.maxInputPixels.toLocaleString('en')} pixels. Downscale it before importing.`,
        { width, height },
      );
    }
    const scale = options.resizeShorterSide / Math.min(width, height);
    const resizedWidth = Math.max(inputSize, Math.round(width * scale));
    const resizedHeight = Math.max(inputSize, Math.round(height * scale));
    pixels = await image
      .autoOrient()
      .removeAlpha()
      .toColourspace('srgb')
      .resize(resizedWidth, resizedHeight, { fit: 'fill', kernel: 'linear' })
      .extract({
        left: Math.floor((resizedWidth - inputSize) / 2),
        top: Math.floor((resizedHeight - inputSize) / 2),
        width: inputSize,
        height: inputSize,
      })
      .raw({ depth: 'uchar' })
      .toBuffer();
  } catch (error) {
    if (error instanceof TakumiError) throw error;
    // libvips sometimes loses its message when several images fail at once ("Unknown error"), so a
    // JPEG without its end-of-image marker is named truncated from the bytes, not from the text.
    if (isJpegWithoutEnd(input)) {
      throw new ImageDecodeError(
        'IMAGE_TRUNCATED',
        'The image is truncated or corrupt. Re-export or re-upload the photo.',
        { reason: String(error) },
      );
    }
    throw describeSharpError(error);
  }
  const plane = inputSize * inputSize;
  if (pixels.byteLength !== plane * 3) {
    throw new ImageDecodeError(
      'IMAGE_DECODE_FAILED',
      `Decoding produced ${pixels.byteLength} bytes instead of ${plane * 3}; the image format is not supported.`,
    );
  }
  // RGB interleaved → planar B, G, R, minus the mean.
  for (let index = 0; index < plane; index += 1) {
    const source = index * 3;
    target[offset + index] = pixels[source + 2]! - caffeMeanBgr[0];
    target[offset + plane + index] = pixels[source + 1]! - caffeMeanBgr[1];
    target[offset + 2 * plane + index] = pixels[source]! - caffeMeanBgr[2];
  }
  return { tensor: target, width, height };
}

/** A JPEG (starts FF D8 FF) whose last bytes, ignoring trailing padding, hold no FF D9 end marker. */
function isJpegWithoutEnd(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  for (let index = tail.length - 2; index >= 0; index -= 1)
    if (tail[index] === 0xff && tail[index + 1] === 0xd9) return false;
  return true;
}

function describeSharpError(error: unknown): ImageDecodeError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new ImageDecodeError(
      'IMAGE_TOO_LARGE',
      'The image has more pixels than allowed (possible decompression bomb). Downscale it before importing.',
      { reason: message },
    );
  }
  if (/unsupported image format|bad seek|not a known file format/i.test(message)) {
    return new ImageDecodeError(
      'IMAGE_NOT_AN_IMAGE',
      'The file is not an image Takumi can read (JPEG, PNG, WebP, GIF, TIFF, AVIF/HEIF). Remove it or convert it.',
      { reason: message },
    );
  }
  if (/premature end|truncated|unexpected end|corrupt|invalid/i.test(message)) {
    return new ImageDecodeError(
      'IMAGE_TRUNCATED',
      'The image is truncated or corrupt. Re-export or re-upload the photo.',
      { reason: message },
    );
  }
  return new ImageDecodeError(
    'IMAGE_DECODE_FAILED',
    `The image could not be decoded (${message}). Re-export it as JPEG or PNG.`,
    { reason: message },
  );
}
