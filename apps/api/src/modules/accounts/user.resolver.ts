import { optionalConsentPurposes } from '@gotong/domain';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { ConsentStateType } from './consent.type.js';
import { consentGivenLoader, consentStates, type ConsentState } from './consents.js';
import { Locale, UserType } from './user.type.js';
import type { User } from './user.entity.js';

const deletedName = 'Pengguna terhapus';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  viewer(@Ctx() context: Context): User | null {
    return context.viewer;
  }

  @FieldResolver(() => String)
  displayName(@Root() user: User): string {
    return user.deletedAt ? deletedName : user.displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only the person and platform admins see it.' })
  email(@Root() user: User, @Ctx() context: Context): string | null {
    return context.viewer?.id === user.id || viewerHasPlatformRole(context, 'ADMIN') ? user.email : null;
  }

  @FieldResolver(() => Locale, { nullable: true, description: 'Only the person sees it.' })
  locale(@Root() user: User, @Ctx() context: Context): string | null {
    return context.viewer?.id === user.id ? user.locale : null;
  }

  @FieldResolver(() => String, { description: 'What the person tells about themselves; others see it only while they consent to a public profile.' })
  async bio(@Root() user: User, @Ctx() context: Context): Promise<string> {
    if (user.deletedAt) return '';
    if (context.viewer?.id === user.id) return user.bio;
    return (await consentGivenLoader(context, 'PUBLIC_PROFILE').load(user.id)) ? user.bio : '';
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the person confirmed their email address. Only the person sees it.' })
  emailConfirmed(@Root() user: User, @Ctx() context: Context): boolean | null {
    return context.viewer?.id === user.id ? Boolean(user.emailConfirmedAt) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'An address the person asked to change to, waiting for its confirmation link. Only the person sees it.' })
  async pendingEmail(@Root() user: User, @Ctx() context: Context): Promise<string | null> {
    if (context.viewer?.id !== user.id) return null;
    const pending = await context.em.findOne(
      AccountToken,
      { user: user.id, purpose: AccountTokenPurpose.EMAIL_CHANGE, usedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
    return pending?.newEmail ?? null;
  }

  @FieldResolver(() => [ConsentStateType], { nullable: true, description: 'Each optional consent and whether it is given now. Only the person sees them.' })
  consents(@Root() user: User, @Ctx() context: Context): Promise<ConsentState[]> | null {
    return context.viewer?.id === user.id ? consentStates(context.em, user.id, optionalConsentPurposes) : null;
  }

  @FieldResolver(() => Boolean)
  isViewer(@Root() user: User, @Ctx() context: Context): boolean {
    return context.viewer?.id === user.id;
  }
}
