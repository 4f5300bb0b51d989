import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ConnectionValue } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { publicGameServicePoints, publicListQuery, publicRevokedRadioLicenses, RADIO_TYPES } from './public-list.service';
import {
  PublicGameServicePoint,
  PublicGameServicePointConnection,
  PublicListKind,
  PublicRevokedRadioLicense,
  PublicRevokedRadioLicenseConnection,
} from './public-list.types';

const FIELDS = { list: 'list', unitCode: 'unitCode', search: 'search', asOf: 'asOf' };

/** The public lists: no key needed (domain.md §7). Also served as CSV and as a page (src/public/public.router.ts). */
@Resolver()
export class PublicListResolver {
  @Query(() => PublicGameServicePointConnection, {
    description:
      'The legally required public lists of game service points (no key needed): those whose certificate was in force on `asOf` (LICENSED) or revoked on or before it (REVOKED). LICENSED is sorted by name, REVOKED newest revocation first. Also as CSV at /public/game-service-points.csv and as a page at /public/game-service-points.',
  })
  async publicGameServicePoints(
    @Ctx() ctx: RequestContext,
    @Arg('list', () => PublicListKind, { description: 'Which list.' }) list: PublicListKind,
    @Arg('unitCode', () => String, {
      nullable: true,
      description:
        'Only points in this unit: a 2024 district (3 digits), a 2025 commune or a 2024 ward (5 digits; a code of both structures means the 2025 commune). Addresses recorded in the other structure are matched through the official 2025 mapping.',
    })
    unitCode: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words that must all occur in the point’s name or certificate number; case and diacritics are ignored.',
    })
    search: string | null,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The list as it stood on this date (default: today in Việt Nam).',
    })
    asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after: string | null,
  ): Promise<ConnectionValue<PublicGameServicePoint>> {
    const q = await publicListQuery(ctx.manager, { list, unitCode, search, asOf }, FIELDS);
    return publicGameServicePoints(ctx.manager, q, { first, after });
  }

  @Query(() => PublicRevokedRadioLicenseConnection, {
    description:
      'The public list of revoked radio-frequency licences (Law on Radio Frequencies 2009 as amended 2022), no key needed: licences revoked on or before `asOf`, newest first. An individual holder’s name and address are not shown.',
  })
  async publicRevokedRadioLicenses(
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', () => String, { nullable: true, description: 'Only holders in this unit (as for `publicGameServicePoints`).' })
    unitCode: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words that must all occur in the holder’s name or the licence number; case and diacritics are ignored.',
    })
    search: string | null,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The list as it stood on this date (default: today in Việt Nam).',
    })
    asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after: string | null,
  ): Promise<ConnectionValue<PublicRevokedRadioLicense>> {
    const q = await publicListQuery(ctx.manager, { list: PublicListKind.REVOKED, unitCode, search, asOf }, FIELDS, RADIO_TYPES);
    return publicRevokedRadioLicenses(ctx.manager, q, { first, after });
  }
}
