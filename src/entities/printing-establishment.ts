import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

export enum PrintingProduct {
  PRESS = 'PRESS',
  STATE_FORMS = 'STATE_FORMS',
  ANTI_COUNTERFEIT_STAMPS = 'ANTI_COUNTERFEIT_STAMPS',
  INVOICES_VALUED_PAPERS = 'INVOICES_VALUED_PAPERS',
  PACKAGING = 'PACKAGING',
  LABELS = 'LABELS',
  OTHER = 'OTHER',
}
registerEnumType(PrintingProduct, {
  name: 'PrintingProduct',
  description: 'What a printing establishment prints (Decree 60/2014 art. 11–12).',
  valuesConfig: {
    PRESS: { description: 'Newspapers, magazines and publications (báo, tạp chí, xuất bản phẩm).' },
    STATE_FORMS: { description: 'Forms and papers of state agencies (mẫu biểu, giấy tờ của cơ quan nhà nước).' },
    ANTI_COUNTERFEIT_STAMPS: { description: 'Anti-counterfeit stamps (tem chống giả).' },
    INVOICES_VALUED_PAPERS: { description: 'Invoices and valued papers (hóa đơn, giấy tờ có giá).' },
    PACKAGING: { description: 'Packaging (bao bì).' },
    LABELS: { description: 'Labels (nhãn hàng hóa).' },
    OTHER: { description: 'Other products.' },
  },
});

export enum PrintingStage {
  PREPRESS = 'PREPRESS',
  PRESS = 'PRESS',
  POSTPRESS = 'POSTPRESS',
}
registerEnumType(PrintingStage, {
  name: 'PrintingStage',
  description: 'Stage of printing carried out.',
  valuesConfig: {
    PREPRESS: { description: 'Prepress (chế bản).' },
    PRESS: { description: 'Printing (in).' },
    POSTPRESS: { description: 'Post-press finishing (gia công sau in).' },
  },
});

@ObjectType('PrintingEquipment', { description: 'A printing machine or colour copier of the establishment.' })
@InputType('PrintingEquipmentInput', { description: 'A printing machine or colour copier of the establishment.' })
export class PrintingEquipment {
  @Field({ description: 'Kind of machine, e.g. "Máy in offset 4 màu".' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Make and model.' })
  @IsOptional()
  @Length(1, 200)
  model?: string | null;

  @Field(() => Int, { description: 'How many.' })
  @Min(1)
  @Max(1000)
  quantity!: number;

  @Field({ description: 'A colour photocopier (registered separately, Decree 60/2014 art. 25).' })
  isColorCopier!: boolean;
}

@ObjectType('PrintingEstablishmentDetails', { description: 'Attributes of a printing establishment.' })
@InputType('PrintingEstablishmentDetailsInput', { description: 'Attributes of a printing establishment.' })
export class PrintingEstablishmentDetails {
  @Field(() => [PrintingProduct], { description: 'Products printed.' })
  @ArrayMinSize(1)
  products!: PrintingProduct[];

  @Field(() => [PrintingStage], { description: 'Stages carried out.' })
  @ArrayMinSize(1)
  stages!: PrintingStage[];

  @Field({ description: 'Head of the establishment (người đứng đầu cơ sở in).' })
  @Length(1, 120)
  headOfEstablishment!: string;

  @Field(() => [PrintingEquipment], { description: 'Equipment list.', complexity: listOf(LIST_SIZES.printingEquipment) })
  @ArrayMaxSize(500)
  @ValidateNested()
  equipment!: PrintingEquipment[];
}

@ObjectType('PrintingEstablishment', { implements: [Node, RegulatedEntity], description: 'Printing establishment (cơ sở in).' })
export class PrintingEstablishment extends RegulatedEntity {
  @Field(() => PrintingEstablishmentDetails, { description: 'The establishment’s own attributes.' })
  details!: PrintingEstablishmentDetails;
}

export const printingEstablishmentKind: KindSpec = {
  kind: EntityKind.PRINTING_ESTABLISHMENT,
  objectType: PrintingEstablishment,
  detailsType: PrintingEstablishmentDetails,
  fieldName: 'printingEstablishment',
};
