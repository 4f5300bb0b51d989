import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node } from '../graphql/node';
import { toGlobalId } from '../graphql/global-id';
import { AuthorityLevel } from './authority.enums';
import type { AuthorityRecord } from './authority.entity';

@ObjectType('AuthorityFunction', { description: 'A field of state an authority handled, and when (competence rows name one).' })
export class AuthorityFunction {
  @Field({ description: 'POST, TELECOM, RADIO, IT, PRINTING, PUBLISHING, GAMES, or GENERAL for People’s Committees.' })
  function!: string;

  @Field(() => LocalDateResolver, { description: 'From this date.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Until this date; null while it lasts.' })
  validTo!: string | null;
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

  /** Not a GraphQL field: the row behind the type. */
  row!: AuthorityRecord;
}

export function toAuthority(row: AuthorityRecord): Authority {
  const a = new Authority();
  a.id = toGlobalId('Authority', row.code);
  a.code = row.code;
  a.name = row.name;
  a.level = row.level;
  a.validFrom = row.validFrom;
  a.validTo = row.validTo;
  a.note = row.note;
  a.row = row;
  return a;
}
