import { ArrayMinSize } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';

export enum PostalServiceType {
  LETTERS_UP_TO_2KG = 'LETTERS_UP_TO_2KG',
  PARCELS = 'PARCELS',
  EXPRESS = 'EXPRESS',
  FOREIGN_AGENT = 'FOREIGN_AGENT',
  FRANCHISE = 'FRANCHISE',
}
registerEnumType(PostalServiceType, {
  name: 'PostalServiceType',
  description: 'Postal services offered (Law on Post 2010).',
  valuesConfig: {
    LETTERS_UP_TO_2KG: { description: 'Letters up to 2 kg (thư có khối lượng đơn chiếc đến 2 kg): needs a postal licence.' },
    PARCELS: { description: 'Parcels (gói, kiện hàng hóa).' },
    EXPRESS: { description: 'Express delivery (chuyển phát nhanh).' },
    FOREIGN_AGENT: { description: 'Agent of a foreign postal firm (đại lý cho doanh nghiệp nước ngoài).' },
    FRANCHISE: { description: 'Postal franchise (nhượng quyền thương mại).' },
  },
});

export enum PostalScope {
  INTRA_PROVINCIAL = 'INTRA_PROVINCIAL',
  INTER_PROVINCIAL = 'INTER_PROVINCIAL',
  INTERNATIONAL = 'INTERNATIONAL',
}
registerEnumType(PostalScope, {
  name: 'PostalScope',
  description: 'Where the postal service is provided.',
  valuesConfig: {
    INTRA_PROVINCIAL: { description: 'Within one province (nội tỉnh): licensed by the province.' },
    INTER_PROVINCIAL: { description: 'Between provinces (liên tỉnh): licensed by the ministry.' },
    INTERNATIONAL: { description: 'International (quốc tế): licensed by the ministry.' },
  },
});

@ObjectType('PostalEnterpriseDetails', { description: 'Attributes of a postal enterprise.' })
@InputType('PostalEnterpriseDetailsInput', { description: 'Attributes of a postal enterprise.' })
export class PostalEnterpriseDetails {
  @Field(() => [PostalServiceType], { description: 'Services offered.' })
  @ArrayMinSize(1)
  serviceTypes!: PostalServiceType[];

  @Field(() => PostalScope, { description: 'Scope of the service.' })
  scope!: PostalScope;
}

@ObjectType('PostalEnterprise', { implements: [Node, RegulatedEntity], description: 'Postal enterprise (doanh nghiệp bưu chính).' })
export class PostalEnterprise extends RegulatedEntity {
  @Field(() => PostalEnterpriseDetails, { description: 'The enterprise’s own attributes.' })
  details!: PostalEnterpriseDetails;
}

export const postalEnterpriseKind: KindSpec = {
  kind: EntityKind.POSTAL_ENTERPRISE,
  objectType: PostalEnterprise,
  detailsType: PostalEnterpriseDetails,
  fieldName: 'postalEnterprise',
};
