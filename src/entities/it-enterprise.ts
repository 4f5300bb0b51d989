import { ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { IsLocalDateNotInFuture } from './validators';

export enum ItField {
  HARDWARE = 'HARDWARE',
  SOFTWARE = 'SOFTWARE',
  DIGITAL_CONTENT = 'DIGITAL_CONTENT',
  IT_SERVICES = 'IT_SERVICES',
  SEMICONDUCTOR = 'SEMICONDUCTOR',
  AI = 'AI',
  DIGITAL_PLATFORM = 'DIGITAL_PLATFORM',
  CYBERSECURITY = 'CYBERSECURITY',
  OTHER = 'OTHER',
}
registerEnumType(ItField, {
  name: 'ItField',
  description: 'Field of IT / digital-technology industry (Law on Digital Technology Industry 2025).',
  valuesConfig: {
    HARDWARE: { description: 'Hardware and electronics (phần cứng, điện tử).' },
    SOFTWARE: { description: 'Software (phần mềm).' },
    DIGITAL_CONTENT: { description: 'Digital content (nội dung số).' },
    IT_SERVICES: { description: 'IT services (dịch vụ công nghệ thông tin).' },
    SEMICONDUCTOR: { description: 'Semiconductors (bán dẫn).' },
    AI: { description: 'Artificial intelligence (trí tuệ nhân tạo).' },
    DIGITAL_PLATFORM: { description: 'Digital platforms (nền tảng số).' },
    CYBERSECURITY: { description: 'Cybersecurity (an toàn thông tin mạng).' },
    OTHER: { description: 'Other digital-technology fields.' },
  },
});

export enum RevenueBand {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(RevenueBand, {
  name: 'RevenueBand',
  description: 'Enterprise size by yearly revenue (Decree 80/2021, trade and services thresholds).',
  valuesConfig: {
    MICRO: { description: 'Up to 10 billion VND.' },
    SMALL: { description: 'Up to 100 billion VND.' },
    MEDIUM: { description: 'Up to 300 billion VND.' },
    LARGE: { description: 'Above 300 billion VND.' },
  },
});

@ObjectType('ItEnterpriseDetails', { description: 'Attributes of an IT / digital-technology enterprise.' })
@InputType('ItEnterpriseDetailsInput', { description: 'Attributes of an IT / digital-technology enterprise.' })
export class ItEnterpriseDetails {
  @Field(() => [ItField], { description: 'Fields of activity.' })
  @ArrayMinSize(1)
  fields!: ItField[];

  @Field(() => Int, { description: 'Number of employees.' })
  @Min(1)
  @Max(1000000)
  employees!: number;

  @Field(() => RevenueBand, { nullable: true, description: 'Revenue band, when declared.' })
  @IsOptional()
  revenueBand?: RevenueBand | null;

  @Field(() => LocalDateResolver, { description: 'Date the enterprise was founded.' })
  @IsLocalDateNotInFuture()
  foundedOn!: string;
}

@ObjectType('ItEnterprise', {
  implements: [Node, RegulatedEntity],
  description: 'IT / digital-technology enterprise (doanh nghiệp công nghệ số), kept for statistics and support.',
})
export class ItEnterprise extends RegulatedEntity {
  @Field(() => ItEnterpriseDetails, { description: 'The enterprise’s own attributes.' })
  details!: ItEnterpriseDetails;
}

export const itEnterpriseKind: KindSpec = {
  kind: EntityKind.IT_ENTERPRISE,
  objectType: ItEnterprise,
  detailsType: ItEnterpriseDetails,
  fieldName: 'itEnterprise',
};
