import type { z } from 'zod';
import { objectShape } from './object-shape.ts';

/** A required field the arguments lack, with the schema's description of it. */
export interface MissingField {
  name: string;
  description: string | undefined;
}

/**
 * Required top-level fields absent from `arguments` (zod reports them as invalid input `undefined`),
 * so the offline planner can ask the user for them instead of running the tool with a gap.
 */
export function findMissingFields(schema: z.ZodType, argumentsObject: Record<string, unknown>): MissingField[] {
  const shape = objectShape(schema);
  const parsed = schema.safeParse(argumentsObject);
  if (parsed.success || !shape) return [];
  const names = new Set<string>();
  for (const issue of parsed.error.issues) {
    const name = issue.path.length === 1 ? String(issue.path[0]) : null;
    if (name && shape[name] && argumentsObject[name] === undefined) names.add(name);
  }
  return [...names].map((name) => ({ name, description: shape[name]?.description }));
}
