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
    source {
      id
    }
    target {
      id
    }
  }
`;

// The overview, a community and a neighbourhood arrive in this one shape.
export const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment KgSubgraphFields on Subgraph {
    truncated
    nodes {
      ...KgNodeFields
    }
    edges {
      ...KgEdgeFields
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
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

// The rest of a focus: its neighbours and the relations among them (what the graph draws around it).
export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query KgNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      ...KgSubgraphFields
    }
  }
  ${SUBGRAPH_FIELDS}
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
