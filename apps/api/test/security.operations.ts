import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { SideIds } from './security.world';

/** One generated call of a root operation. */
export interface OperationCall {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The type an id argument names, from its name (`traineeId` → Trainee) or, for `id`, the operation's type. */
const ENTITY_OF_ID: Record<string, string> = {
  trainee: 'Trainee',
  agency: 'Agency',
  school: 'School',
  cohort: 'Cohort',
  enrollment: 'Enrollment',
  placement: 'Placement',
  visit: 'FollowUpVisit',
  followUpVisit: 'FollowUpVisit',
  station: 'ServiceStation',
  jobFair: 'JobFair',
  proposal: 'MatchProposal',
  run: 'MatchingRun',
  demand: 'JobDemand',
  household: 'Household',
  rightsCase: 'RightsCase',
  case: 'RightsCase',
  actorUser: 'User',
  user: 'User',
  policy: 'SubsidyPolicy',
  certificate: 'Certificate',
};

/** Types whose `id` argument names something else than the type returned. */
const ENTITY_OF_RETURN_TYPE: Record<string, string> = {
  WageRecord: 'Placement',
  AgencyRecord: 'Agency',
  TraineeIdentity: 'Trainee',
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PAGE = 5;

function unwrap(type: GraphQLInputType): { named: GraphQLNamedType; list: boolean; required: boolean } {
  const required = isNonNullType(type);
  const nullable = isNonNullType(type) ? type.ofType : type;
  return { named: getNamedType(type), list: isListType(nullable), required };
}

/**
 * Builds a call of every root operation against one side's objects: ids from that side (by the
 * argument's name, or the operation's return type for `id`), filters pointing at that side, and
 * plausible values elsewhere; the selection takes every field without required arguments, two
 * levels deep, so foreign data would show wherever a relation leads to it.
 */
export class OperationCalls {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: SideIds,
    private readonly residentId: string,
  ) {}

  all(depth = 3): OperationCall[] {
    const roots = [
      ['query', this.schema.getQueryType()],
      ['mutation', this.schema.getMutationType()],
    ] as const;
    return roots.flatMap(([keyword, type]) => (type ? Object.values(type.getFields()).map((field) => this.call(keyword, field, depth)) : []));
  }

  /**
   * The same operation split in pieces: its plain fields, then each relation on its own. An error in
   * one relation empties the whole answer (GraphQL nulls the parent), which could hide data another
   * relation gives away: each piece shows what it would give on its own.
   */
  pieces(operation: string, depth: number): OperationCall[] {
    const found = this.find(operation);
    if (!found) return [];
    const [keyword, field] = found;
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return [];
    const relations = Object.values(type.getFields()).filter((child) => isObjectType(getNamedType(child.type)) && child.args.every((arg) => !isNonNullType(arg.type)));
    return [
      this.call(keyword, field, 1),
      ...relations.map((relation) => this.call(keyword, field, depth, relation.name)),
    ];
  }

  private find(operation: string): ['query' | 'mutation', GraphQLField<unknown, unknown>] | undefined {
    const query = this.schema.getQueryType()?.getFields()[operation];
    if (query) return ['query', query];
    const mutation = this.schema.getMutationType()?.getFields()[operation];
    return mutation ? ['mutation', mutation] : undefined;
  }

  call(keyword: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, depth: number, only?: string): OperationCall {
    const returned = getNamedType(field.type).name;
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const uses: string[] = [];
    for (const arg of field.args) {
      const value = this.argumentValue(arg, returned);
      if (value === undefined) continue;
      variables[arg.name] = value;
      declarations.push(`$${arg.name}: ${arg.type.toString()}`);
      uses.push(`${arg.name}: $${arg.name}`);
    }
    const selection = this.selection(getNamedType(field.type), depth - 1, new Set([returned]), only);
    const query = `${keyword} Probe${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''}${selection} }`;
    return { operation: field.name, query, variables };
  }

  private selection(type: GraphQLNamedType, depth: number, path: ReadonlySet<string>, only?: string): string {
    if (!isObjectType(type)) return '';
    const fields = Object.values(type.getFields()).filter(
      (field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined) && (!only || field.name === only || field.name === 'id'),
    );
    const parts: string[] = [];
    for (const field of fields) {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) parts.push(field.name);
      else if (depth > 0 && !path.has(named.name)) parts.push(`${field.name}${this.selection(named, depth - 1, new Set([...path, named.name]))}`);
    }
    if (!parts.length) parts.push('__typename');
    return ` { ${parts.join(' ')} }`;
  }

  private argumentValue(arg: GraphQLArgument, returned: string): unknown {
    if (arg.name === 'first') return PAGE;
    if (arg.name === 'after') return undefined;
    return this.value(arg.name, arg.type, returned, true);
  }

  /** A value for an argument or input field; optional ones only when they point at an object (ids, filters). */
  private value(name: string, type: GraphQLInputType, returned: string, topLevel: boolean): unknown {
    const { named, list, required } = unwrap(type);
    // A resident ID is a person's number, not an object's id.
    const idLike = name === 'id' || (name.endsWith('Id') && name !== 'residentId');
    if (!required && !idLike && !isInputObjectType(named) && name !== 'residentId') return undefined;
    let item: unknown;
    if (idLike) item = this.idFor(name, returned, topLevel);
    else if (isInputObjectType(named)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(named.getFields())) {
        const value = this.value(field.name, field.type, returned, false);
        if (value !== undefined) object[field.name] = value;
      }
      if (!required && Object.keys(object).length === 0) return undefined;
      item = object;
    } else if (isEnumType(named)) item = named.getValues()[0].value;
    else if (isScalarType(named)) item = this.scalar(name, named.name);
    return list ? [item] : item;
  }

  private idFor(name: string, returned: string, topLevel: boolean): string {
    const entity = name === 'id' && topLevel ? (ENTITY_OF_RETURN_TYPE[returned] ?? returned) : ENTITY_OF_ID[name.replace(/Id$/, '')];
    return (entity && this.ids[entity]) || UNKNOWN_ID;
  }

  private scalar(name: string, scalar: string): unknown {
    switch (scalar) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'LocalDate':
        return '2026-03-10';
      case 'DateTime':
        return '2026-03-02T01:00:00.000Z';
      case 'Money':
        return '4500';
      default:
        if (name === 'residentId') return this.residentId;
        if (/phone/i.test(name)) return '13800000000';
        if (name === 'number') return 'LL2026000001';
        if (/password/i.test(name)) return 'Probe2026x';
        if (/code$/i.test(name)) return '110100';
        return '安全测试';
    }
  }
}
