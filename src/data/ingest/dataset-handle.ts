import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

/** Lazy access to the dataset an import writes to, so an import that stores nothing creates nothing. */
export interface DatasetHandle {
  readonly name: string;
  /** The id if the dataset exists, without creating it. */
  find(): Promise<number | undefined>;
  /** The id, creating the dataset (or marking it updated) on the first call. */
  ensure(): Promise<number>;
  /** Whether {@link ensure} created the dataset. */
  readonly created: boolean;
}

/** A {@link DatasetHandle} for the dataset called `name`. */
export function createDatasetHandle(prisma: PrismaClient, name: string): DatasetHandle {
  let id: number | undefined;
  let created = false;
  return {
    name,
    get created() {
      return created;
    },
    async find() {
      if (id !== undefined) return id;
      return (await prisma.dataset.findUnique({ where: { name }, select: { id: true } }))?.id;
    },
    async ensure() {
      if (id !== undefined) return id;
      const existing = await prisma.dataset.findUnique({ where: { name }, select: { id: true } });
      if (existing) {
        // updatedAt doubles as "last imported".
        id = (
          await prisma.dataset.update({
            where: { id: existing.id },
            data: { updatedAt: new Date() },
            select: { id: true },
          })
        ).id;
      } else {
        try {
          id = (await prisma.dataset.create({ data: { name }, select: { id: true } })).id;
          created = true;
        } catch (error) {
          // Another import created it between our lookup and our insert.
          if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
          id = (await prisma.dataset.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
        }
      }
      return id;
    },
  };
}
