import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@carebridge/auth';
import { Connection, PageArgs } from '@carebridge/common';
import { MatchingRun, Role } from '@carebridge/db';
import { MatchingRunIdArgs, MatchingScopeInput, MatchingUnmatchedArgs } from './dto/matching-run.input';
import { MatchingRunsService } from './matching-runs.service';
import { MatchingRunConnection, MatchingRunModel, MatchingScopeModel, MatchingUnmatchedConnection, MatchingUnmatchedModel } from './models/matching-run.model';

@Roles(Role.ADMIN)
@Resolver(() => MatchingRunModel)
export class MatchingRunsResolver {
  constructor(private readonly runs: MatchingRunsService) {}

  @Mutation(() => MatchingRunModel, {
    description: '提交一次匹配运行（管理员）：由后台任务计算并写入推荐；同一时间只运行一次，已有排队或运行中的匹配时返回该次运行',
  })
  runMatching(
    @Args('scope', { type: () => MatchingScopeInput, nullable: true, description: '匹配范围（不填为全部）' }) scope: MatchingScopeInput | null,
    @CurrentUser() caller: AuthUser,
  ): Promise<MatchingRun> {
    return this.runs.request(scope, caller);
  }

  @Query(() => MatchingRunModel, { description: '一次匹配运行（管理员）' })
  matchingRun(@Args() { id }: MatchingRunIdArgs): Promise<MatchingRun> {
    return this.runs.get(id);
  }

  @Query(() => MatchingRunConnection, { description: '匹配运行列表（管理员），最新的在前' })
  matchingRuns(@Args() args: PageArgs): Promise<Connection<MatchingRun>> {
    return this.runs.list(args);
  }

  @Query(() => MatchingUnmatchedConnection, { description: '一次匹配运行中未获推荐的学员及主要原因（管理员，按学员 id 分页）' })
  matchingUnmatched(@Args() { runId, first, after }: MatchingUnmatchedArgs): Promise<Connection<MatchingUnmatchedModel>> {
    return this.runs.unmatched(runId, { first, after });
  }

  @ResolveField(() => MatchingScopeModel, { description: '匹配范围' })
  scope(@Parent() run: MatchingRun): MatchingScopeModel {
    return { provinceCode: run.scopeProvinceCode, major: run.scopeMajor };
  }

  @ResolveField(() => Float, { nullable: true, description: '全部推荐的总分（运行完成后）' })
  totalScore(@Parent() run: MatchingRun): number | null {
    // Scores are integers far below 2^53 in total, so the number is exact.
    return run.totalScore === null ? null : Number(run.totalScore);
  }
}
