import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { InternetAccessPointType, type InternetAccessPointDetails } from '../../src/entities/internet-access-point';
import { Generator, type Holder, slug } from './generator';
import type { Place } from './geography';
import { ispAgentContract, ISPS } from './isp';

export function internetAccessPoints(g: Generator, n: number): void {
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    let type = g.r.weighted([
      [InternetAccessPointType.INTERNET_AGENT, 45],
      [InternetAccessPointType.PUBLIC_VENUE_FREE, 30],
      [InternetAccessPointType.PUBLIC_VENUE_CHARGED, 13],
      [InternetAccessPointType.ISP_POINT, 12],
    ] as const);
    if (i < 2) type = InternetAccessPointType.PUBLIC_VENUE_FREE;
    let place: Place;
    let name: string;
    let holder: Holder;
    let isp = `${g.r.weighted([
      ['VNPT', 4],
      ['Viettel', 4],
      ['FPT Telecom', 2],
      ['SCTV', 1],
    ] as const)} ${g.province}`;
    let machines = g.r.int(1, 4);
    let contract = false;
    if (i === 0) {
      // The provincial capital's bus station (the first district of the demo province is its capital, 689).
      place = g.place({ district: '689' });
      name = `Bến xe khách ${place.district.name}`;
      holder = g.organisation(LegalForm.ENTERPRISE, { domain: `benxe${place.district.name}` });
    } else if (i === 1) {
      place = g.place({ district: '689' });
      name = `Thư viện ${g.provinceInName}`;
      holder = g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'thuvien', govDomain: true });
      machines = 20;
    } else if (type === InternetAccessPointType.INTERNET_AGENT) {
      place = g.place({ urbanBias: 2 });
      name = g.uniqueName(
        g.r.weighted([
          [(b: string) => `Đại lý Internet ${b}`, 4],
          [(b: string) => `Điểm truy nhập Internet công cộng ${b}`, 2],
          [(b: string) => `Internet ${b}`, 2],
        ] as const),
      );
      holder = g.r.chance(0.9) ? g.household(place, createdDay) : g.individual(place, createdDay);
      machines = g.r.int(5, 30);
      contract = true;
    } else if (type === InternetAccessPointType.ISP_POINT) {
      place = g.place({ urbanBias: 6 });
      const brand = g.r.pick(ISPS);
      isp = `${brand} ${g.province}`;
      name = `Điểm giao dịch ${brand} ${place.district.name}`;
      if (!g.claim(name)) name = `Điểm giao dịch ${brand} ${place.ward.fullName.replace(/^(Phường|Thị trấn|Xã) /, '')}`;
      holder = g.organisation(LegalForm.BRANCH, { parentTaxCode: g.parentTaxCode(brand), domain: slug(brand) });
      machines = g.r.int(2, 6);
    } else {
      place = g.place({ urbanBias: 3 });
      const charged = type === InternetAccessPointType.PUBLIC_VENUE_CHARGED;
      const patterns = charged
        ? [(b: string) => `Khách sạn ${b}`, (b: string) => `Trạm dừng chân ${b}`, (b: string) => `Nhà nghỉ ${b}`]
        : [
            (b: string) => `Quán cà phê ${b}`,
            (b: string) => `Nhà hàng ${b}`,
            (b: string) => `Khách sạn ${b}`,
            (b: string) => `Nhà nghỉ ${b}`,
          ];
      name = g.uniqueName(g.r.pick(patterns));
      const form = g.r.weighted([
        [LegalForm.HOUSEHOLD_BUSINESS, 55],
        [LegalForm.ENTERPRISE, 30],
        [LegalForm.INDIVIDUAL, 15],
      ] as const);
      holder =
        form === LegalForm.ENTERPRISE
          ? g.organisation(form, { domain: name.replace(/^(Khách sạn|Nhà hàng|Trạm dừng chân|Quán cà phê|Nhà nghỉ) /, '') })
          : form === LegalForm.INDIVIDUAL
            ? g.individual(place, createdDay)
            : g.household(place, createdDay);
      machines = charged ? g.r.int(2, 10) : g.r.int(1, 4);
      contract = charged && g.r.chance(0.5);
    }
    const details: InternetAccessPointDetails = { accessPointType: type, ispName: isp, machineCount: machines };
    if (contract && g.r.chance(0.92)) {
      const c = ispAgentContract(g, createdDay);
      details.ispName = c.ispName;
      details.agentContractNumber = c.number;
      details.agentContractDate = c.signedOn;
    }
    g.add(EntityKind.INTERNET_ACCESS_POINT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.INTERNET_ACCESS_POINT, 2, [
    'Ngừng hoạt động theo đề nghị của chủ cơ sở',
    'Chấm dứt hợp đồng đại lý Internet với doanh nghiệp cung cấp dịch vụ',
  ]);
}
