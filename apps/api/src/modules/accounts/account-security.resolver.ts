import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { toPayload } from '../../core/user-error.js';
import {
  ChangeEmailInput,
  ChangeEmailPayload,
  ChangePasswordInput,
  ChangePasswordPayload,
  ConfirmEmailInput,
  ConfirmEmailPayload,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  EndSessionInput,
  EndSessionPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResendEmailConfirmationPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
} from './account.inputs.js';
import { ApiTokenConnection } from './api-token.type.js';
import { createApiToken, revokeApiToken, viewerApiTokens } from './api-tokens.js';
import { changeEmail } from './change-email.js';
import { changePassword } from './change-password.js';
import { confirmEmail, resendEmailConfirmation } from './confirm-email.js';
import { describeDevice } from './describe-device.js';
import { requestPasswordReset } from './request-password-reset.js';
import { resetPassword } from './reset-password.js';
import { endSession, viewerSessions } from './sessions.js';
import type { Session } from './session.entity.js';
import { SessionConnection, SessionType } from './session.type.js';

/** Password, email address, sessions and API tokens: the account's own security. */
@Resolver()
export class AccountSecurityResolver {
  @Query(() => Boolean, { description: 'Whether posting, voting and commenting wait for a confirmed email on this site.' })
  emailConfirmationRequired(@Ctx() context: Context): boolean {
    return context.services.config.emailConfirmationRequired;
  }

  @Query(() => SessionConnection, { description: "The viewer's active sessions, the newest first (from a signed-in session only)." })
  sessions(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return viewerSessions(context, page);
  }

  @Query(() => ApiTokenConnection, { description: "The viewer's API tokens that are not revoked, the newest first." })
  apiTokens(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return viewerApiTokens(context, page);
  }

  @Mutation(() => ChangePasswordPayload, { description: 'Sets a new password; every other session of the viewer ends.' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() context: Context): Promise<ChangePasswordPayload> {
    return toPayload(ChangePasswordPayload, () => changePassword(context, input), (payload, ended) => {
      payload.changed = true;
      payload.endedSessions = ended;
    });
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Emails a one-hour, single-use reset link if the address has an account.' })
  requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() context: Context,
  ): Promise<RequestPasswordResetPayload> {
    return toPayload(RequestPasswordResetPayload, () => requestPasswordReset(context, input), (payload) => {
      payload.requested = true;
    });
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Sets a new password with the emailed token; every session of the account ends.' })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() context: Context): Promise<ResetPasswordPayload> {
    return toPayload(ResetPasswordPayload, () => resetPassword(context, input), (payload) => {
      payload.reset = true;
    });
  }

  @Mutation(() => ConfirmEmailPayload, { description: 'Confirms an email address (after registration or a change of email) with the emailed token.' })
  confirmEmail(@Arg('input', () => ConfirmEmailInput) input: ConfirmEmailInput, @Ctx() context: Context): Promise<ConfirmEmailPayload> {
    return toPayload(ConfirmEmailPayload, () => confirmEmail(context, input.token), (payload) => {
      payload.confirmed = true;
    });
  }

  @Mutation(() => ResendEmailConfirmationPayload, { description: 'Emails the viewer a new confirmation link.' })
  resendEmailConfirmation(@Ctx() context: Context): Promise<ResendEmailConfirmationPayload> {
    return toPayload(ResendEmailConfirmationPayload, () => resendEmailConfirmation(context), (payload) => {
      payload.sent = true;
    });
  }

  @Mutation(() => ChangeEmailPayload, { description: 'Asks to change the email; it changes once the link mailed to the new address is opened.' })
  changeEmail(@Arg('input', () => ChangeEmailInput) input: ChangeEmailInput, @Ctx() context: Context): Promise<ChangeEmailPayload> {
    return toPayload(ChangeEmailPayload, () => changeEmail(context, input), (payload, pendingEmail) => {
      payload.pendingEmail = pendingEmail;
    });
  }

  @Mutation(() => EndSessionPayload, { description: 'Ends one other session of the viewer, or all the others.' })
  endSession(@Arg('input', () => EndSessionInput) input: EndSessionInput, @Ctx() context: Context): Promise<EndSessionPayload> {
    return toPayload(EndSessionPayload, () => endSession(context, input), (payload, ended) => {
      payload.endedSessions = ended;
    });
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Issues an API token; its secret is in this answer only.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() context: Context): Promise<CreateApiTokenPayload> {
    return toPayload(CreateApiTokenPayload, () => createApiToken(context, input), (payload, result) => {
      payload.apiToken = result.apiToken;
      payload.secret = result.secret;
    });
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token of the viewer at once.' })
  revokeApiToken(@Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() context: Context): Promise<RevokeApiTokenPayload> {
    return toPayload(RevokeApiTokenPayload, () => revokeApiToken(context, input), (payload, apiToken) => {
      payload.apiToken = apiToken;
    });
  }
}

@Resolver(() => SessionType)
export class SessionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Browser and system, read from the User-Agent, e.g. "Firefox 128 · Windows 10".' })
  device(@Root() session: Session): string | null {
    return describeDevice(session.userAgent);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session asking.' })
  current(@Root() session: Session, @Ctx() context: Context): boolean {
    return context.session?.id === session.id;
  }
}
