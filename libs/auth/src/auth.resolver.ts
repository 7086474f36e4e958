import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError, GraphQLContext, originOf } from '@carebridge/common';
import { AuthUser } from './auth-user';
import { CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordArgs, CreateUserInput, LoginArgs, RefreshTokenArgs } from './dto/auth.input';
import { AuthPayload, TokenPair, UserModel } from './models/user.model';
import { TokensService } from './tokens.service';

/** Who may call each operation is decided in access-policy.ts; @Public marks the ones open without a token. */
@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: '登录：工作人员用登录名，学员用手机号；连续5次密码错误锁定15分钟' })
  login(@Args() { account, password }: LoginArgs, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.auth.login(account, password, originOf(ctx.req));
  }

  @Public()
  @Mutation(() => TokenPair, { description: '用刷新令牌换取新的访问令牌和刷新令牌（旧刷新令牌随即作废；重复使用会使该次登录全部失效）' })
  refreshToken(@Args() { refreshToken }: RefreshTokenArgs): Promise<TokenPair> {
    return this.tokens.rotate(refreshToken);
  }

  @Mutation(() => Boolean, { description: '退出登录：作废该刷新令牌所属的登录；令牌不属于本人或已失效时返回 false' })
  logout(@Args() { refreshToken }: RefreshTokenArgs, @CurrentUser() caller: AuthUser): Promise<boolean> {
    return this.tokens.revokeSession(refreshToken, caller.id);
  }

  @Mutation(() => AuthPayload, { description: '修改密码：此前签发的所有令牌随即失效，返回新的令牌' })
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @CurrentUser() caller: AuthUser): Promise<AuthPayload> {
    return this.auth.changePassword(caller, currentPassword, newPassword);
  }

  @Query(() => UserModel, { description: '当前登录的账号' })
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    const found = await this.auth.findUser(user.id);
    if (!found) throw AppError.unauthenticated();
    return found;
  }

  @Mutation(() => UserModel, { description: '新建账号（管理员）' })
  createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.auth.createUser(input);
  }
}
