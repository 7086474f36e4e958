export * from './auth-user';
export * from './auth.decorators';
export * from './auth.module';
export * from './auth.service';
export * from './password';
export * from './models/user.model';
export * from './scope';
export { PASSWORD_MESSAGE, PASSWORD_RULE } from './dto/auth.input';
