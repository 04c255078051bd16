// Test helpers other packages' tests use: a throwaway PostgreSQL cluster and a made-up graph.
export { startTestPostgres, type TestPostgres } from "./testPostgres.js";
export {
  syntheticGraph,
  syntheticSentences,
  canonical,
  inventedName,
  entityKey,
  documentKey,
  HUB_KEY,
} from "./syntheticGraph.js";
