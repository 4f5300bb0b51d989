import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';

export enum TelecomNetworkScope {
  PROVINCIAL = 'PROVINCIAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
  INTERNATIONAL = 'INTERNATIONAL',
}
registerEnumType(TelecomNetworkScope, {
  name: 'TelecomNetworkScope',
  description: 'Where the operator’s network or service reaches.',
  valuesConfig: {
    PROVINCIAL: { description: 'Within one province.' },
    REGIONAL: { description: 'Several provinces.' },
    NATIONAL: { description: 'Nationwide.' },
    INTERNATIONAL: { description: 'International.' },
  },
});

@ObjectType('TelecomOperatorDetails', { description: 'Attributes of a telecommunications operator (Telecom Law 2023).' })
@InputType('TelecomOperatorDetailsInput', { description: 'Attributes of a telecommunications operator (Telecom Law 2023).' })
export class TelecomOperatorDetails {
  @Field(() => [String], { description: 'Services provided, e.g. "Internet cố định", "Truyền hình trả tiền".' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  services!: string[];

  @Field({ description: 'Whether the operator has its own network infrastructure (có hạ tầng mạng).' })
  withInfrastructure!: boolean;

  @Field(() => TelecomNetworkScope, { description: 'Scope of the network or service.' })
  networkScope!: TelecomNetworkScope;

  @Field({ description: 'Uses telecom numbering resources (kho số).' })
  usesNumbering!: boolean;

  @Field({ description: 'Uses radio spectrum.' })
  usesSpectrum!: boolean;
}

@ObjectType('TelecomOperator', {
  implements: [Node, RegulatedEntity],
  description: 'Telecommunications operator (doanh nghiệp viễn thông).',
})
export class TelecomOperator extends RegulatedEntity {
  @Field(() => TelecomOperatorDetails, { description: 'The operator’s own attributes.' })
  details!: TelecomOperatorDetails;
}

export const telecomOperatorKind: KindSpec = {
  kind: EntityKind.TELECOM_OPERATOR,
  objectType: TelecomOperator,
  detailsType: TelecomOperatorDetails,
  fieldName: 'telecomOperator',
};
