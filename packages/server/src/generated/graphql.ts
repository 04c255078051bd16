import type * as Types from "@newskg/graph-model/schema";
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationRecord, DocumentRecord, MentionRecord, EvidenceRecord, CommunityRecord, StatsRecord, JobRecord, SubgraphRecord } from '../model.js';
import type { GraphContext } from '../context.js';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

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
  AddArticleInput: Types.AddArticleInput;
  AddRelationInput: Types.AddRelationInput;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  CategoryCount: ResolverTypeWrapper<Types.CategoryCount>;
  Community: ResolverTypeWrapper<CommunityRecord>;
  CurationResult: ResolverTypeWrapper<Omit<Types.CurationResult, 'entity' | 'relation'> & { entity?: Types.Maybe<ResolversTypes['Entity']>, relation?: Types.Maybe<ResolversTypes['Relation']> }>;
  DateRange: ResolverTypeWrapper<Types.DateRange>;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentConnection: ResolverTypeWrapper<Omit<Types.DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<Types.DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  EdgeListPage: ResolverTypeWrapper<Types.EdgeListPage>;
  EdgeRow: ResolverTypeWrapper<Types.EdgeRow>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityColumns: ResolverTypeWrapper<Types.EntityColumns>;
  EntityConnection: ResolverTypeWrapper<Omit<Types.EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<Types.EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: Types.EntityFilter;
  EntityOrder: Types.EntityOrder;
  EntityOrderField: Types.EntityOrderField;
  EntityType: Types.EntityType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Exports: ResolverTypeWrapper<Types.Exports>;
  Facets: ResolverTypeWrapper<Types.Facets>;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<StatsRecord>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  Job: ResolverTypeWrapper<JobRecord>;
  JobStatus: Types.JobStatus;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: Types.OrderDirection;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Path: ResolverTypeWrapper<Omit<Types.Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Entity']> }>;
  Quantity: ResolverTypeWrapper<Types.Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationCategory: Types.RelationCategory;
  RelationColumns: ResolverTypeWrapper<Types.RelationColumns>;
  RelationConnection: ResolverTypeWrapper<Omit<Types.RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationEdge']>, nodes: Array<ResolversTypes['Relation']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<Types.RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: Types.RelationFilter;
  RelationOrder: Types.RelationOrder;
  RelationOrderField: Types.RelationOrderField;
  SearchHit: ResolverTypeWrapper<Omit<Types.SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Span: ResolverTypeWrapper<Types.Span>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  TypeCount: ResolverTypeWrapper<Types.TypeCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddArticleInput: Types.AddArticleInput;
  AddRelationInput: Types.AddRelationInput;
  Boolean: Types.Scalars['Boolean']['output'];
  CategoryCount: Types.CategoryCount;
  Community: CommunityRecord;
  CurationResult: Omit<Types.CurationResult, 'entity' | 'relation'> & { entity?: Types.Maybe<ResolversParentTypes['Entity']>, relation?: Types.Maybe<ResolversParentTypes['Relation']> };
  DateRange: Types.DateRange;
  Document: DocumentRecord;
  DocumentConnection: Omit<Types.DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<Types.DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  EdgeListPage: Types.EdgeListPage;
  EdgeRow: Types.EdgeRow;
  Entity: EntityRecord;
  EntityColumns: Types.EntityColumns;
  EntityConnection: Omit<Types.EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  EntityEdge: Omit<Types.EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: Types.EntityFilter;
  EntityOrder: Types.EntityOrder;
  Evidence: EvidenceRecord;
  Exports: Types.Exports;
  Facets: Types.Facets;
  Float: Types.Scalars['Float']['output'];
  GraphStats: StatsRecord;
  ID: Types.Scalars['ID']['output'];
  Int: Types.Scalars['Int']['output'];
  Job: JobRecord;
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: Types.PageInfo;
  Path: Omit<Types.Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Entity']> };
  Quantity: Types.Quantity;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationColumns: Types.RelationColumns;
  RelationConnection: Omit<Types.RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationEdge']>, nodes: Array<ResolversParentTypes['Relation']> };
  RelationEdge: Omit<Types.RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: Types.RelationFilter;
  RelationOrder: Types.RelationOrder;
  SearchHit: Omit<Types.SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Span: Types.Span;
  String: Types.Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  TypeCount: Types.TypeCount;
}>;

export type CategoryCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RelationCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topMembers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<Types.CommunityTopMembersArgs, 'first'>>;
}>;

export type CurationResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurationResult'] = ResolversParentTypes['CurationResult']> = ResolversObject<{
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
}>;

export type DateRangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DocumentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publisher?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<Types.EntityDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<Types.EntityMentionsArgs, 'first'>>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.EntityRelationsArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EntityColumnsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EntityColumns'] = ResolversParentTypes['EntityColumns']> = ResolversObject<{
  community?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  degree?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  label?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pagerank?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  size?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<Array<ResolversTypes['EntityType']>, ParentType, ContextType>;
  x?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  y?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
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
  trigger?: Resolver<Types.Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
}>;

export type ExportsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Exports'] = ResolversParentTypes['Exports']> = ResolversObject<{
  edgesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gexf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graphml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodesCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FacetsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Facets'] = ResolversParentTypes['Facets']> = ResolversObject<{
  dateRange?: Resolver<Types.Maybe<ResolversTypes['DateRange']>, ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
}>;

export type GraphStatsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = ResolversObject<{
  builtAt?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<Types.GraphStatsCommunitiesArgs, 'first'>>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = ResolversObject<{
  documentId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  addArticle?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<Types.MutationAddArticleArgs, 'input' | 'wait'>>;
  addRelation?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationAddRelationArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<Types.MutationDeleteArticleArgs, 'id' | 'wait'>>;
  mergeEntities?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationMergeEntitiesArgs, 'ids'>>;
  rejectEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationRejectEntityArgs, 'id'>>;
  rejectRelation?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationRejectRelationArgs, 'id'>>;
  renameEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationRenameEntityArgs, 'id' | 'label'>>;
  retypeEntity?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<Types.MutationRetypeEntityArgs, 'id' | 'type'>>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  document?: Resolver<Types.Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<Types.QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<Types.QueryDocumentsArgs, 'first'>>;
  edgeList?: Resolver<ResolversTypes['EdgeListPage'], ParentType, ContextType, RequireFields<Types.QueryEdgeListArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<Types.QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<Types.QueryEntityArgs>>;
  exports?: Resolver<ResolversTypes['Exports'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['Facets'], ParentType, ContextType, Partial<Types.QueryFacetsArgs>>;
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<Types.QueryJobArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<Types.QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  overview?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<Types.QueryOverviewArgs, 'includeCoOccurrence' | 'limit'>>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<Types.QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<Types.QueryRelationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'limit' | 'query'>>;
  shortestPath?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<Types.QueryShortestPathArgs, 'from' | 'maxPaths' | 'to'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
}>;

export type RelationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = ResolversObject<{
  cameo?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RelationCategory'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantities?: Resolver<Array<ResolversTypes['Quantity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelationColumnsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RelationColumns'] = ResolversParentTypes['RelationColumns']> = ResolversObject<{
  category?: Resolver<Array<ResolversTypes['RelationCategory']>, ParentType, ContextType>;
  confidence?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Array<Types.Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  firstDate?: Resolver<Array<Types.Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  label?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  targetId?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
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
  edgeColumns?: Resolver<ResolversTypes['RelationColumns'], ParentType, ContextType, RequireFields<Types.SubgraphEdgeColumnsArgs, 'first' | 'offset'>>;
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodeColumns?: Resolver<ResolversTypes['EntityColumns'], ParentType, ContextType>;
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
  DateRange?: DateRangeResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  EdgeListPage?: EdgeListPageResolvers<ContextType>;
  EdgeRow?: EdgeRowResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityColumns?: EntityColumnsResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Exports?: ExportsResolvers<ContextType>;
  Facets?: FacetsResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationColumns?: RelationColumnsResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
}>;

