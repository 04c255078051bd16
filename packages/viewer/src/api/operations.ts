// The GraphQL operations the explorer and the widget send. `pnpm codegen` checks them against schema.graphql and
// writes their result types to generated/operations.ts.

export const ENTITY_FIELDS = /* GraphQL */ `
  fragment KgEntityFields on Entity {
    id
    label
    type
    aliases
    roles
    description
    degree
    pagerank
    community
    mentionCount
    x
    y
    size
  }
`;

// What drawing needs: the overview and neighbourhoods send only this; details come with a focus or its evidence.
export const NODE_FIELDS = /* GraphQL */ `
  fragment KgNodeFields on Entity {
    id
    label
    type
    degree
    pagerank
    community
    x
    y
  }
`;

export const EDGE_FIELDS = /* GraphQL */ `
  fragment KgEdgeFields on Relation {
    id
    category
    label
    confidence
    weight
    date
    firstDate
    sourceId
    targetId
  }
`;

// Subgraphs of thousands of entities and relations come as columns (one list per field): the server builds them in
// one pass instead of resolving every entity and relation field by field. The widget asks the same fields, so both
// send one operation and the server's caches answer either.
export const NODE_COLUMNS = /* GraphQL */ `
  fragment KgNodeColumns on EntityColumns {
    id
    label
    type
    degree
    pagerank
    community
    x
    y
    size
  }
`;

export const EDGE_COLUMNS = /* GraphQL */ `
  fragment KgEdgeColumns on RelationColumns {
    totalCount
    id
    sourceId
    targetId
    category
    label
    confidence
    weight
    date
    firstDate
  }
`;

// The overview and a community arrive in this one shape.
export const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment KgSubgraphFields on Subgraph {
    truncated
    nodeColumns {
      ...KgNodeColumns
    }
    edgeColumns {
      ...KgEdgeColumns
    }
  }
  ${NODE_COLUMNS}
  ${EDGE_COLUMNS}
`;

export const EVIDENCE_FIELDS = /* GraphQL */ `
  fragment KgEvidenceFields on Relation {
    id
    labels
    cameo
    note
    curated
    quantities {
      value
      unit
      text
    }
    evidence {
      start
      end
      text
      trigger {
        start
        end
      }
      document {
        id
        title
        date
      }
    }
  }
`;

export const OVERVIEW_QUERY = /* GraphQL */ `
  query KgOverview($limit: Int, $cooc: Boolean) {
    stats {
      entityCount
      relationCount
      documentCount
      builtAt
    }
    overview(limit: $limit, includeCoOccurrence: $cooc) {
      ...KgSubgraphFields
    }
  }
  ${SUBGRAPH_FIELDS}
`;

// Whole-graph counts for the legend and the filters (the explorer holds only part of the graph), and the largest
// communities named after their two most central members.
export const FACETS_QUERY = /* GraphQL */ `
  query KgFacets($communities: Int) {
    facets {
      entityCount
      relationCount
      entitiesByType {
        type
        count
      }
      relationsByCategory {
        category
        count
      }
      dateRange {
        from
        to
      }
    }
    stats {
      communities(first: $communities) {
        id
        size
        topMembers(first: 2) {
          label
        }
      }
    }
  }
`;

// A community's most central members and the typed relations among them (the explorer's community filter).
export const COMMUNITY_QUERY = /* GraphQL */ `
  query KgCommunity($community: Int!, $limit: Int) {
    overview(community: $community, limit: $limit) {
      ...KgSubgraphFields
    }
  }
  ${SUBGRAPH_FIELDS}
`;

// A focus's first paint: its details and its strongest relations with both ends, in a request a few percent of the
// neighbourhood's size (the panel lists them at once; the graph fills in when the neighbourhood arrives).
export const FOCUS_QUERY = /* GraphQL */ `
  query KgFocus($id: ID!, $first: Int) {
    focus: entity(id: $id) {
      ...KgEntityFields
      relations(first: $first) {
        ...KgEdgeFields
        source {
          ...KgNodeFields
        }
        target {
          ...KgNodeFields
        }
      }
    }
  }
  ${ENTITY_FIELDS}
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

// A neighbourhood's entities and, with `touching`, only that entity's own relations: what a focus's panel lists and
// the graph draws first (the widget asks every relation: `touching` null).
export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query KgNeighborhood($id: ID!, $depth: Int, $limit: Int, $touching: ID) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodeColumns {
        ...KgNodeColumns
      }
      edgeColumns(touching: $touching) {
        ...KgEdgeColumns
      }
    }
  }
  ${NODE_COLUMNS}
  ${EDGE_COLUMNS}
`;

// The rest of a focus's neighbourhood, a page at a time: the relations among its neighbours.
export const NEIGHBORHOOD_REST_QUERY = /* GraphQL */ `
  query KgNeighborhoodRest($id: ID!, $depth: Int, $limit: Int, $offset: Int, $first: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      edgeColumns(notTouching: $id, offset: $offset, first: $first) {
        ...KgEdgeColumns
      }
    }
  }
  ${EDGE_COLUMNS}
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query KgSearch($query: String!, $limit: Int) {
    search(query: $query, limit: $limit) {
      score
      matched
      entity {
        ...KgEntityFields
      }
    }
  }
  ${ENTITY_FIELDS}
`;

export const DOCUMENT_QUERY = /* GraphQL */ `
  query KgDocument($id: ID!) {
    document(id: $id) {
      id
      title
      publisher
      date
      url
      source
      file
      wordCount
      text
      mentions {
        start
        end
        text
        sentence
        entity {
          id
          label
        }
      }
    }
  }
`;

export const PATH_QUERY = /* GraphQL */ `
  query KgPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) {
      nodes {
        ...KgNodeFields
      }
      edges {
        ...KgEdgeFields
      }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export const ENTITY_QUERY = /* GraphQL */ `
  query KgEntity($id: ID, $name: String) {
    byId: entity(id: $id) {
      id
      label
    }
    byName: entity(name: $name) {
      id
      label
    }
  }
`;
