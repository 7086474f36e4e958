import DataLoader from 'dataloader';

/** What every GraphQL request's context holds: the HTTP request and that request's DataLoaders. */
export interface GraphQLContext {
  req: { headers: Record<string, string | undefined>; user?: unknown; ip?: string };
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

export function createGraphQLContext({ req }: { req: GraphQLContext['req'] }): GraphQLContext {
  return { req, loaders: new Map() };
}

/**
 * The request's DataLoader under `key`, created on first use. Loaders live for one request only,
 * so batching never crosses users and caching never goes stale.
 */
export function loaderFor<K, V>(context: GraphQLContext, key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys: one value (or `fallback`) per key. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups batch results by key: a list (possibly empty) per key. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
