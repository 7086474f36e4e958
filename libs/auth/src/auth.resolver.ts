import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '@carebridge/common';
import { Role } from '@carebridge/db';
import { AuthUser } from './auth-user';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { AuthService } from './auth.service';
import { CreateUserInput, LoginArgs } from './dto/auth.input';
import { AuthPayload, UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: '登录：工作人员用登录名，学员用手机号' })
  login(@Args() { account, password }: LoginArgs): Promise<AuthPayload> {
    return this.auth.login(account, password);
  }

  @Query(() => UserModel, { description: '当前登录的账号' })
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    const found = await this.auth.findUser(user.id);
    if (!found) throw AppError.unauthenticated();
    return found;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: '新建账号（管理员）' })
  createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.auth.createUser(input);
  }
}
