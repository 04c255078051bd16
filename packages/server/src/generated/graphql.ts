import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationRecord, DocumentRecord, MentionRecord, EvidenceRecord, CommunityRecord, StatsRecord, JobRecord } from '../model.js';
import type { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AddArticleInput = {
  /** ISO date of publication. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Optional file name (without directory) to store the article under. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddRelationInput = {
  category: RelationCategory;
  confidence?: InputMaybe<Scalars['Float']['input']>;
  label: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
  target: Scalars['ID']['input'];
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: RelationCategory;
  count: Scalars['Int']['output'];
};

export type Community = {
  __typename?: 'Community';
  id: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
  /** Members with the highest PageRank first. */
  topMembers: Array<Entity>;
};


export type CommunityTopMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a curation mutation did; the graph already reflects it when this returns. */
export type CurationResult = {
  __typename?: 'CurationResult';
  entity?: Maybe<Entity>;
  message?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  relation?: Maybe<Relation>;
};

export type Document = {
  __typename?: 'Document';
  date?: Maybe<Scalars['String']['output']>;
  entities: Array<Entity>;
  file: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Entity mentions, sorted by offset, so a client can highlight them. */
  mentions: Array<Mention>;
  publisher?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  wordCount: Scalars['Int']['output'];
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  nodes: Array<Document>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type EdgeListPage = {
  __typename?: 'EdgeListPage';
  pageInfo: PageInfo;
  rows: Array<EdgeRow>;
  totalCount: Scalars['Int']['output'];
};

/** A flat edge row: drops straight into pandas.DataFrame. */
export type EdgeRow = {
  __typename?: 'EdgeRow';
  category: RelationCategory;
  confidence: Scalars['Float']['output'];
  date?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  sourceLabel: Scalars['String']['output'];
  sourceType: EntityType;
  target: Scalars['ID']['output'];
  targetLabel: Scalars['String']['output'];
  targetType: EntityType;
  weight: Scalars['Int']['output'];
};

/** A named thing in the graph. */
export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Scalars['String']['output']>;
  community: Scalars['Int']['output'];
  curated: Scalars['Boolean']['output'];
  degree: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Documents mentioning this entity, newest first (a central entity can be in hundreds). */
  documents: Array<Document>;
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 for countries. */
  iso?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  mentionCount: Scalars['Int']['output'];
  /** Where this entity is mentioned. */
  mentions: Array<Mention>;
  pagerank: Scalars['Float']['output'];
  /** Relations in both directions, optionally filtered. */
  relations: Array<Relation>;
  /** Titles held, as written ('President', 'police spokesman'). */
  roles: Array<Scalars['String']['output']>;
  size: Scalars['Float']['output'];
  type: EntityType;
  x: Scalars['Float']['output'];
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

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** Filters for entities. All given conditions must hold. */
export type EntityFilter = {
  community?: InputMaybe<Scalars['Int']['input']>;
  /** Only entities mentioned in this document (id). */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities with at least this many relation neighbours. */
  minDegree?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};

export type EntityOrder = {
  direction?: OrderDirection;
  field?: EntityOrderField;
};

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
  document: Document;
  end: Scalars['Int']['output'];
  /** Entity mentions inside this sentence, offsets relative to the document text. */
  mentions: Array<Mention>;
  /** Offsets of the sentence in the document's text. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** Offsets of the trigger words inside the document, when known. */
  trigger?: Maybe<Span>;
};

/** Download addresses for whole-graph exports over HTTP. */
export type Exports = {
  __typename?: 'Exports';
  edgesCsv: Scalars['String']['output'];
  gexf: Scalars['String']['output'];
  graphml: Scalars['String']['output'];
  json: Scalars['String']['output'];
  nodesCsv: Scalars['String']['output'];
};

export type GraphStats = {
  __typename?: 'GraphStats';
  builtAt?: Maybe<Scalars['String']['output']>;
  communities: Array<Community>;
  documentCount: Scalars['Int']['output'];
  entitiesByType: Array<TypeCount>;
  entityCount: Scalars['Int']['output'];
  relationCount: Scalars['Int']['output'];
  relationsByCategory: Array<CategoryCount>;
};


export type GraphStatsCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Job = {
  __typename?: 'Job';
  /** Document id the job concerns, when there is one. */
  documentId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  status: JobStatus;
};

export type JobStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type Mention = {
  __typename?: 'Mention';
  document: Document;
  end: Scalars['Int']['output'];
  entity: Entity;
  sentence: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Store an article and extract it into the graph in a worker. With wait (default) the job is finished on return. */
  addArticle: Job;
  addRelation: CurationResult;
  deleteArticle: Job;
  mergeEntities: CurationResult;
  rejectEntity: CurationResult;
  rejectRelation: CurationResult;
  renameEntity: CurationResult;
  retypeEntity: CurationResult;
};


export type MutationAddArticleArgs = {
  input: AddArticleInput;
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationAddRelationArgs = {
  input: AddRelationInput;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationMergeEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
  into?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectEntityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectRelationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetypeEntityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  type: EntityType;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  /** Relations along the path, in order (each may point either way). */
  edges: Array<Relation>;
  length: Scalars['Int']['output'];
  /** Entities from the start to the end. */
  nodes: Array<Entity>;
};

export type Quantity = {
  __typename?: 'Quantity';
  text: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  document?: Maybe<Document>;
  documents: DocumentConnection;
  /** A flat edge list for notebooks (MENTIONS excluded). */
  edgeList: EdgeListPage;
  entities: EntityConnection;
  /** One entity by id, or by exact name or alias (case-insensitive). */
  entity?: Maybe<Entity>;
  exports: Exports;
  /** A background job started by a mutation. */
  job?: Maybe<Job>;
  /** Entities within `depth` hops of an entity, and the relations among them. */
  neighborhood: Subgraph;
  relation?: Maybe<Relation>;
  relations: RelationConnection;
  /** Search by name or alias: case- and accent-insensitive, prefix and fuzzy; best first. */
  search: Array<SearchHit>;
  /** Shortest paths (fewest hops, ignoring direction) between two entities, optionally over some categories only. */
  shortestPath: Array<Path>;
  stats: GraphStats;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEdgeListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryShortestPathArgs = {
  categories?: InputMaybe<Array<RelationCategory>>;
  from: Scalars['ID']['input'];
  maxPaths?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/** A typed, directed relation between two entities, with the sentences that support it. */
export type Relation = {
  __typename?: 'Relation';
  cameo?: Maybe<Scalars['String']['output']>;
  category: RelationCategory;
  confidence: Scalars['Float']['output'];
  curated: Scalars['Boolean']['output'];
  date?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Wording in the article's own words. */
  label: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  quantities: Array<Quantity>;
  source: Entity;
  target: Entity;
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

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** Filters for relations. All given conditions must hold. */
export type RelationFilter = {
  categories?: InputMaybe<Array<RelationCategory>>;
  community?: InputMaybe<Scalars['Int']['input']>;
  /** Only relations with evidence in this document (id). */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only relations touching an entity of one of these types. */
  entityTypes?: InputMaybe<Array<EntityType>>;
  /** Exclude CO_OCCURRENCE edges (default false). */
  excludeCoOccurrence?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only relations whose date (or whose documents' date) is on or after this ISO date. */
  from?: InputMaybe<Scalars['String']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only relations whose date (or whose documents' date) is on or before this ISO date. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type RelationOrder = {
  direction?: OrderDirection;
  field?: RelationOrderField;
};

export type RelationOrderField =
  | 'CONFIDENCE'
  | 'DATE'
  | 'WEIGHT';

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** The name or alias that matched. */
  matched: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

/** A span inside a document's text (character offsets, end exclusive). */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** A subgraph ready to render: entities with positions and the relations between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relation>;
  nodes: Array<Entity>;
  /** True when limits cut the subgraph short. */
  truncated: Scalars['Boolean']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: EntityType;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddArticleInput: AddArticleInput;
  AddRelationInput: AddRelationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  Community: ResolverTypeWrapper<CommunityRecord>;
  CurationResult: ResolverTypeWrapper<Omit<CurationResult, 'entity' | 'relation'> & { entity?: Maybe<ResolversTypes['Entity']>, relation?: Maybe<ResolversTypes['Relation']> }>;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  EdgeListPage: ResolverTypeWrapper<EdgeListPage>;
  EdgeRow: ResolverTypeWrapper<EdgeRow>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Exports: ResolverTypeWrapper<Exports>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<StatsRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Job: ResolverTypeWrapper<JobRecord>;
  JobStatus: JobStatus;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Entity']> }>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationCategory: RelationCategory;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationEdge']>, nodes: Array<ResolversTypes['Relation']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationOrder: RelationOrder;
  RelationOrderField: RelationOrderField;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Span: ResolverTypeWrapper<Span>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Entity']> }>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddArticleInput: AddArticleInput;
  AddRelationInput: AddRelationInput;
  Boolean: Scalars['Boolean']['output'];
  CategoryCount: CategoryCount;
  Community: CommunityRecord;
  CurationResult: Omit<CurationResult, 'entity' | 'relation'> & { entity?: Maybe<ResolversParentTypes['Entity']>, relation?: Maybe<ResolversParentTypes['Relation']> };
  Document: DocumentRecord;
  DocumentConnection: Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  EdgeListPage: EdgeListPage;
  EdgeRow: EdgeRow;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  Evidence: EvidenceRecord;
  Exports: Exports;
  Float: Scalars['Float']['output'];
  GraphStats: StatsRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Job: JobRecord;
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Entity']> };
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationConnection: Omit<RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationEdge']>, nodes: Array<ResolversParentTypes['Relation']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  RelationOrder: RelationOrder;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Span: Span;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Entity']> };
  TypeCount: TypeCount;
}>;

export type CategoryCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RelationCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topMembers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<CommunityTopMembersArgs, 'first'>>;
}>;

export type CurationResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurationResult'] = ResolversParentTypes['CurationResult']> = ResolversObject<{
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
}>;

export type DocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DocumentConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DocumentEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
}>;

export type EdgeListPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EdgeListPage'] = ResolversParentTypes['EdgeListPage']> = ResolversObject<{
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['EdgeRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EdgeRowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EdgeRow'] = ResolversParentTypes['EdgeRow']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RelationCategory'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<EntityDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<EntityMentionsArgs, 'first'>>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EntityRelationsArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
}>;

export type ExportsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Exports'] = ResolversParentTypes['Exports']> = ResolversObject<{
  edgesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gexf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graphml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphStatsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = ResolversObject<{
  builtAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<GraphStatsCommunitiesArgs, 'first'>>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = ResolversObject<{
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
}>;

export type MentionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = ResolversObject<{
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addArticle?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationAddArticleArgs, 'input' | 'wait'>>;
  addRelation?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id' | 'wait'>>;
  mergeEntities?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'ids'>>;
  rejectEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationRejectEntityArgs, 'id'>>;
  rejectRelation?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationRejectRelationArgs, 'id'>>;
  renameEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'id' | 'label'>>;
  retypeEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationRetypeEntityArgs, 'id' | 'type'>>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  edgeList?: Resolver<ResolversTypes['EdgeListPage'], ParentType, ContextType, RequireFields<QueryEdgeListArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntityArgs>>;
  exports?: Resolver<ResolversTypes['Exports'], ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'query'>>;
  shortestPath?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxPaths' | 'to'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
}>;

export type RelationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = ResolversObject<{
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RelationCategory'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SpanResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TypeCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  CategoryCount?: CategoryCountResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CurationResult?: CurationResultResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  EdgeListPage?: EdgeListPageResolvers<ContextType>;
  EdgeRow?: EdgeRowResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Exports?: ExportsResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
}>;

