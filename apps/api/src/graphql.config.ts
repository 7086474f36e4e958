import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '@carebridge/config';
import {
  createGraphQLContext,
  DEFAULT_PAGE_SIZE,
  formatGraphQLError,
  maxAliasesRule,
  maxDepthRule,
  requestLimitsPlugin,
} from '@carebridge/common';

/** Longest string any argument may carry; the longest free-text fields (case descriptions, logs) stay far below. */
const MAX_STRING_LENGTH = 10_000;

/**
 * Code-first schema, written to apps/api/schema.gql so every API change shows in review. Hardened:
 * depth, cost and alias limits on every operation, no batched requests, no introspection or
 * GraphiQL in production, and errors that never carry a stack trace or SQL (formatGraphQLError).
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: production ? true : join(process.cwd(), 'apps/api/schema.gql'),
    sortSchema: true,
    context: createGraphQLContext,
    formatError: formatGraphQLError,
    introspection: !production,
    playground: false,
    graphiql: !production,
    includeStacktraceInErrorResponses: false,
    // One operation per HTTP request: a batch would multiply every per-operation limit below.
    allowBatchedHttpRequests: false,
    validationRules: [maxDepthRule(config.GRAPHQL_MAX_DEPTH), maxAliasesRule(config.GRAPHQL_MAX_ALIASES)],
    plugins: [
      requestLimitsPlugin({ maxComplexity: config.GRAPHQL_MAX_COMPLEXITY, maxStringLength: MAX_STRING_LENGTH, defaultPageSize: DEFAULT_PAGE_SIZE }),
    ],
  };
}
