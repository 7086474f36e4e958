import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '@carebridge/config';
import { createGraphQLContext, formatGraphQLError } from '@carebridge/common';

/** Code-first schema, written to apps/api/schema.gql so every API change shows in review. */
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
  };
}
