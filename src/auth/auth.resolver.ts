import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import type { ApiKeyRecord } from './api-key.entity';
import { forgetApiKeys } from './api-key-cache';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { ApiKeyType, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyPayload, ViewerType } from './auth.types';
import { Role } from './roles';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

const toApiKey = (r: ApiKeyRecord): ApiKeyType => ({
  id: r.id,
  label: r.label,
  role: r.role,
  unitCode: r.unitCode,
  secretPrefix: r.secretPrefix,
  createdAt: r.createdAt,
  expiresOn: r.expiresOn,
  revokedAt: r.revokedAt,
});

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: 'Who the caller is: role and jurisdiction.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<ViewerType> {
    const j = ctx.viewer.jurisdiction;
    return {
      role: ctx.viewer.role,
      label: ctx.viewer.label,
      jurisdiction: j ? await ctx.loaders.units.byKey.load(j) : null,
    };
  }

  @Authorized([Role.ADMIN])
  @Query(() => [ApiKeyType], { description: 'All API keys, oldest first (ADMIN).', complexity: listOf(LIST_SIZES.apiKeys) })
  async apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKeyType[]> {
    return (await listApiKeys(ctx.manager)).map(toApiKey);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key and returns its secret once (ADMIN).' })
  async createApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateApiKeyInput, { description: 'The key to create.' }) input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    const { row, secret } = await createApiKey(ctx, input);
    return { apiKey: toApiKey(row), secret };
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once (ADMIN).' })
  async revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The key id.' }) id: string,
  ): Promise<RevokeApiKeyPayload> {
    const row = await revokeApiKey(ctx, id);
    // Committed: this process's key cache forgets at once (others hear the NOTIFY of the same commit).
    forgetApiKeys(ctx.dataSource);
    return { apiKey: toApiKey(row) };
  }
}
