// One Jest run, two projects: fast unit specs (pure logic) and e2e specs through HTTP against
// the real PostgreSQL and Redis (run in band: they share one test database).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  // Nest 12 and some of its dependencies ship ESM only: let swc turn them into CommonJS.
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|@whatwg-node|uid|file-type|strtok3|token-types|@tokenizer|load-esm|nestjs-pino)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  // Jest 30 reads the timeout only at the top level; e2e tests boot the app and talk to services.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/libs/testing/src/e2e-env.ts'],
    },
  ],
};
