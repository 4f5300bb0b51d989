import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import type { GameServicePointDetails } from '../../src/entities/game-service-point';
import { Generator } from './generator';
import { ispAgentContract, businessRegistrationNumber } from './isp';

export function gameServicePoints(g: Generator, n: number): void {
  const patterns: [(b: string) => string, number][] = [
    [(b) => `Điểm trò chơi điện tử ${b}`, 5],
    [(b) => `Game Net ${b}`, 3],
    [(b) => `Điểm dịch vụ trò chơi điện tử công cộng ${b}`, 2],
    [(b) => `Cyber Game ${b}`, 1],
    [(b) => `Phòng máy ${b}`, 1],
    [(b) => `${b} Net`, 1],
  ];
  for (let i = 0; i < n; i++) {
    const place = i === 0 ? g.place({ district: '689' }) : g.place({ urbanBias: 3 });
    const createdDay = g.createdDay();
    const name = i === 0 ? 'Điểm trò chơi điện tử Hoàng Long' : i === 1 ? 'Game Net Minh Phát' : g.uniqueName(g.r.weighted(patterns));
    const enterprise = i > 1 && g.r.chance(0.12);
    const holder = enterprise
      ? g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}game` })
      : g.household(place, createdDay);
    const machines = g.r.int(8, 60);
    const details: GameServicePointDetails = {
      machineCount: machines,
      floorAreaM2: Math.max(place.urban ? 50 : 40, Math.round((machines * g.r.float(1.5, 2.4) + g.r.int(0, 20)) * 10) / 10),
      businessRegistrationNumber: enterprise && holder.taxCode ? holder.taxCode : businessRegistrationNumber(g, place),
    };
    if (g.r.chance(0.85))
      details.openingHours = g.r.weighted([
        ['08:00–22:00', 6],
        ['07:00–22:00', 2],
        ['07:30–22:00', 1],
        ['08:00–21:30', 1],
        ['09:00–22:00', 1],
      ] as const);
    if (g.r.chance(0.55)) details.directManagerName = g.r.chance(0.4) ? holder.person.name : g.person().name;
    if (g.r.chance(0.8)) details.businessRegistrationDate = g.dayBefore(createdDay, 5, 400);
    if (g.r.chance(0.4)) details.ispAgentContract = ispAgentContract(g, createdDay);
    g.add(EntityKind.GAME_SERVICE_POINT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.GAME_SERVICE_POINT, 4, [
    'Ngừng hoạt động theo đề nghị của chủ cơ sở',
    'Chủ hộ kinh doanh chấm dứt hoạt động kinh doanh',
    'Không còn hoạt động tại địa chỉ đăng ký (kết quả kiểm tra của Phòng Văn hóa và Thông tin)',
    'Chuyển địa điểm kinh doanh sang tỉnh khác',
  ]);
}
