import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';

/** What requestLimitsPlugin checks before an operation runs. */
export interface RequestLimits {
  maxComplexity: number;
  /** Longest string accepted in an argument or variable. */
  maxStringLength: number;
  /** Page size of a paged field called without `first`. */
  defaultPageSize: number;
}

/** A list whose size no argument bounds (a cohort's enrolments, a case's log) counts as this many items. */
export const UNBOUNDED_LIST_SIZE = 10;

/** Refusal as GraphQL reports it: BAD_USER_INPUT with a stable reason (formatGraphQLError reads the AppError), HTTP 400. */
function refusal(reason: string, message: string, nodes?: GraphQLError['nodes']): GraphQLError {
  return new GraphQLError(message, { nodes, originalError: AppError.badInput(reason, message), extensions: { http: { status: 400 } } });
}

/**
 * Nesting depth of an operation: `{ trainees { nodes { name } } }` is 3. Fragments count where they
 * are spread. Introspection (`__schema`, `__type`) is left out: it is off in production, and the
 * development tools' own introspection query is deeper than any operation needs.
 */
export function maxDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode, spread: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, spread) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, spread));
        } else {
          const fragment = fragments.get(selection.name.value);
          // A cycle is reported by GraphQL's own NoFragmentCycles rule; here it only must not loop.
          if (fragment && !spread.has(fragment.name.value)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...spread, fragment.name.value])));
          }
        }
        if (deepest > maxDepth) break;
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        if (depthOf(operation.selectionSet, new Set()) > maxDepth) {
          context.reportError(refusal('QUERY_TOO_DEEP', `查询嵌套过深：最多${maxDepth}层`, [operation]));
        }
      },
    };
  };
}

/** Aliases in the whole document: many aliases of one field are many calls of it in one request. */
export function maxAliasesRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      let aliases = 0;
      visit(document, {
        Field(field) {
          if (field.alias) aliases += 1;
        },
      });
      if (aliases > maxAliases) context.reportError(refusal('TOO_MANY_ALIASES', `一次请求最多使用${maxAliases}个别名，实际${aliases}个`, [document]));
    },
  });
}

/**
 * Cost of a field: 1, plus its children once per item it can return. Paged fields multiply by
 * `first` (their default page when absent); other lists by UNBOUNDED_LIST_SIZE, except a
 * connection's `nodes`, already counted by its paged parent.
 */
export function listCostEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ args, field, childComplexity }) => {
    if (field.args.some((arg) => arg.name === 'first')) {
      const first = typeof args.first === 'number' && args.first > 0 ? args.first : defaultPageSize;
      return 1 + childComplexity * first;
    }
    const items = isListType(getNullableType(field.type)) && field.name !== 'nodes' ? UNBOUNDED_LIST_SIZE : 1;
    return 1 + childComplexity * items;
  };
}

/** Fields (counted through fragments) beyond which graphql-query-complexity stops counting and throws. */
const MAX_QUERY_NODES = 10_000;
const TOO_MANY_NODES = /maximum allowed number of nodes/;

/** Characters no text field has a use for (C0 controls but tab and line breaks, NUL among them). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first problem among the strings of a value, with the path to it. */
function stringProblem(value: unknown, path: string, maxLength: number): { path: string; reason: 'INPUT_TOO_LONG' | 'INVALID_CHARACTERS' } | null {
  if (typeof value === 'string') {
    if (value.length > maxLength) return { path, reason: 'INPUT_TOO_LONG' };
    return CONTROL_CHARACTERS.test(value) ? { path, reason: 'INVALID_CHARACTERS' } : null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = stringProblem(item, path ? `${path}.${key}` : key, maxLength);
      if (problem) return problem;
    }
  }
  return null;
}

function inlineStrings(document: DocumentNode): string[] {
  const strings: string[] = [];
  visit(document, {
    StringValue(node) {
      strings.push(node.value);
    },
  });
  return strings;
}

/**
 * Checks each operation before it runs: its cost (graphql-query-complexity with listCostEstimator),
 * and every string it carries, in variables or written inline: none longer than maxStringLength,
 * none with control characters (PostgreSQL refuses NUL in text, which would surface as a fault).
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  const estimators = [listCostEstimator(limits.defaultPageSize)];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const problem = stringProblem(variables, '', limits.maxStringLength) ?? stringProblem(inlineStrings(document), 'query', limits.maxStringLength);
          if (problem) {
            const message = problem.reason === 'INPUT_TOO_LONG' ? `输入过长：每项最多${limits.maxStringLength}个字符` : '输入含有不允许的控制字符';
            throw new GraphQLError(message, { originalError: AppError.badInput(problem.reason, message, problem.path), extensions: { http: { status: 400 } } });
          }
          let complexity: number;
          try {
            complexity = getComplexity({ schema, query: document, operationName: request.operationName ?? undefined, variables, estimators, maxQueryNodes: MAX_QUERY_NODES });
          } catch (error) {
            // Bad variables: execution refuses them next, with GraphQL's own precise message.
            if (!TOO_MANY_NODES.test((error as Error).message)) return;
            complexity = Infinity;
          }
          if (complexity > limits.maxComplexity) {
            throw refusal('QUERY_TOO_COMPLEX', `查询过于复杂（估算开销${Number.isFinite(complexity) ? complexity : '过大'}，上限${limits.maxComplexity}），请减少每页条数或字段`);
          }
        },
      };
    },
  };
}
