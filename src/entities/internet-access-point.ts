import { IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { IsLocalDateNotInFuture } from './validators';

export enum InternetAccessPointType {
  INTERNET_AGENT = 'INTERNET_AGENT',
  ISP_POINT = 'ISP_POINT',
  PUBLIC_VENUE_FREE = 'PUBLIC_VENUE_FREE',
  PUBLIC_VENUE_CHARGED = 'PUBLIC_VENUE_CHARGED',
}
registerEnumType(InternetAccessPointType, {
  name: 'InternetAccessPointType',
  description: 'Kind of public Internet access point (Decree 72/2013 art. 8, Decree 147/2024).',
  valuesConfig: {
    INTERNET_AGENT: { description: 'Internet agent under contract with an ISP (đại lý Internet).' },
    ISP_POINT: { description: 'Access point run by the ISP itself (điểm truy nhập của doanh nghiệp).' },
    PUBLIC_VENUE_FREE: { description: 'Free access in a hotel, restaurant, airport, station… (không thu cước).' },
    PUBLIC_VENUE_CHARGED: { description: 'Charged access in a public venue (có thu cước).' },
  },
});

@ObjectType('InternetAccessPointDetails', { description: 'Attributes of a public Internet access point.' })
@InputType('InternetAccessPointDetailsInput', { description: 'Attributes of a public Internet access point.' })
export class InternetAccessPointDetails {
  @Field(() => InternetAccessPointType, { description: 'Kind of access point.' })
  accessPointType!: InternetAccessPointType;

  @Field({ description: 'The Internet service provider.' })
  @Length(1, 200)
  ispName!: string;

  @Field(() => String, { nullable: true, description: 'Number of the agent contract with the ISP.' })
  @IsOptional()
  @Length(1, 100)
  agentContractNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the agent contract was signed.' })
  @IsOptional()
  @IsLocalDateNotInFuture()
  agentContractDate?: string | null;

  @Field(() => Int, { description: 'Number of machines for customers.' })
  @Min(1)
  @Max(10000)
  machineCount!: number;
}

@ObjectType('InternetAccessPoint', {
  implements: [Node, RegulatedEntity],
  description: 'Public Internet access point or Internet agent (điểm truy nhập Internet công cộng).',
})
export class InternetAccessPoint extends RegulatedEntity {
  @Field(() => InternetAccessPointDetails, { description: 'The point’s own attributes.' })
  details!: InternetAccessPointDetails;
}

export const internetAccessPointKind: KindSpec = {
  kind: EntityKind.INTERNET_ACCESS_POINT,
  objectType: InternetAccessPoint,
  detailsType: InternetAccessPointDetails,
  fieldName: 'internetAccessPoint',
};
