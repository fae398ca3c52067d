/**
 * Synthetic customer files built from CDNOW's master file (23,570 customers, 69,659 purchases) for the
 * scale benchmark. At the source's size the customers are CDNOW's own (in their order); any other size
 * draws customers from CDNOW with replacement (seeded), each draw a new customer with a new id and the
 * drawn customer's purchases. A seeded share of customers gets 1–4 photos from a folder of sample
 * photos, posted on one of their purchase days.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

/** Options of {@link writeScaledCdnow}. */
export interface ScaledCdnowOptions {
  /** CDNOW_master.txt: `id yyyymmdd cds dollars` per line. */
  masterFile: string;
  /** Where customers.csv, transactions.csv and photos.csv are written. */
  directory: string;
  customers: number;
  seed: number;
  /** Sample photo files customers post (absolute paths); empty: no photos file. */
  photoFiles: readonly string[];
  /** Share of customers who post photos. */
  photoShare: number;
}

export const defaultScaledCdnowOptions = { seed: 7, photoShare: 0.25 } as const;

/** The files written and how many rows each has. */
export interface ScaledCdnowFiles {
  customersFile: string;
  transactionsFile: string;
  photosFile: string | null;
  counts: { customers: number; transactions: number; photos: number };
}

interface SourceCustomer {
  /** `yyyymmdd,dollars` per purchase, in file order. */
  purchases: string[];
  days: string[];
}

/** Reads CDNOW's master file grouped by customer, in first-seen order. */
export function readCdnowMaster(masterFile: string): SourceCustomer[] {
  const byId = new Map<string, SourceCustomer>();
  for (const line of readFileSync(masterFile, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [id, day, , dollars] = fields;
    // The header line and blank lines are not purchases.
    if (!id || !day || !dollars || !/^\d+$/.test(id) || !/^\d{8}$/.test(day)) continue;
    let customer = byId.get(id);
    if (!customer) {
      customer = { purchases: [], days: [] };
      byId.set(id, customer);
    }
    customer.purchases.push(`${day},${dollars}`);
    customer.days.push(day);
  }
  return [...byId.values()];
}

/** A seeded LCG, so the files do not depend on engine internals. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes the three import files; streamed, so 10× CDNOW never sits in memory as one string. */
export async function writeScaledCdnow(options: ScaledCdnowOptions): Promise<ScaledCdnowFiles> {
  const source = readCdnowMaster(options.masterFile);
  const random = createRandom(options.seed);
  mkdirSync(options.directory, { recursive: true });
  const open = (name: string, header: string) => {
    const stream = createWriteStream(path.join(options.directory, name));
    let pending: string[] = [header];
    return {
      file: path.join(options.directory, name),
      write: async (line: string) => {
        pending.push(line);
        if (pending.length >= 4096) {
          if (!stream.write(`${pending.join('\n')}\n`)) await once(stream, 'drain');
          pending = [];
        }
      },
      close: async () => {
        if (pending.length > 0) stream.write(`${pending.join('\n')}\n`);
        stream.end();
        await once(stream, 'finish');
      },
    };
  };
  const customers = open('customers.csv', 'customer_id,region');
  const transactions = open('transactions.csv', 'customer_id,date,amount');
  const withPhotos = options.photoFiles.length > 0;
  const photos = withPhotos ? open('photos.csv', 'customer_id,path,posted_at') : null;
  const regions = ['north', 'east', 'south', 'west', 'central'];
  const counts = { customers: 0, transactions: 0, photos: 0 };
  const width = String(options.customers).length;
  for (let index = 0; index < options.customers; index += 1) {
    const drawn = options.customers === source.length ? source[index]! : source[Math.floor(random() * source.length)]!;
    const id = `C${String(index + 1).padStart(width, '0')}`;
    await customers.write(`${id},${regions[Math.floor(random() * regions.length)]}`);
    counts.customers += 1;
    for (const purchase of drawn.purchases) {
      await transactions.write(`${id},${purchase}`);
      counts.transactions += 1;
    }
    if (photos && random() < options.photoShare) {
      const posts = 1 + Math.floor(random() * 4);
      for (let post = 0; post < posts; post += 1) {
        const file = options.photoFiles[Math.floor(random() * options.photoFiles.length)]!;
        const day = drawn.days[Math.floor(random() * drawn.days.length)]!;
        await photos.write(`${id},${file},${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`);
        counts.photos += 1;
      }
    }
  }
  await Promise.all([customers.close(), transactions.close(), photos?.close()]);
  return {
    customersFile: customers.file,
    transactionsFile: transactions.file,
    photosFile: photos?.file ?? null,
    counts,
  };
}
