import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '本页条数（1-200，默认50）' })
  @IsOptional()
  @Min(1, { message: 'first 至少为1' })
  @Max(200, { message: 'first 最多为200' })
  first?: number;

  @Field({ nullable: true, description: '上一页最后一条的游标' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field({ description: '是否还有下一页' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标' })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A GraphQL connection type `XConnection { nodes, pageInfo, totalCount }` for one node type. */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Connection`, { isAbstract: true })
  class ConnectionClass implements Connection<T> {
    @Field(() => [node], { description: '本页数据' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数' })
    totalCount!: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export const DEFAULT_PAGE_SIZE = 50;

/** Cursors are opaque to clients: base64url of the row id. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.badInput('INVALID_CURSOR', '分页游标无效', 'after');
  return id;
}

/**
 * Builds a page from rows fetched with `take: first + 1` (the extra row tells whether a next page
 * exists).
 */
export function toConnection<T extends { id: string }>(rows: T[], first: number, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
  };
}
