import { loadConfig } from '@carebridge/config';
import { graphqlOptions } from './graphql.config';

const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  PII_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  PII_HMAC_KEY: Buffer.alloc(32, 9).toString('base64'),
};

describe('graphqlOptions', () => {
  it('turns introspection and GraphiQL off in production, and never sends stack traces', () => {
    const options = graphqlOptions(loadConfig(PRODUCTION_ENV));
    expect(options).toMatchObject({ introspection: false, graphiql: false, playground: false, includeStacktraceInErrorResponses: false, allowBatchedHttpRequests: false });
  });

  it('keeps them on in development, where the schema file is written', () => {
    const options = graphqlOptions(loadConfig({ NODE_ENV: 'development' }));
    expect(options).toMatchObject({ introspection: true, graphiql: true, includeStacktraceInErrorResponses: false });
  });

  it('applies the depth and alias limits and the cost plugin', () => {
    const options = graphqlOptions(loadConfig({ NODE_ENV: 'development' }));
    expect(options.validationRules).toHaveLength(2);
    expect(options.plugins).toHaveLength(1);
  });
});
