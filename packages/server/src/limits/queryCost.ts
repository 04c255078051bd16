// Estimated cost of an operation: roughly the number of objects it can make the server produce. A list field
// multiplies the cost of its selection by its page size (`first`, `limit`, `maxPaths`: the argument, the variable
// or the schema default), or by a fixed estimate when it has no such argument. Scalars are free; introspection is
// not counted.
import type {
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from "graphql";
import { getNamedType, getNullableType, isListType, isObjectType, Kind } from "../graphqlRuntime.js";

const SIZE_ARGS = ["first", "limit", "maxPaths"];
/** Lists whose parent already counted the page size (connections, subgraphs, paths). */
const PAGE_LISTS = new Set(["edges", "nodes", "rows"]);
/** Estimated length of lists without a size argument. */
const UNSIZED_LIST = 20;
/** Scalars that are large enough to count: a document's full text weighs like ten objects. */
const HEAVY_SCALARS: Record<string, number> = { "Document.text": 10 };

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  stopAbove: number,
): number {
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;

  const costOf = (set: SelectionSetNode, typeName: string, visiting: Set<string>): number => {
    const type = schema.getType(typeName);
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, visiting);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        total += costOf(fragment.selectionSet, fragment.typeCondition.name.value, visiting);
        visiting.delete(fragment.name.value);
      } else {
        const name = selection.name.value;
        if (name.startsWith("__") || !isObjectType(type)) continue;
        const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
        if (!field) continue;
        if (!selection.selectionSet) {
          total += HEAVY_SCALARS[`${type.name}.${name}`] ?? 0;
          continue;
        }
        const inner = getNamedType(field.type);
        let multiplier = 1;
        const sizeArg = field.args.find((a) => SIZE_ARGS.includes(a.name));
        if (sizeArg) {
          const given = argValue(selection.arguments?.find((a) => a.name.value === sizeArg.name)?.value, variables);
          const value = typeof given === "number" ? given : sizeArg.defaultValue;
          multiplier = typeof value === "number" && value > 0 ? value : 1;
        } else if (isListType(getNullableType(field.type)) && !PAGE_LISTS.has(name)) {
          multiplier = UNSIZED_LIST;
        }
        // Each item of a list counts as an object too (connections count theirs through nodes/edges).
        const perItem = isListType(getNullableType(field.type)) ? 1 : 0;
        total += 1 + multiplier * (perItem + costOf(selection.selectionSet, inner.name, visiting));
      }
      if (total > stopAbove) return total;
    }
    return total;
  };

  return costOf(operation.selectionSet, root.name, new Set());
}
