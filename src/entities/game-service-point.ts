import { IsNumber, IsOptional, IsPositive, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EntityKind } from './entity-kind';
import type { KindSpec } from './kind-spec';
import { RegulatedEntity } from './regulated-entity.types';
import { IsLocalDateNotInFuture } from './validators';

@ObjectType('IspAgentContract', { description: 'Internet agent contract with an ISP (hợp đồng đại lý Internet).' })
@InputType('IspAgentContractInput', { description: 'Internet agent contract with an ISP (hợp đồng đại lý Internet).' })
export class IspAgentContract {
  @Field({ description: 'The Internet service provider, e.g. VNPT Bình Phước.' })
  @Length(1, 200)
  ispName!: string;

  @Field({ description: 'Contract number.' })
  @Length(1, 100)
  number!: string;

  @Field(() => LocalDateResolver, { description: 'Date the contract was signed.' })
  @IsLocalDateNotInFuture()
  signedOn!: string;
}

@ObjectType('GameServicePointDetails', { description: 'Attributes of a public game service point (Decree 147/2024 art. 36–37).' })
@InputType('GameServicePointDetailsInput', { description: 'Attributes of a public game service point (Decree 147/2024 art. 36–37).' })
export class GameServicePointDetails {
  @Field(() => Int, { description: 'Number of game machines (computers) at the point.' })
  @Min(1)
  @Max(10000)
  machineCount!: number;

  @Field(() => Float, { description: 'Floor area of the machine room in m² (diện tích phòng máy).' })
  @IsNumber()
  @IsPositive()
  @Max(100000)
  floorAreaM2!: number;

  @Field(() => String, { nullable: true, description: 'Opening hours, e.g. "08:00–22:00" (no service from 22:00 to 08:00).' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d\s*[–-]\s*(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'must look like 08:00–22:00' })
  openingHours?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the person directly managing the point (người quản lý trực tiếp).' })
  @IsOptional()
  @Length(1, 120)
  directManagerName?: string | null;

  @Field({ description: 'Business registration number (số giấy chứng nhận đăng ký kinh doanh / hộ kinh doanh).' })
  @Length(1, 50)
  businessRegistrationNumber!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the business registration.' })
  @IsOptional()
  @IsLocalDateNotInFuture()
  businessRegistrationDate?: string | null;

  @Field(() => IspAgentContract, { nullable: true, description: 'ISP agent contract, when the point also sells Internet access.' })
  @IsOptional()
  @ValidateNested()
  ispAgentContract?: IspAgentContract | null;
}

@ObjectType('GameServicePoint', {
  implements: [Node, RegulatedEntity],
  description: 'Public electronic game service point (điểm cung cấp dịch vụ trò chơi điện tử công cộng).',
})
export class GameServicePoint extends RegulatedEntity {
  @Field(() => GameServicePointDetails, { description: 'The point’s own attributes.' })
  details!: GameServicePointDetails;
}

export const gameServicePointKind: KindSpec = {
  kind: EntityKind.GAME_SERVICE_POINT,
  objectType: GameServicePoint,
  detailsType: GameServicePointDetails,
  fieldName: 'gameServicePoint',
};
