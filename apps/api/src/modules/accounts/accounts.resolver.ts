import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { toPayload } from '../../core/user-error.js';
import { AuthPayload, LoginInput, LogoutInput, LogoutPayload, RegisterInput, UpdateProfileInput, UpdateProfilePayload } from './auth.inputs.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { register } from './register.js';
import { updateProfile } from './update-profile.js';

const fillAuth = (payload: AuthPayload, result: { user: AuthPayload['viewer']; token: string }) => {
  payload.viewer = result.user;
  payload.token = result.token;
};

@Resolver()
export class AccountsResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() context: Context): Promise<AuthPayload> {
    return toPayload(AuthPayload, () => register(context, input), fillAuth);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in. Repeated failures lock the account and the address for a while.' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() context: Context): Promise<AuthPayload> {
    return toPayload(AuthPayload, () => login(context, input), fillAuth);
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the current session (or every session).' })
  async logout(@Arg('input', () => LogoutInput, { nullable: true }) input: LogoutInput | null, @Ctx() context: Context): Promise<LogoutPayload> {
    return toPayload(LogoutPayload, () => logout(context, input?.everywhere ?? false), (payload) => {
      payload.loggedOut = true;
    });
  }

  @Mutation(() => UpdateProfilePayload)
  updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() context: Context): Promise<UpdateProfilePayload> {
    return toPayload(UpdateProfilePayload, () => updateProfile(context, input), (payload, user) => {
      payload.user = user;
    });
  }
}
