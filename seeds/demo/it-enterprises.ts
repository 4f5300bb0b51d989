import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { ItField, RevenueBand, type ItEnterpriseDetails } from '../../src/entities/it-enterprise';
import { dayOf } from './calendar';
import { Generator } from './generator';

export function itEnterprises(g: Generator, n: number): void {
  const patterns: [(b: string) => string, ItField[][], string][] = [
    [
      (b) => `Công ty TNHH Công nghệ ${b}`,
      [
        [ItField.SOFTWARE, ItField.IT_SERVICES],
        [ItField.HARDWARE, ItField.IT_SERVICES],
      ],
      'tech',
    ],
    [
      (b) => `Công ty Cổ phần Phần mềm ${b}`,
      [[ItField.SOFTWARE], [ItField.SOFTWARE, ItField.DIGITAL_PLATFORM], [ItField.SOFTWARE, ItField.AI]],
      'soft',
    ],
    [(b) => `Công ty TNHH Tin học ${b}`, [[ItField.HARDWARE, ItField.IT_SERVICES]], 'computer'],
    [(b) => `Công ty TNHH Giải pháp Số ${b}`, [[ItField.SOFTWARE, ItField.DIGITAL_PLATFORM]], 'digital'],
    [(b) => `Công ty TNHH Truyền thông Số ${b}`, [[ItField.DIGITAL_CONTENT], [ItField.DIGITAL_CONTENT, ItField.DIGITAL_PLATFORM]], 'media'],
    [(b) => `Công ty TNHH An ninh mạng ${b}`, [[ItField.IT_SERVICES, ItField.CYBERSECURITY]], 'security'],
    [(b) => `Công ty TNHH Điện tử ${b}`, [[ItField.HARDWARE], [ItField.HARDWARE, ItField.SEMICONDUCTOR]], 'electronics'],
    [(b) => `Công ty TNHH Dịch vụ Công nghệ Thông tin ${b}`, [[ItField.IT_SERVICES], [ItField.IT_SERVICES, ItField.OTHER]], 'it'],
    [(b) => `Công ty TNHH MTV Máy tính ${b}`, [[ItField.HARDWARE]], 'pc'],
    [(b) => `Công ty Cổ phần Trí tuệ Nhân tạo ${b}`, [[ItField.AI, ItField.SOFTWARE]], 'ai'],
  ];
  for (let i = 0; i < n; i++) {
    const [make, fieldSets, tag] = g.r.weighted(patterns.map((p, k) => [p, k === 9 ? 1 : k < 3 ? 5 : 3] as const));
    const place = g.place({ urbanBias: 5 });
    const createdDay = g.createdDay();
    let name = g.uniqueName(make);
    const brand = name.split(' ').slice(-2).join(' ');
    const branch = g.r.chance(0.1);
    const holder = branch
      ? g.organisation(LegalForm.BRANCH, { parentTaxCode: g.taxCode('031'), domain: `${brand}${tag}` })
      : g.organisation(LegalForm.ENTERPRISE, { domain: `${brand}${tag}` });
    if (branch) name = `Chi nhánh ${name} tại ${g.province}`;
    const employees = g.r.weighted([
      [g.r.int(3, 10), 55],
      [g.r.int(11, 50), 35],
      [g.r.int(51, 220), 10],
    ] as const);
    const details: ItEnterpriseDetails = {
      fields: g.r.pick(fieldSets),
      employees,
      foundedOn: g.dayBefore(createdDay, 0, 3000, dayOf('2003-01-01')),
    };
    if (g.r.chance(0.7))
      details.revenueBand =
        employees <= 10
          ? RevenueBand.MICRO
          : employees <= 50
            ? g.r.pick([RevenueBand.MICRO, RevenueBand.SMALL])
            : g.r.pick([RevenueBand.SMALL, RevenueBand.MEDIUM]);
    g.add(EntityKind.IT_ENTERPRISE, name, place, holder, details, createdDay);
  }
}
