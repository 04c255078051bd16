export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An article to add. */
export type AddArticleInput = {
  /** ISO date of publication. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Optional file name (without directory) to store the article under. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** Publisher name. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Full text of the article (the request body is limited to 1 MiB). */
  text: Scalars['String']['input'];
  /** Headline. */
  title: Scalars['String']['input'];
  /** Original address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A relation to add by curation. */
export type AddRelationInput = {
  /** Category of the new relation. */
  category: RelationCategory;
  /** Confidence, 0 to 1 (default 1). */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Wording of the relation. */
  label: Scalars['String']['input'];
  /** Why the curator adds it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Id of the source entity. */
  source: Scalars['ID']['input'];
  /** Id of the target entity. */
  target: Scalars['ID']['input'];
};

/** Number of relations of one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** Relation category. */
  category: RelationCategory;
  /** Number of relations of that category. */
  count: Scalars['Int']['output'];
};

/** A community of entities (Louvain over the relation graph). */
export type Community = {
  __typename?: 'Community';
  /** Community id (as in Entity.community). */
  id: Scalars['Int']['output'];
  /** Number of member entities. */
  size: Scalars['Int']['output'];
  /** Members with the highest PageRank first. */
  topMembers: Array<Entity>;
};


/** A community of entities (Louvain over the relation graph). */
export type CommunityTopMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a curation mutation did; the graph already reflects it when this returns. */
export type CurationResult = {
  __typename?: 'CurationResult';
  /** The entity as it is now, for entity changes. */
  entity?: Maybe<Entity>;
  /** What was done, or why not. */
  message?: Maybe<Scalars['String']['output']>;
  /** True when the change was applied. */
  ok: Scalars['Boolean']['output'];
  /** The relation as it is now, for relation changes. */
  relation?: Maybe<Relation>;
};

/** The earliest and latest date among some relations (ISO, full or partial, at most YYYY-MM-DD). */
export type DateRange = {
  __typename?: 'DateRange';
  /** Earliest date. */
  from: Scalars['String']['output'];
  /** Latest date. */
  to: Scalars['String']['output'];
};

/** An article the graph was built from. */
export type Document = {
  __typename?: 'Document';
  /** ISO date of publication (YYYY-MM-DD or partial). */
  date?: Maybe<Scalars['String']['output']>;
  /** Entities mentioned in the document. */
  entities: Array<Entity>;
  /** Path of the article file, relative to the articles directory. */
  file: Scalars['String']['output'];
  /** Stable id, e.g. 'doc:...'. */
  id: Scalars['ID']['output'];
  /** Entity mentions, sorted by offset, so a client can highlight them. */
  mentions: Array<Mention>;
  /** Publisher name, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Free-text provenance note. */
  source?: Maybe<Scalars['String']['output']>;
  /** The article text all offsets refer to. */
  text: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
  /** Original address, when known. */
  url?: Maybe<Scalars['String']['output']>;
  /** Number of words in the text. */
  wordCount: Scalars['Int']['output'];
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The page, with cursors. */
  edges: Array<DocumentEdge>;
  /** The page, without cursors. */
  nodes: Array<Document>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of documents, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a paged list. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this item (pass as `after`). */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** A page of edge rows. */
export type EdgeListPage = {
  __typename?: 'EdgeListPage';
  /** Paging state. */
  pageInfo: PageInfo;
  /** This page of rows. */
  rows: Array<EdgeRow>;
  /** Number of rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A flat edge row: drops straight into pandas.DataFrame. */
export type EdgeRow = {
  __typename?: 'EdgeRow';
  /** Relation category. */
  category: RelationCategory;
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** ISO date of the relation, when known. */
  date?: Maybe<Scalars['String']['output']>;
  /** Relation id. */
  id: Scalars['ID']['output'];
  /** Relation wording. */
  label: Scalars['String']['output'];
  /** Source entity id. */
  source: Scalars['ID']['output'];
  /** Source entity name. */
  sourceLabel: Scalars['String']['output'];
  /** Source entity type. */
  sourceType: EntityType;
  /** Target entity id. */
  target: Scalars['ID']['output'];
  /** Target entity name. */
  targetLabel: Scalars['String']['output'];
  /** Target entity type. */
  targetType: EntityType;
  /** Number of supporting sentences. */
  weight: Scalars['Int']['output'];
};

/** A named thing in the graph. */
export type Entity = {
  __typename?: 'Entity';
  /** Other names and spellings found in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** Community id (Louvain) over the relation graph. */
  community: Scalars['Int']['output'];
  /** True when a curator changed this entity (merged, renamed, retyped). */
  curated: Scalars['Boolean']['output'];
  /** Number of distinct entities this one has relations with. */
  degree: Scalars['Int']['output'];
  /** Short description, when the builder or a curator gave one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Documents mentioning this entity, newest first (a central entity can be in hundreds). */
  documents: Array<Document>;
  /** Stable id, e.g. 'person:jane-doe'. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 for countries; ISO 3166-3 (four letters, e.g. SUHH) for former states. */
  iso?: Maybe<Scalars['String']['output']>;
  /** Display name. */
  label: Scalars['String']['output'];
  /** Number of mentions across all documents. */
  mentionCount: Scalars['Int']['output'];
  /** Where this entity is mentioned. */
  mentions: Array<Mention>;
  /** PageRank centrality over the relation graph (sums to 1 over all entities). */
  pagerank: Scalars['Float']['output'];
  /** Relations in both directions, optionally filtered. */
  relations: Array<Relation>;
  /** Titles held, as written ('President', 'police spokesman'). */
  roles: Array<Scalars['String']['output']>;
  /** Suggested node size for rendering. */
  size: Scalars['Float']['output'];
  /** Coarse entity type. */
  type: EntityType;
  /** Layout x coordinate (ForceAtlas2 at build time). */
  x: Scalars['Float']['output'];
  /** Layout y coordinate (ForceAtlas2 at build time). */
  y: Scalars['Float']['output'];
};


/** A named thing in the graph. */
export type EntityDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named thing in the graph. */
export type EntityMentionsArgs = {
  document?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named thing in the graph. */
export type EntityRelationsArgs = {
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Entities as columns: entry i of every list describes the same entity. */
export type EntityColumns = {
  __typename?: 'EntityColumns';
  /** Community ids (Louvain). */
  community: Array<Scalars['Int']['output']>;
  /** Distinct neighbours over relations. */
  degree: Array<Scalars['Int']['output']>;
  /** Entity ids. */
  id: Array<Scalars['ID']['output']>;
  /** Display names. */
  label: Array<Scalars['String']['output']>;
  /** PageRank centrality. */
  pagerank: Array<Scalars['Float']['output']>;
  /** Suggested node sizes. */
  size: Array<Scalars['Float']['output']>;
  /** Entity types. */
  type: Array<EntityType>;
  /** Layout x coordinates. */
  x: Array<Scalars['Float']['output']>;
  /** Layout y coordinates. */
  y: Array<Scalars['Float']['output']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The page, with cursors. */
  edges: Array<EntityEdge>;
  /** The page, without cursors. */
  nodes: Array<Entity>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a paged list. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this item (pass as `after`). */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters for entities. All given conditions must hold. */
export type EntityFilter = {
  /** Only entities of this community (see GraphStats.communities). */
  community?: InputMaybe<Scalars['Int']['input']>;
  /** Only entities mentioned in this document (id). */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities with at least this many relation neighbours. */
  minDegree?: InputMaybe<Scalars['Int']['input']>;
  /** Only entities of these types. */
  types?: InputMaybe<Array<EntityType>>;
};

/** Sort order of an entity list. */
export type EntityOrder = {
  /**
   * Sort direction. DESC lists numbers largest first and NAME Z to A; ASC the reverse (NAME A to Z, case and
   * accents ignored). Default: DESC for DEGREE, PAGERANK and MENTIONS, ASC (A to Z) for NAME.
   */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by (default DEGREE). */
  field?: EntityOrderField;
};

/** What entities can be sorted by. */
export type EntityOrderField =
  | 'DEGREE'
  | 'MENTIONS'
  | 'NAME'
  | 'PAGERANK';

/** Coarse entity types (see ONTOLOGY.md). */
export type EntityType =
  | 'COUNTRY'
  | 'EVENT'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'PERSON';

/** A sentence supporting a relation. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the sentence comes from. */
  document: Document;
  /** Offset after the sentence in the document text. */
  end: Scalars['Int']['output'];
  /** Entity mentions inside this sentence, offsets relative to the document text. */
  mentions: Array<Mention>;
  /** Offsets of the sentence in the document's text. */
  start: Scalars['Int']['output'];
  /** The sentence, as written. */
  text: Scalars['String']['output'];
  /** Offsets of the trigger words inside the document, when known. */
  trigger?: Maybe<Span>;
};

/** Download addresses for whole-graph exports over HTTP. */
export type Exports = {
  __typename?: 'Exports';
  /** Address of the relations CSV. */
  edgesCsv: Scalars['String']['output'];
  /** Address of the GEXF export (Gephi). */
  gexf: Scalars['String']['output'];
  /** Address of the GraphML export. */
  graphml: Scalars['String']['output'];
  /** Address of the graph file (graphology JSON), the same build GraphQL answers from. */
  json: Scalars['String']['output'];
  /** Address of the entities CSV. */
  nodesCsv: Scalars['String']['output'];
};

/**
 * Aggregates over the whole graph being served, each under its filter: what an explorer that has loaded only part of
 * the graph shows in its legend, relation filters and date range.
 */
export type Facets = {
  __typename?: 'Facets';
  /**
   * Earliest and latest firstDate (own date, else earliest article's) of the relations passing the relation filter,
   * at day precision; null when none of them is dated.
   */
  dateRange?: Maybe<DateRange>;
  /** Entity counts per type, among entities passing the entity filter (types with none left out). */
  entitiesByType: Array<TypeCount>;
  /** Number of entities passing the entity filter. */
  entityCount: Scalars['Int']['output'];
  /** Number of relations passing the relation filter (MENTIONS excluded). */
  relationCount: Scalars['Int']['output'];
  /** Relation counts per category, among relations passing the relation filter, largest first. */
  relationsByCategory: Array<CategoryCount>;
};

/** Counts of the graph being served. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** ISO timestamp of the build being served. */
  builtAt?: Maybe<Scalars['String']['output']>;
  /** Communities, largest first. */
  communities: Array<Community>;
  /** Number of documents. */
  documentCount: Scalars['Int']['output'];
  /** Entity counts per type. */
  entitiesByType: Array<TypeCount>;
  /** Number of entities. */
  entityCount: Scalars['Int']['output'];
  /** Number of relations between entities (MENTIONS excluded). */
  relationCount: Scalars['Int']['output'];
  /** Relation counts per category. */
  relationsByCategory: Array<CategoryCount>;
};


/** Counts of the graph being served. */
export type GraphStatsCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A background job (article extraction and rebuild). */
export type Job = {
  __typename?: 'Job';
  /** Document id the job concerns, when there is one. */
  documentId?: Maybe<Scalars['ID']['output']>;
  /** Job id (pass to Query.job). */
  id: Scalars['ID']['output'];
  /** What happened, or why it failed. */
  message?: Maybe<Scalars['String']['output']>;
  /** Where the job is. */
  status: JobStatus;
};

/** Where a background job is. */
export type JobStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** An occurrence of an entity in a document. */
export type Mention = {
  __typename?: 'Mention';
  /** The document containing the mention. */
  document: Document;
  /** Offset after the mention in the document text. */
  end: Scalars['Int']['output'];
  /** The entity mentioned. */
  entity: Entity;
  /** Index of the sentence (0-based) the mention is in. */
  sentence: Scalars['Int']['output'];
  /** Offset of the mention in the document text. */
  start: Scalars['Int']['output'];
  /** The mention as written. */
  text: Scalars['String']['output'];
};

/** Writes: need `Authorization: Bearer <token>`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Store an article and extract it into the graph in a worker. With wait (default) the job is finished on return. */
  addArticle: Job;
  /** Add a relation the extractor missed. */
  addRelation: CurationResult;
  /** Remove an article and rebuild without it. With wait (default) the job is finished on return. */
  deleteArticle: Job;
  /** Merge entities into one; the others' names become aliases. */
  mergeEntities: CurationResult;
  /** Remove a wrongly extracted entity and its relations from the graph. */
  rejectEntity: CurationResult;
  /** Remove a wrongly extracted relation. */
  rejectRelation: CurationResult;
  /** Give an entity a new display name (the old one stays an alias). */
  renameEntity: CurationResult;
  /** Change the type of an entity. */
  retypeEntity: CurationResult;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationAddArticleArgs = {
  input: AddArticleInput;
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationAddRelationArgs = {
  input: AddRelationInput;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationMergeEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
  into?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationRejectEntityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationRejectRelationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: need `Authorization: Bearer <token>`. */
export type MutationRetypeEntityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  type: EntityType;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Cursor paging state of a list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** Relations along the path, in order (each may point either way). */
  edges: Array<Relation>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** Entities from the start to the end. */
  nodes: Array<Entity>;
};

/** A number a sentence attaches to a relation. */
export type Quantity = {
  __typename?: 'Quantity';
  /** The quantity as written in the sentence. */
  text: Scalars['String']['output'];
  /** What is counted, when the text says ('people', 'per day'). */
  unit?: Maybe<Scalars['String']['output']>;
  /** The number, normalised (e.g. 98000 for 'around 98,000'). */
  value: Scalars['Float']['output'];
};

/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type Query = {
  __typename?: 'Query';
  /** One document by id. */
  document?: Maybe<Document>;
  /** Documents, newest first, paged. */
  documents: DocumentConnection;
  /** A flat edge list for notebooks (MENTIONS excluded). */
  edgeList: EdgeListPage;
  /** Entities, paged and sorted, optionally filtered. */
  entities: EntityConnection;
  /** One entity by id, or by exact name or alias (case-insensitive). */
  entity?: Maybe<Entity>;
  /** Where to download the whole graph. */
  exports: Exports;
  /**
   * Entity counts per type, relation counts per category and the relation date range over the whole graph being
   * served, under optional filters (for a client that holds only part of the graph). Computed once per build and
   * filter, then cached.
   */
  facets: Facets;
  /** A background job started by a mutation. */
  job?: Maybe<Job>;
  /** Entities within `depth` hops of an entity, and the relations among them (at most 20000 relations). */
  neighborhood: Subgraph;
  /**
   * The explorer's first view of a large graph: the most central entities (highest PageRank) and the relations among
   * them (at most 20000, strongest first), what an explorer opens on before it loads neighbourhoods on demand. Typed
   * relations only unless `includeCoOccurrence`. `truncated` says when the graph holds more entities than `limit` or
   * more relations than fit.
   */
  overview: Subgraph;
  /** One relation by id. */
  relation?: Maybe<Relation>;
  /** Relations, paged and sorted, optionally filtered. */
  relations: RelationConnection;
  /** Search by name or alias: case- and accent-insensitive, prefix and fuzzy; best first. */
  search: Array<SearchHit>;
  /** Shortest paths (fewest hops, ignoring direction) between two entities, optionally over some categories only. */
  shortestPath: Array<Path>;
  /** Counts and communities of the graph being served. */
  stats: GraphStats;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryEdgeListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryFacetsArgs = {
  entityFilter?: InputMaybe<EntityFilter>;
  filter?: InputMaybe<RelationFilter>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryOverviewArgs = {
  community?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
  includeCoOccurrence?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/** Reads (public). Limits: queries at most 12 levels deep, cost at most 100000, 20000 tokens, 1 MiB body, 10 s; list sizes as given per argument. A value out of range is a BAD_USER_INPUT error naming the argument and the allowed range. */
export type QueryShortestPathArgs = {
  categories?: InputMaybe<Array<RelationCategory>>;
  from: Scalars['ID']['input'];
  maxPaths?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/** A typed, directed relation between two entities, with the sentences that support it. */
export type Relation = {
  __typename?: 'Relation';
  /** CAMEO event code when the category maps to one, e.g. '173'. */
  cameo?: Maybe<Scalars['String']['output']>;
  /** Coarse category of the relation. */
  category: RelationCategory;
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** True when a curator added or changed this relation. */
  curated: Scalars['Boolean']['output'];
  /** ISO date (full or partial) the text gives for the relation, normalised against the article date. */
  date?: Maybe<Scalars['String']['output']>;
  /** Every sentence supporting the relation (empty for relations added by curation). */
  evidence: Array<Evidence>;
  /**
   * The relation's date as the date filters (RelationFilter.from/to), Facets.dateRange and the explorer read it: its
   * own `date` (when the text dates the event), else the earliest publication date among its documents (when it was
   * first reported); null when neither is known.
   */
  firstDate?: Maybe<Scalars['String']['output']>;
  /** Stable id of the relation. */
  id: Scalars['ID']['output'];
  /** Wording in the article's own words. */
  label: Scalars['String']['output'];
  /** Every distinct wording seen for this relation, the main label first. */
  labels: Array<Scalars['String']['output']>;
  /** A curator's note, for relations added by curation. */
  note?: Maybe<Scalars['String']['output']>;
  /** Numbers the sentences attach to the relation (casualties, amounts). */
  quantities: Array<Quantity>;
  /** Entity the relation starts from (the subject). */
  source: Entity;
  /** Id of `source`, read from the relation itself (no entity is looked up: what long lists of relations ask for). */
  sourceId: Scalars['ID']['output'];
  /** Entity the relation points to (the object). */
  target: Entity;
  /** Id of `target`, read from the relation itself (no entity is looked up). */
  targetId: Scalars['ID']['output'];
  /** Number of supporting sentences. */
  weight: Scalars['Int']['output'];
};

/** Coarse relation categories (see ONTOLOGY.md). MENTIONS edges (document -> entity) are exposed as Mention, not Relation. */
export type RelationCategory =
  | 'ALLIANCE'
  | 'ANNOUNCEMENT'
  | 'ASSOCIATION'
  | 'COERCION'
  | 'CO_OCCURRENCE'
  | 'LOCATION'
  | 'MOVEMENT'
  | 'OPPOSITION'
  | 'ORIGIN'
  | 'PART_OF'
  | 'ROLE'
  | 'STATEMENT'
  | 'SUPPORT'
  | 'VIOLENCE';

/** Relations as columns: entry i of every list describes the same relation. */
export type RelationColumns = {
  __typename?: 'RelationColumns';
  /** Categories. */
  category: Array<RelationCategory>;
  /** Extraction confidences, 0 to 1. */
  confidence: Array<Scalars['Float']['output']>;
  /** Dates the text gives (null when it gives none): Relation.date. */
  date: Array<Maybe<Scalars['String']['output']>>;
  /** Dates the date filters read (own date, else first reported; null when neither is known): Relation.firstDate. */
  firstDate: Array<Maybe<Scalars['String']['output']>>;
  /** Relation ids. */
  id: Array<Scalars['ID']['output']>;
  /** Wordings in the article's own words. */
  label: Array<Scalars['String']['output']>;
  /** Source entity ids. */
  sourceId: Array<Scalars['ID']['output']>;
  /** Target entity ids. */
  targetId: Array<Scalars['ID']['output']>;
  /** Relations matching the arguments, before `offset` and `first` cut the page. */
  totalCount: Scalars['Int']['output'];
  /** Numbers of supporting sentences. */
  weight: Array<Scalars['Int']['output']>;
};

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The page, with cursors. */
  edges: Array<RelationEdge>;
  /** The page, without cursors. */
  nodes: Array<Relation>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of relations matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relation in a paged list. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque cursor of this item (pass as `after`). */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** Filters for relations. All given conditions must hold. */
export type RelationFilter = {
  /** Only relations of these categories. */
  categories?: InputMaybe<Array<RelationCategory>>;
  /** Only relations with both ends in this community. */
  community?: InputMaybe<Scalars['Int']['input']>;
  /** Only relations with evidence in this document (id). */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only relations touching an entity of one of these types. */
  entityTypes?: InputMaybe<Array<EntityType>>;
  /** Exclude CO_OCCURRENCE edges (default false). */
  excludeCoOccurrence?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Only relations whose firstDate (their own date, else their earliest article's) is on or after this ISO date
   * (YYYY, YYYY-MM or YYYY-MM-DD; partial dates compare as the periods they name). Undated relations are left out.
   */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only relations with at least this confidence (0 to 1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Only relations whose firstDate (their own date, else their earliest article's) is on or before this ISO date
   * (YYYY, YYYY-MM or YYYY-MM-DD; partial dates compare as the periods they name). Undated relations are left out.
   */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a relation list. */
export type RelationOrder = {
  /** Sort direction (default DESC: largest or newest first). */
  direction?: OrderDirection;
  /** What to sort by (default CONFIDENCE). */
  field?: RelationOrderField;
};

/** What relations can be sorted by. */
export type RelationOrderField =
  | 'CONFIDENCE'
  | 'DATE'
  | 'WEIGHT';

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** The name or alias that matched. */
  matched: Scalars['String']['output'];
  /** Match score; higher is better. */
  score: Scalars['Float']['output'];
};

/** A span inside a document's text (character offsets, end exclusive). */
export type Span = {
  __typename?: 'Span';
  /** Offset after the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** A subgraph ready to render: entities with positions and the relations between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /**
   * The relations of `edges` as columns, in the same order (strongest first), optionally only those touching one
   * entity or only the others, a page at a time: a client can list a focus's own relations first and fetch the
   * relations among its neighbours after.
   */
  edgeColumns: RelationColumns;
  /** Relations among those entities (at most 20000). */
  edges: Array<Relation>;
  /**
   * The entities of `nodes` as columns, in the same order: built in one pass over the rows, without resolving each
   * entity field by field, so a hub's 2,000 neighbours cost a few milliseconds instead of hundreds. For clients that
   * draw thousands of entities.
   */
  nodeColumns: EntityColumns;
  /** Entities, the focus included, with layout positions. */
  nodes: Array<Entity>;
  /** True when limits cut the subgraph short. */
  truncated: Scalars['Boolean']['output'];
};


/** A subgraph ready to render: entities with positions and the relations between them. */
export type SubgraphEdgeColumnsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  notTouching?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  touching?: InputMaybe<Scalars['ID']['input']>;
};

/** Number of entities of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** Number of entities of that type. */
  count: Scalars['Int']['output'];
  /** Entity type. */
  type: EntityType;
};
