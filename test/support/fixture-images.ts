import sharp from 'sharp';

/**
 * Small synthetic photos made on the fly, so unit tests need neither shared data nor shipped images.
 * `seed` varies the colours so different seeds give different files (and SHA-256 keys).
 */
export async function makeJpeg(seed: number, width = 320, height = 240): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * channels;
      pixels[offset] = (x * 3 + seed * 37) % 256;
      pixels[offset + 1] = (y * 5 + seed * 91) % 256;
      pixels[offset + 2] = ((x ^ y) + seed * 13) % 256;
      // The top-left 4×4 block spells the seed itself, so every seed gives distinct bytes.
      if (x < 4 && y < 4) {
        pixels[offset] = seed & 255;
        pixels[offset + 1] = (seed >> 8) & 255;
        pixels[offset + 2] = (seed >> 16) & 255;
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 90 }).toBuffer();
}
