import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { AuthUser } from '@carebridge/auth';
import { AuditKind, AuditLogService, formatGraphQLError, GraphQLContext, originOf } from '@carebridge/common';

/** Mutations that write richer entries of their own (login: LOGIN / LOGIN_FAILED). */
const SELF_AUDITED = new Set(['login']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Args = Record<string, unknown>;

const isObject = (value: unknown): value is Args => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Argument names, one level into input objects (`input.name`): what was sent, never its values. */
export function argumentNames(args: Args): string[] {
  return Object.entries(args)
    .flatMap(([name, value]) => (isObject(value) ? Object.keys(value).map((field) => `${name}.${field}`) : [name]))
    .sort();
}

/** The ids among the arguments (`id`, `traineeId`, `input.placementId` …): identifiers, not personal data. */
export function argumentIds(args: Args): Record<string, string> {
  const ids: Record<string, string> = {};
  const collect = (object: Args, prefix: string) => {
    for (const [name, value] of Object.entries(object)) {
      if (isObject(value) && !prefix) collect(value, `${name}.`);
      else if ((name === 'id' || name.endsWith('Id')) && typeof value === 'string' && UUID.test(value)) ids[`${prefix}${name}`] = value;
    }
  };
  collect(args, '');
  return ids;
}

/** `Type:id` of what a mutation acted on: the object it returned, else the one its `id` argument names. */
function targetOf(info: GraphQLResolveInfo, args: Args, result: unknown): string | null {
  const typeName = getNamedType(info.returnType).name;
  const resultId = isObject(result) ? result.id : undefined;
  if (typeof resultId === 'string' && UUID.test(resultId)) return `${typeName}:${resultId}`;
  if (typeof args.id === 'string' && UUID.test(args.id)) return `${typeName}:${args.id}`;
  return null;
}

/**
 * Writes one audit entry per executed mutation: who (user and role), what (operation, target id,
 * argument names and ids), whether it succeeded (or the error's code and reason), from where (IP,
 * user agent). Each entry is its own insert after the mutation, so a rolled-back mutation is still
 * recorded; the response waits for the entries.
 */
@Plugin()
export class AuditTrailPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly audit: AuditLogService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const entries: Promise<void>[] = [];
    return {
      executionDidStart: async () => ({
        willResolveField: ({ info, args, contextValue }) => {
          if (info.parentType.name !== 'Mutation' || info.path.prev !== undefined || SELF_AUDITED.has(info.fieldName)) return;
          return (thrown: unknown, result: unknown) => {
            // Nest's exception filters hand a refusal back as the resolver's value; GraphQL then raises it.
            const error = thrown ?? (result instanceof Error ? result : undefined);
            const user = contextValue.req.user as AuthUser | undefined;
            const failure = error ? formatGraphQLError({ message: '' }, error).extensions : undefined;
            entries.push(
              this.audit.record({
                ...originOf(contextValue.req),
                actorUserId: user?.id,
                actorRole: user?.role,
                action: info.fieldName,
                kind: AuditKind.MUTATION,
                target: error ? null : targetOf(info, args, result),
                succeeded: !error,
                details: {
                  args: argumentNames(args),
                  ids: argumentIds(args),
                  ...(failure ? { errorCode: String(failure.code), errorReason: String(failure.reason) } : {}),
                },
              }),
            );
          };
        },
      }),
      willSendResponse: async () => {
        await Promise.all(entries);
      },
    };
  }
}
