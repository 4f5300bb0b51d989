import { ArrayMaxSize, Length, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

export enum PublisherRole {
  PUBLISHING_HOUSE = 'PUBLISHING_HOUSE',
  DISTRIBUTOR = 'DISTRIBUTOR',
  NON_BUSINESS_PUBLISHER = 'NON_BUSINESS_PUBLISHER',
}
registerEnumType(PublisherRole, {
  name: 'PublisherRole',
  description: 'Role in publishing (Publishing Law 2012).',
  valuesConfig: {
    PUBLISHING_HOUSE: { description: 'Publishing house or its branch (nhà xuất bản).' },
    DISTRIBUTOR: { description: 'Publication distributor (cơ sở phát hành xuất bản phẩm).' },
    NON_BUSINESS_PUBLISHER: {
      description: 'Agency or organisation publishing non-business documents (xuất bản tài liệu không kinh doanh).',
    },
  },
});

@ObjectType('PublisherBranch', { description: 'A branch or outlet in the province.' })
@InputType('PublisherBranchInput', { description: 'A branch or outlet in the province.' })
export class PublisherBranch {
  @Field({ description: 'Name of the branch or outlet.' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Its address, as text.' })
  @Length(1, 300)
  address!: string;
}

@ObjectType('PublisherDetails', { description: 'Attributes of a publisher or publication distributor.' })
@InputType('PublisherDetailsInput', { description: 'Attributes of a publisher or publication distributor.' })
export class PublisherDetails {
  @Field(() => PublisherRole, { description: 'Role in publishing.' })
  role!: PublisherRole;

  @Field(() => [PublisherBranch], { description: 'Branches or outlets in the province.', complexity: listOf(LIST_SIZES.publisherBranches) })
  @ArrayMaxSize(200)
  @ValidateNested()
  branches!: PublisherBranch[];
}

@ObjectType('Publisher', {
  implements: [Node, RegulatedEntity],
  description: 'Publisher or publication distributor (nhà xuất bản / cơ sở phát hành xuất bản phẩm).',
})
export class Publisher extends RegulatedEntity {
  @Field(() => PublisherDetails, { description: 'The publisher’s own attributes.' })
  details!: PublisherDetails;
}

export const publisherKind: KindSpec = {
  kind: EntityKind.PUBLISHER,
  objectType: Publisher,
  detailsType: PublisherDetails,
  fieldName: 'publisher',
};
