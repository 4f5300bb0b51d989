import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node } from '../graphql/node';
import { toGlobalId } from '../graphql/global-id';

export enum AuthorityLevel {
  MINISTRY = 'MINISTRY',
  MINISTRY_DEPARTMENT = 'MINISTRY_DEPARTMENT',
  PROVINCIAL_DEPARTMENT = 'PROVINCIAL_DEPARTMENT',
  PROVINCIAL_PEOPLES_COMMITTEE = 'PROVINCIAL_PEOPLES_COMMITTEE',
  DISTRICT_PEOPLES_COMMITTEE = 'DISTRICT_PEOPLES_COMMITTEE',
  COMMUNE_PEOPLES_COMMITTEE = 'COMMUNE_PEOPLES_COMMITTEE',
}
registerEnumType(AuthorityLevel, {
  name: 'AuthorityLevel',
  description: 'The tier of a body that signs licence decisions.',
  valuesConfig: {
    MINISTRY: { description: 'A ministry (Bộ).' },
    MINISTRY_DEPARTMENT: { description: 'A department of a ministry (Cục).' },
    PROVINCIAL_DEPARTMENT: { description: 'A provincial department (Sở).' },
    PROVINCIAL_PEOPLES_COMMITTEE: { description: 'Provincial People’s Committee (UBND tỉnh).' },
    DISTRICT_PEOPLES_COMMITTEE: { description: 'District People’s Committee (UBND huyện), until 30 Jun 2025.' },
    COMMUNE_PEOPLES_COMMITTEE: { description: 'Commune People’s Committee (UBND xã), which took district tasks from 1 Jul 2025.' },
  },
});

@ObjectType('AuthorityFunction', { description: 'A field of state an authority handled, and when (competence rows name one).' })
export class AuthorityFunction {
  @Field({ description: 'POST, TELECOM, RADIO, IT, PRINTING, PUBLISHING, GAMES, or GENERAL for People’s Committees.' })
  function!: string;

  @Field(() => LocalDateResolver, { description: 'From this date.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Until this date; null while it lasts.' })
  validTo!: string | null;
}

export interface AuthorityRow {
  code: string;
  name: string;
  level: AuthorityLevel;
  province_code: string | null;
  unit_version: number | null;
  unit_code: string | null;
  valid_from: string;
  valid_to: string | null;
  successor_code: string | null;
  note: string | null;
}

@ObjectType('Authority', {
  implements: Node,
  description: 'A body that issues licences and signs decisions (cơ quan cấp phép), valid for a period (domain.md §3).',
})
export class Authority extends Node {
  @Field({ description: 'Stable code of the authority in this registry, e.g. "70-STTTT".' })
  code!: string;

  @Field({ description: 'Official name, e.g. "Sở Thông tin và Truyền thông tỉnh Bình Phước".' })
  name!: string;

  @Field(() => AuthorityLevel, { description: 'Tier of the body.' })
  level!: AuthorityLevel;

  @Field(() => LocalDateResolver, { description: 'First day the body could sign decisions.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day the body could sign decisions; null while it exists.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Note on the source or on what is unsure about this row.' })
  note!: string | null;

  row!: AuthorityRow;
}

export function toAuthority(row: AuthorityRow): Authority {
  const a = new Authority();
  a.id = toGlobalId('Authority', row.code);
  a.code = row.code;
  a.name = row.name;
  a.level = row.level;
  a.validFrom = row.valid_from;
  a.validTo = row.valid_to;
  a.note = row.note;
  a.row = row;
  return a;
}
