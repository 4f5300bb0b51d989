import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { FieldProblem } from '../graphql/errors';
import { listOf } from '../graphql/limits';
import { LIST_SIZES } from '../graphql/list-sizes';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';

export enum NewsletterFormat {
  PRINT = 'PRINT',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(NewsletterFormat, {
  name: 'NewsletterFormat',
  description: 'How a newsletter is published (Press Law 2016; Circular 41/2020/TT-BTTTT).',
  valuesConfig: {
    PRINT: { description: 'Printed newsletter (bản tin in).' },
    ELECTRONIC: { description: 'Electronic newsletter (bản tin điện tử).' },
  },
});

@ObjectType('GeneralWebsite', { description: 'A general website (trang thông tin điện tử tổng hợp) the provider runs.' })
@InputType('GeneralWebsiteInput', { description: 'A general website (trang thông tin điện tử tổng hợp) the provider runs.' })
export class GeneralWebsite {
  @Field({ description: 'Name of the website as licensed.' })
  @Length(1, 255)
  name!: string;

  @Field(() => [String], { description: 'Domain names, e.g. tintuc.example.vn.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    each: true,
    message: 'each domain must be a lower-case domain name such as tintuc.example.vn',
  })
  domains!: string[];

  @Field(() => String, { nullable: true, description: 'Sources and subjects it aggregates, as the licence describes them.' })
  @IsOptional()
  @Length(1, 2000)
  contentScope?: string | null;

  @Field(() => String, { nullable: true, description: 'Where its servers are (the law requires a server in Việt Nam).' })
  @IsOptional()
  @Length(1, 300)
  serverLocation?: string | null;
}

@ObjectType('Newsletter', { description: 'A newsletter (bản tin) the provider publishes.' })
@InputType('NewsletterInput', { description: 'A newsletter (bản tin) the provider publishes.' })
export class Newsletter {
  @Field({ description: 'Title of the newsletter.' })
  @Length(1, 255)
  name!: string;

  @Field(() => NewsletterFormat, { description: 'Printed or electronic.' })
  format!: NewsletterFormat;

  @Field(() => String, { nullable: true, description: 'How often it appears, e.g. "01 kỳ/tháng".' })
  @IsOptional()
  @Length(1, 100)
  periodicity?: string | null;
}

@ObjectType('InformationProviderDetails', { description: 'Attributes of an organisation running a general website or a newsletter.' })
@InputType('InformationProviderDetailsInput', {
  description: 'Attributes of an organisation running a general website or a newsletter (at least one of either).',
})
export class InformationProviderDetails {
  @Field(() => [GeneralWebsite], { description: 'General websites it runs.', complexity: listOf(LIST_SIZES.providerWebsites) })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  websites!: GeneralWebsite[];

  @Field(() => [Newsletter], { description: 'Newsletters it publishes.', complexity: listOf(LIST_SIZES.providerNewsletters) })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  newsletters!: Newsletter[];

  @Field(() => String, {
    nullable: true,
    description: 'Person responsible for the content (người chịu trách nhiệm quản lý nội dung), when not the representative.',
  })
  @IsOptional()
  @Length(1, 120)
  contentManagerName?: string | null;
}

@ObjectType('InformationProvider', {
  implements: [Node, RegulatedEntity],
  description:
    'Organisation that sets up a general website or publishes a newsletter (tổ chức thiết lập trang thông tin điện tử tổng hợp; cơ quan, tổ chức xuất bản bản tin).',
})
export class InformationProvider extends RegulatedEntity {
  @Field(() => InformationProviderDetails, { description: 'The provider’s own attributes.' })
  details!: InformationProviderDetails;
}

/** A provider is registered for what it runs: at least one website or newsletter. */
function checkDetails(details: object): FieldProblem[] {
  const d = details as InformationProviderDetails;
  return d.websites.length + d.newsletters.length === 0
    ? [{ field: 'details.websites', message: 'give at least one general website or one newsletter' }]
    : [];
}

export const informationProviderKind: KindSpec = {
  kind: EntityKind.INFORMATION_PROVIDER,
  objectType: InformationProvider,
  detailsType: InformationProviderDetails,
  fieldName: 'informationProvider',
  checkDetails,
};
