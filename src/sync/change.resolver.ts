import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/roles';
import type { RequestContext } from '../graphql/context';
import { listOf } from '../graphql/limits';
import { Node } from '../graphql/node';
import { LicenseEvent, toLicenseEvent } from '../licenses/license.types';
import { ExportFile } from './change.enums';
import { isLicenseChange } from './change.mapper';
import { readChanges, MAX_CHANGES_PAGE } from './change.service';
import { Change, ChangeConnection, ChangedRecord } from './change.types';

/** Roles that follow the feed: national systems, and the administrator who sets them up. */
export const FEED_ROLES = [Role.MINISTRY_SYSTEM, Role.ADMIN];

@Resolver(() => Change)
export class ChangeResolver {
  @Authorized(FEED_ROLES)
  @Query(() => ChangeConnection, {
    description:
      'The change feed for national systems (MINISTRY_SYSTEM, ADMIN): every registration, update and deregistration of an entity and every licence event after a checkpoint, in the order to apply them. Resumable: keep `checkpoint` and send it as `after`; nothing is skipped or given twice, even when transactions commit out of order. Start from the checkpoint an export ends with, or without `after` for the whole history.',
  })
  changes(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, {
      nullable: true,
      description: 'A checkpoint (from a page, an edge or an export); none = from the first change.',
    })
    after: string | null,
    @Arg('first', () => Int, { nullable: true, description: `How many changes at most (default 100, at most ${MAX_CHANGES_PAGE}).` })
    first: number | null,
  ): Promise<ChangeConnection> {
    return readChanges(ctx, { after, first });
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      'The changed object as it is now (it may already reflect later changes, which follow in the feed); null when the caller may not see it.',
  })
  object(@Root() c: Change, @Ctx() ctx: RequestContext): Promise<Node | null> {
    return isLicenseChange(c.row) ? ctx.loaders.licenses.byId.load(c.row.recordId) : ctx.loaders.entities.byId.load(c.row.recordId);
  }

  @FieldResolver(() => LicenseEvent, { nullable: true, description: 'For a licence change: the event it recorded (events never change).' })
  async licenseEvent(@Root() c: Change, @Ctx() ctx: RequestContext): Promise<LicenseEvent | null> {
    if (!isLicenseChange(c.row)) return null;
    const license = await ctx.loaders.licenses.byId.load(c.row.recordId);
    if (!license) return null;
    const event = (await ctx.loaders.licenses.events.load(c.row.recordId)).find((e) => e.id === c.row.eventId);
    // The licence names the type its event's revocation ground belongs to (the events' SQL does not join it).
    return event ? toLicenseEvent({ ...event, licenseType: license.row.licenseType }) : null;
  }

  @FieldResolver(() => [ChangedRecord], {
    complexity: listOf(2),
    description:
      'The rows the change touched, in the shape of the bulk export: an entity change its ENTITIES row; a licence change its LICENSES row (as it is now) and its LICENSE_EVENTS row. Upsert them by `id` into a copy made from the export.',
  })
  async records(@Root() c: Change, @Ctx() ctx: RequestContext): Promise<ChangedRecord[]> {
    const wanted: [ExportFile, string][] = isLicenseChange(c.row)
      ? [
          [ExportFile.LICENSES, c.row.recordId],
          [ExportFile.LICENSE_EVENTS, c.row.eventId!],
        ]
      : [[ExportFile.ENTITIES, c.row.recordId]];
    const rows = await Promise.all(wanted.map(([file, id]) => ctx.loaders.sync[file].load(id)));
    return wanted.flatMap(([file], i) => (rows[i] ? [{ file, record: rows[i] }] : []));
  }
}
