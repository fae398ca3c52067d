import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageDecodeError, inputSize, preprocessImage } from '../../../src/engine/embedding/preprocess-image.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { oversizedPng } from '../../support/oversized-png.ts';

const plane = inputSize * inputSize;

describe('preprocessImage', () => {
  it('writes BGR planes minus the caffe mean, centre-cropped after resizing the shorter side to 256', async () => {
    // A uniform colour survives resizing exactly, so every pixel of every plane is predictable.
    const red = await sharp({ create: { width: 500, height: 300, channels: 3, background: { r: 200, g: 100, b: 50 } } })
      .png()
      .toBuffer();
    const { tensor, width, height } = await preprocessImage(red);
    expect([width, height]).toEqual([500, 300]);
    expect(tensor.length).toBe(3 * plane);
    expect(tensor[0]).toBeCloseTo(50 - 103.939, 4); // B
    expect(tensor[plane + 100]).toBeCloseTo(100 - 116.779, 4); // G
    expect(tensor[2 * plane + plane - 1]).toBeCloseTo(200 - 123.68, 4); // R
  });

  it('takes the centre of the resized image', async () => {
    // 768×256 needs no resize; the crop keeps columns 272..495. A white band at 368..399 sits in its
    // middle (crop column 112 is source column 384), and crop column 0 (source 272) stays black.
    const width = 768;
    const pixels = Buffer.alloc(width * 256 * 3);
    for (let y = 0; y < 256; y += 1)
      for (let x = 368; x < 400; x += 1) pixels.fill(255, (y * width + x) * 3, (y * width + x) * 3 + 3);
    const image = await sharp(pixels, { raw: { width, height: 256, channels: 3 } })
      .png()
      .toBuffer();
    const { tensor } = await preprocessImage(image);
    expect(tensor[112 * inputSize + 112]).toBeCloseTo(255 - 103.939, 4);
    expect(tensor[0]).toBeCloseTo(-103.939, 4);
  });

  it('honours EXIF orientation', async () => {
    const upright = await makeJpeg(3, 240, 320);
    const rotatedPixels = await sharp(upright).rotate(-90).jpeg({ quality: 100 }).toBuffer();
    // Orientation 6 says "rotate 90° clockwise to display", undoing the -90° above.
    const tagged = await sharp(rotatedPixels).withMetadata({ orientation: 6 }).jpeg({ quality: 100 }).toBuffer();
    const expected = await preprocessImage(await sharp(rotatedPixels).rotate(90).jpeg({ quality: 100 }).toBuffer());
    const actual = await preprocessImage(tagged);
    expect([actual.width, actual.height]).toEqual([240, 320]);
    let meanAbsoluteDifference = 0;
    for (let index = 0; index < actual.tensor.length; index += 1)
      meanAbsoluteDifference += Math.abs(actual.tensor[index]! - expected.tensor[index]!);
    expect(meanAbsoluteDifference / actual.tensor.length).toBeLessThan(3);
    const unrotated = await preprocessImage(rotatedPixels);
    expect([unrotated.width, unrotated.height]).toEqual([320, 240]);
  });

  it('expands grey to three equal channels and drops alpha', async () => {
    const grey = await sharp({ create: { width: 300, height: 300, channels: 3, background: { r: 90, g: 90, b: 90 } } })
      .greyscale()
      .png()
      .toBuffer();
    const { tensor } = await preprocessImage(grey);
    expect(tensor[0]! + 103.939).toBeCloseTo(90, 3);
    expect(tensor[plane]! + 116.779).toBeCloseTo(90, 3);
    expect(tensor[2 * plane]! + 123.68).toBeCloseTo(90, 3);
    const transparent = await sharp({
      create: { width: 300, height: 300, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const withAlpha = await preprocessImage(transparent);
    // sharp stores alpha 0.5 with a rounding step, so allow one grey level.
    expect(Math.abs(withAlpha.tensor[0]! + 103.939 - 30)).toBeLessThan(1.01);
  });

  it.each([
    ['a 0-byte file', Buffer.alloc(0), 'IMAGE_EMPTY'],
    ['a text file', Buffer.from('customer_id,amount\n1,20\n'), 'IMAGE_NOT_AN_IMAGE'],
    ['a decompression bomb', oversizedPng(40_000, 40_000), 'IMAGE_TOO_LARGE'],
  ])('rejects %s with a clear error', async (_name, input, code) => {
    const error = await preprocessImage(input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageDecodeError);
    expect((error as ImageDecodeError).code).toBe(code);
    expect((error as Error).message).toMatch(/\./);
  });

  it('rejects a truncated JPEG', async () => {
    const whole = await makeJpeg(5, 640, 480);
    const error = await preprocessImage(whole.subarray(0, Math.floor(whole.length / 2))).catch(
      (caught: unknown) => caught,
    );
    expect((error as ImageDecodeError).code).toBe('IMAGE_TRUNCATED');
  });
});
