import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';
import { listCostEstimator, maxAliasesRule, maxDepthRule, UNBOUNDED_LIST_SIZE } from './request-limits';

const schema = buildSchema(`
  type Query { trainees(first: Int): TraineeConnection!  trainee(id: ID!): Trainee }
  type TraineeConnection { nodes: [Trainee!]!  totalCount: Int! }
  type Trainee { id: ID!  name: String!  enrollments: [Enrollment!]! }
  type Enrollment { id: ID!  trainee: Trainee! }
`);

function reasons(query: string, rules: Parameters<typeof validate>[2]): string[] {
  return validate(schema, parse(query), rules).map((error) => (error.originalError as AppError).reason);
}

describe('maxDepthRule', () => {
  const rule = [maxDepthRule(4)];

  it('counts nested fields, the leaf included', () => {
    expect(reasons('{ trainees { nodes { enrollments { id } } } }', rule)).toEqual([]);
    expect(reasons('{ trainees { nodes { enrollments { trainee { id } } } } }', rule)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('follows fragments and inline fragments where they are spread, and does not loop on a cycle', () => {
    expect(reasons('{ trainees { nodes { ...E } } } fragment E on Trainee { enrollments { trainee { id } } }', rule)).toEqual(['QUERY_TOO_DEEP']);
    expect(reasons('{ trainees { nodes { ... on Trainee { enrollments { trainee { id } } } } } }', rule)).toEqual(['QUERY_TOO_DEEP']);
    const cyclic = validate(schema, parse('{ trainee(id: 1) { ...A } } fragment A on Trainee { enrollments { trainee { ...A } } }'), [...specifiedRules, maxDepthRule(50)]);
    expect(cyclic.map((error) => error.message).join()).toContain('Cannot spread fragment "A" within itself');
  });

  it('leaves introspection out', () => {
    expect(reasons('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', rule)).toEqual([]);
  });
});

describe('maxAliasesRule', () => {
  it('refuses more aliases than allowed in the whole document', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: trainee(id: ${i}) { id }`).join(' ')} }`;
    expect(reasons(aliases(3), [maxAliasesRule(3)])).toEqual([]);
    expect(reasons(aliases(4), [maxAliasesRule(3)])).toEqual(['TOO_MANY_ALIASES']);
  });
});

describe('listCostEstimator', () => {
  const cost = (query: string) => getComplexity({ schema, query: parse(query), estimators: [listCostEstimator(50)] });

  it('multiplies a paged field by its page size, default 50, and counts nodes once', () => {
    expect(cost('{ trainees(first: 10) { nodes { id name } } }')).toBe(1 + 10 * (1 + 2));
    expect(cost('{ trainees { totalCount } }')).toBe(1 + 50 * 1);
  });

  it('counts an unbounded list by UNBOUNDED_LIST_SIZE items', () => {
    expect(cost('{ trainee(id: 1) { enrollments { id } } }')).toBe(1 + (1 + UNBOUNDED_LIST_SIZE * 1));
  });
});
