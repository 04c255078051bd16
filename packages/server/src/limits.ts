// Caps that keep one request from monopolising the server. Exceeding one is a BAD_USER_INPUT error, not a clamp,
// so clients notice.
import { GraphQLError } from "./graphqlRuntime.js";

export const LIMITS = {
  pageSize: 500,
  edgeListPageSize: 5000,
  searchLimit: 100,
  neighborhoodDepth: 4,
  neighborhoodLimit: 2000,
  /** Entities in the explorer's opening overview. */
  overviewLimit: 5000,
  /** Relations returned with a neighbourhood, whatever its node count. */
  neighborhoodEdges: 20_000,
  maxPaths: 20,
  entityRelations: 1000,
  queryDepth: 12,
  queryCost: 100_000,
  maxTokens: 20_000,
  bodyBytes: 1024 * 1024,
  requestMs: 10_000,
} as const;

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new GraphQLError(`"${name}" must be an integer from ${min} to ${max} (got ${value}).`, {
      extensions: { code: "BAD_USER_INPUT", argument: name },
    });
  return value;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
