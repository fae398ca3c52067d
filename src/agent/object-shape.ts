import { z } from 'zod';

/**
 * The fields of a tool's input schema when it is a zod object, also behind `.transform()` (a pipe);
 * null for any other schema. Used to name the allowed fields in error messages and to fit the
 * offline planner's arguments to tools it did not write.
 */
export function objectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType);
  return null;
}
