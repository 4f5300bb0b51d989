import { ArrayMaxSize, ArrayMinSize, IsNumber, IsOptional, IsPositive, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import type { FieldProblem } from '../graphql/errors';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

/** The radio spectrum: 8.3 kHz to 3 000 GHz (ITU Radio Regulations art. 5; Law on Radio Frequencies 2009). */
const MIN_MHZ = 0.0083;
const MAX_MHZ = 3_000_000;

@ObjectType('FrequencyAssignment', { description: 'One assigned frequency or band, with its station.' })
@InputType('FrequencyAssignmentInput', {
  description: 'One assigned frequency or band, with its station. Give `frequencyMHz` or both band edges.',
})
export class FrequencyAssignment {
  @Field(() => Float, { nullable: true, description: 'Assigned frequency in MHz.' })
  @IsOptional()
  @IsNumber()
  @Min(MIN_MHZ)
  @Max(MAX_MHZ)
  frequencyMHz?: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower edge of an assigned band in MHz.' })
  @IsOptional()
  @IsNumber()
  @Min(MIN_MHZ)
  @Max(MAX_MHZ)
  bandFromMHz?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper edge of an assigned band in MHz.' })
  @IsOptional()
  @IsNumber()
  @Min(MIN_MHZ)
  @Max(MAX_MHZ)
  bandToMHz?: number | null;

  @Field(() => String, { nullable: true, description: 'ITU emission designator, e.g. 16K0F3E.' })
  @IsOptional()
  @Matches(/^[0-9HKMG.]{4}[A-Z0-9]{3}$/, { message: 'must be an ITU emission designator such as 16K0F3E' })
  emission?: string | null;

  @Field(() => Float, { description: 'Transmitter power in watts.' })
  @IsNumber()
  @IsPositive()
  @Max(10_000_000)
  powerW!: number;

  @Field({ description: 'Where the station stands.' })
  @Length(1, 300)
  stationLocation!: string;

  @Field({ description: 'What the frequency is used for, e.g. "Phát thanh FM", "Liên lạc nội bộ".' })
  @Length(1, 300)
  purpose!: string;
}

@ObjectType('RadioFrequencyUserDetails', { description: 'Attributes of a radio-frequency user.' })
@InputType('RadioFrequencyUserDetailsInput', { description: 'Attributes of a radio-frequency user.' })
export class RadioFrequencyUserDetails {
  @Field(() => [FrequencyAssignment], { description: 'Frequency assignments.', complexity: listOf(LIST_SIZES.frequencyAssignments) })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested()
  assignments!: FrequencyAssignment[];
}

@ObjectType('RadioFrequencyUser', {
  implements: [Node, RegulatedEntity],
  description: 'Radio-frequency user (tổ chức, cá nhân sử dụng tần số vô tuyến điện).',
})
export class RadioFrequencyUser extends RegulatedEntity {
  @Field(() => RadioFrequencyUserDetails, { description: 'The user’s own attributes.' })
  details!: RadioFrequencyUserDetails;
}

function checkAssignments(details: object): FieldProblem[] {
  const problems: FieldProblem[] = [];
  (details as RadioFrequencyUserDetails).assignments.forEach((a, i) => {
    const path = `details.assignments.${i}`;
    const hasBand = a.bandFromMHz != null || a.bandToMHz != null;
    if ((a.frequencyMHz == null) === !hasBand) {
      problems.push({ field: path, message: 'give either frequencyMHz or a band (bandFromMHz and bandToMHz), not both' });
    } else if (hasBand && (a.bandFromMHz == null || a.bandToMHz == null || a.bandFromMHz >= a.bandToMHz)) {
      problems.push({ field: `${path}.bandToMHz`, message: 'a band needs both edges, the upper above the lower' });
    }
  });
  return problems;
}

export const radioFrequencyUserKind: KindSpec = {
  kind: EntityKind.RADIO_FREQUENCY_USER,
  objectType: RadioFrequencyUser,
  detailsType: RadioFrequencyUserDetails,
  fieldName: 'radioFrequencyUser',
  checkDetails: checkAssignments,
};
