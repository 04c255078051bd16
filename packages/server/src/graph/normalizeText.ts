// Search keys: the one rule in @newskg/graph-model, so the API and the static-JSON widgets answer alike.
export { normalizeSearchText as normalizeText } from "@newskg/graph-model";
