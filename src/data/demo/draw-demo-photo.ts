import sharp from 'sharp';
import type { Random } from '../../engine/random/create-random.ts';

/** Visual styles of the demo photos, one per demo persona. */
export const demoPhotoStyles = ['beach', 'night-city', 'forest', 'food', 'sports', 'fashion'] as const;
export type DemoPhotoStyle = (typeof demoPhotoStyles)[number];

const width = 320;
const height = 240;

/**
 * Draws one demo "photo" of a style as a JPEG. The demo ships no third-party images: every picture is
 * drawn here from simple shapes with random variation, so it is ours to license (see NOTICE). The
 * styles differ in colour and layout the way real photo themes do, so ResNet embeddings separate them.
 */
export async function drawDemoPhoto(style: DemoPhotoStyle, random: Random): Promise<Buffer> {
  const jitter = (value: number, spread: number): number => Math.round(value + (random.next() - 0.5) * spread);
  const shapes: string[] = [];
  const add = (shape: string): void => {
    shapes.push(shape);
  };
  switch (style) {
    case 'beach': {
      const horizon = jitter(130, 40);
      add(
        `<rect width="${width}" height="${horizon}" fill="rgb(${jitter(110, 30)},${jitter(180, 30)},${jitter(235, 20)})"/>`,
      );
      add(
        `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="rgb(${jitter(225, 20)},${jitter(200, 20)},${jitter(140, 30)})"/>`,
      );
      add(
        `<rect y="${horizon - 8}" width="${width}" height="16" fill="rgb(40,${jitter(120, 30)},${jitter(190, 30)})"/>`,
      );
      add(
        `<circle cx="${jitter(160, 200)}" cy="${jitter(50, 40)}" r="${jitter(24, 10)}" fill="rgb(255,${jitter(220, 30)},120)"/>`,
      );
      break;
    }
    case 'night-city': {
      add(
        `<rect width="${width}" height="${height}" fill="rgb(${jitter(15, 10)},${jitter(20, 10)},${jitter(50, 20)})"/>`,
      );
      for (let building = 0; building < 9; building += 1) {
        const x = building * 36 + jitter(0, 10);
        const top = jitter(90, 80);
        add(`<rect x="${x}" y="${top}" width="30" height="${height - top}" fill="rgb(30,30,${jitter(45, 20)})"/>`);
        for (let light = 0; light < 8; light += 1)
          add(
            `<rect x="${x + 4 + (light % 3) * 8}" y="${top + 8 + Math.floor(light / 3) * 18 + jitter(0, 6)}" width="5" height="7" fill="rgb(255,${jitter(210, 40)},${jitter(90, 60)})"/>`,
          );
      }
      break;
    }
    case 'forest': {
      add(
        `<rect width="${width}" height="${height}" fill="rgb(${jitter(70, 30)},${jitter(120, 30)},${jitter(60, 30)})"/>`,
      );
      for (let tree = 0; tree < 12; tree += 1) {
        const x = jitter(tree * 28, 12);
        add(
          `<rect x="${x}" y="${jitter(120, 40)}" width="${jitter(10, 4)}" height="140" fill="rgb(${jitter(90, 20)},${jitter(60, 15)},30)"/>`,
        );
        add(
          `<circle cx="${x + 5}" cy="${jitter(100, 40)}" r="${jitter(26, 10)}" fill="rgb(${jitter(30, 20)},${jitter(110, 40)},${jitter(40, 20)})"/>`,
        );
      }
      break;
    }
    case 'food': {
      add(
        `<rect width="${width}" height="${height}" fill="rgb(${jitter(140, 30)},${jitter(90, 20)},${jitter(50, 20)})"/>`,
      );
      add(`<circle cx="${jitter(160, 30)}" cy="${jitter(120, 20)}" r="${jitter(95, 10)}" fill="rgb(248,248,245)"/>`);
      for (let item = 0; item < 7; item += 1)
        add(
          `<circle cx="${jitter(160, 90)}" cy="${jitter(120, 70)}" r="${jitter(16, 10)}" fill="rgb(${jitter(210, 80)},${jitter(110, 90)},${jitter(50, 60)})"/>`,
        );
      break;
    }
    case 'sports': {
      add(
        `<rect width="${width}" height="${height}" fill="rgb(${jitter(50, 20)},${jitter(150, 30)},${jitter(60, 20)})"/>`,
      );
      for (let line = 0; line < 4; line += 1)
        add(`<rect x="${jitter(line * 90 + 20, 10)}" y="0" width="4" height="${height}" fill="white"/>`);
      add(
        `<circle cx="${jitter(160, 160)}" cy="${jitter(120, 120)}" r="${jitter(22, 10)}" fill="white" stroke="black" stroke-width="4"/>`,
      );
      break;
    }
    case 'fashion': {
      const base = [jitter(200, 100), jitter(60, 80), jitter(120, 120)];
      add(`<rect width="${width}" height="${height}" fill="rgb(${base.join(',')})"/>`);
      for (let stripe = 0; stripe < 10; stripe += 1)
        add(
          `<rect x="${stripe * 34}" width="14" height="${height}" fill="rgb(${jitter(240, 30)},${jitter(230, 40)},${jitter(220, 50)})" opacity="0.7"/>`,
        );
      for (let stripe = 0; stripe < 7; stripe += 1)
        add(
          `<rect y="${stripe * 36}" width="${width}" height="10" fill="rgb(20,20,${jitter(60, 60)})" opacity="0.5"/>`,
        );
      break;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
