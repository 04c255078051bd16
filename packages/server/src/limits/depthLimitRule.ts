// Validation rule: refuses operations nested deeper than `maxDepth` (fragments followed). Introspection fields
// (`__schema`, `__type`) are not counted, so tools like Sandbox can still introspect.
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from "graphql";
import { GraphQLError, Kind } from "../graphqlRuntime.js";

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const depthOf = (set: SelectionSetNode, visiting: Set<string>): number => {
      let max = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          const inner = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
          max = Math.max(max, 1 + inner);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue; // unknown/cyclic fragments are reported by other rules
          visiting.add(name);
          max = Math.max(max, depthOf(fragment.selectionSet, visiting));
          visiting.delete(name);
        }
        if (max > maxDepth) return max; // no need to look further
      }
      return max;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth)
          context.reportError(
            new GraphQLError(
              `Query is too deep: at most ${maxDepth} levels of nesting are allowed; flatten it or split it up.`,
              { nodes: [node], extensions: { code: "QUERY_TOO_DEEP" } },
            ),
          );
      },
    };
  };
}
