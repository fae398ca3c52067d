import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRandom } from '../../engine/random/create-random.ts';
import { demoPhotoStyles, drawDemoPhoto } from './draw-demo-photo.ts';

export interface DemoDatasetOptions {
  customers: number;
  /** Distinct photos drawn per style; customers post from this pool, as in a real shared feed. */
  photosPerStyle: number;
  seed: number;
  asOf: Date;
}

export const defaultDemoDatasetOptions: DemoDatasetOptions = {
  customers: 240,
  photosPerStyle: 12,
  seed: 2026,
  asOf: new Date('2026-06-30T00:00:00Z'),
};

/** Per demo persona: purchases per year, mean spend, and the log-odds of responding to an offer. */
const personas = [
  { style: 'beach', purchasesPerYear: 4, meanSpend: 9800, response: 0.4 },
  { style: 'night-city', purchasesPerYear: 10, meanSpend: 4200, response: 0.9 },
  { style: 'forest', purchasesPerYear: 3, meanSpend: 6500, response: -1.2 },
  { style: 'food', purchasesPerYear: 14, meanSpend: 2600, response: 1.3 },
  { style: 'sports', purchasesPerYear: 6, meanSpend: 5200, response: -0.3 },
  { style: 'fashion', purchasesPerYear: 8, meanSpend: 12000, response: 0.1 },
] as const;

const dayMilliseconds = 86_400_000;

/**
 * Writes the built-in demo shop (customers.csv with a 0/1 `responded` column, transactions.csv,
 * photos/ manifest) into `directory`: six personas whose photos, purchases (yen) and response differ,
 * all synthetic and seeded, so the first question works on a fresh machine without any other data.
 */
export async function writeDemoDataset(
  directory: string,
  options: Partial<DemoDatasetOptions> = {},
): Promise<{ customers: string; transactions: string; photos: string }> {
  const settings = { ...defaultDemoDatasetOptions, ...options };
  const random = createRandom(settings.seed);
  await mkdir(path.join(directory, 'photos'), { recursive: true });
  const pool: string[][] = [];
  for (const style of demoPhotoStyles) {
    const files: string[] = [];
    for (let index = 0; index < settings.photosPerStyle; index += 1) {
      const file = `photos/${style}-${String(index + 1).padStart(2, '0')}.jpg`;
      await writeFile(path.join(directory, file), await drawDemoPhoto(style, random));
      files.push(file);
    }
    pool.push(files);
  }
  const customers = ['customer_id,name,age,region,responded'];
  const transactions = ['customer_id,date,amount'];
  const photos = ['customer_id,path,posted_at'];
  const regions = ['東京', '大阪', '名古屋', '福岡', '札幌'];
  const start = settings.asOf.getTime() - 365 * dayMilliseconds;
  const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
  for (let index = 0; index < settings.customers; index += 1) {
    const personaIndex = index % personas.length;
    const persona = personas[personaIndex]!;
    const id = `D${String(index + 1).padStart(4, '0')}`;
    // Purchases as BG/NBD assumes: a Poisson process at a customer-specific rate, and after each
    // purchase a customer-specific chance (Beta(1, 4)) of never buying again.
    const rate = (persona.purchasesPerYear / 365) * (0.3 + random.next() * 1.4);
    const dropout = 1 - random.next() ** (1 / 4);
    const joined = start + random.integer(270) * dayMilliseconds;
    let count = 0;
    for (
      let time = joined, active = true;
      active && time <= settings.asOf.getTime();
      time -= (Math.log(1 - random.next()) / rate) * dayMilliseconds
    ) {
      transactions.push(`${id},${isoDay(time)},${Math.round(persona.meanSpend * (0.5 + random.next()))}`);
      count += 1;
      active = random.next() >= dropout;
    }
    const responded = random.next() < 1 / (1 + Math.exp(-(persona.response + 0.15 * (count - 3)))) ? 1 : 0;
    customers.push(
      `${id},デモ顧客${String(index + 1).padStart(4, '0')},${20 + random.integer(50)},${regions[random.integer(regions.length)]},${responded}`,
    );
    const own = pool[personaIndex]!;
    const chosen = new Set<string>();
    const wanted = 3 + random.integer(5);
    while (chosen.size < wanted) {
      const source = random.next() < 0.85 ? own : pool[random.integer(pool.length)]!;
      chosen.add(source[random.integer(source.length)]!);
    }
    for (const file of chosen)
      photos.push(
        `${id},${file},${isoDay(Math.min(settings.asOf.getTime(), joined + random.integer(200) * dayMilliseconds))}`,
      );
  }
  const paths = {
    customers: path.join(directory, 'customers.csv'),
    transactions: path.join(directory, 'transactions.csv'),
    photos: path.join(directory, 'photos.csv'),
  };
  await writeFile(paths.customers, customers.join('\n'));
  await writeFile(paths.transactions, transactions.join('\n'));
  await writeFile(paths.photos, photos.join('\n'));
  return paths;
}
