import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import type { FrequencyAssignment, RadioFrequencyUserDetails } from '../../src/entities/radio-frequency-user';
import { dayOf, FIRST_DAY, TWO_TIER_FROM } from './calendar';
import { Generator, type Holder, type Draft } from './generator';
import type { Place } from './geography';

export function radioUsers(g: Generator, n: number): void {
  const step = (mhz: number, kHz: number) => (Math.round((mhz * 1000) / kHz) * kHz) / 1000;
  const fm = (place: Place, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(88, 107.9), 100),
    emission: '180KF8E',
    powerW,
    stationLocation: g.addressText(place),
    purpose: 'Phát thanh FM',
  });
  const vhf = (place: Place, purpose: string, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(146, 173.9), 12.5),
    emission: g.r.pick(['16K0F3E', '11K0F3E', '7K60FXE']),
    powerW,
    stationLocation: g.addressText(place),
    purpose,
  });
  const uhf = (place: Place, purpose: string, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(403, 469.9), 12.5),
    emission: g.r.pick(['11K0F3E', '7K60FXE', '7K60FXD']),
    powerW,
    stationLocation: g.addressText(place),
    purpose,
  });
  const microwave = (place: Place): FrequencyAssignment => {
    const from = g.r.pick([7125, 7425, 12750, 14500, 17700]) + g.r.int(0, 10) * 28;
    return {
      bandFromMHz: from,
      bandToMHz: from + 28,
      emission: '28M0G7W',
      powerW: g.r.pick([0.5, 1]),
      stationLocation: g.addressText(place),
      purpose: 'Truyền dẫn vi ba điểm – điểm',
    };
  };

  let count = 0;
  const add = (name: string, place: Place, holder: Holder, assignments: FrequencyAssignment[], createdDay: number): Draft => {
    const details: RadioFrequencyUserDetails = { assignments };
    count++;
    return g.add(EntityKind.RADIO_FREQUENCY_USER, name, place, holder, details, createdDay);
  };

  // The provincial broadcaster and every district's radio station (dissolved with the districts in 2025).
  const capital = g.geo.districts.find((d) => d.code === '689') ?? g.geo.districts[0];
  const studio = g.place({ district: capital.code, urbanBias: 8 });
  add(
    `Đài Phát thanh và Truyền hình ${g.province}`,
    studio,
    g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'ptth', govDomain: true }),
    [
      fm(studio, 5000),
      {
        bandFromMHz: 570,
        bandToMHz: 578,
        emission: '8M00G7W',
        powerW: 2000,
        stationLocation: g.addressText(studio),
        purpose: 'Phát sóng truyền hình số mặt đất DVB-T2',
      },
    ],
    g.createdDay(FIRST_DAY, dayOf('2019-06-30')),
  );
  const stations: Draft[] = [];
  for (const d of g.geo.districts) {
    if (count >= n) break;
    const place = g.place({ district: d.code, urbanBias: 8 });
    const holder = g.organisation(LegalForm.PUBLIC_UNIT, {
      title: 'Giám đốc',
      domain: `ttvhtt${d.name}`,
      govDomain: true,
      websiteChance: 0.2,
    });
    stations.push(
      add(
        `Trung tâm Văn hóa, Thể thao và Truyền thanh ${d.inName}`,
        place,
        holder,
        [fm(place, g.r.pick([50, 100, 150, 300]))],
        g.createdDay(FIRST_DAY, dayOf('2021-12-31')),
      ),
    );
  }
  for (const s of g.r.sample(stations, 3)) {
    g.deregister(
      s,
      'Giải thể theo sắp xếp đơn vị hành chính: chấm dứt hoạt động của chính quyền cấp huyện từ ngày 01/07/2025',
      TWO_TIER_FROM,
    );
  }

  type Kind = { make: (b: string) => string; form: LegalForm; tag: string; build: (place: Place) => FrequencyAssignment[] };
  const kinds: [Kind, number][] = [
    [
      {
        make: (b) => `Công ty Cổ phần Taxi ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'taxi',
        build: (p) => [vhf(p, 'Điều hành xe taxi', 25)],
      },
      4,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Cao su ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'rubber',
        build: (p) => [uhf(p, 'Liên lạc nội bộ điều hành sản xuất', 25), uhf(p, 'Liên lạc nội bộ điều hành sản xuất', 5)],
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Dịch vụ Bảo vệ ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'security',
        build: (p) => [uhf(p, 'Liên lạc bảo vệ', 5)],
      },
      3,
    ],
    [
      {
        make: (b) => `Hợp tác xã Vận tải ${b}`,
        form: LegalForm.COOPERATIVE,
        tag: 'vantai',
        build: (p) => [vhf(p, 'Điều hành xe khách', 25)],
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Thủy điện ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'hydro',
        build: (p) => [vhf(p, 'Điều độ vận hành nhà máy', 25), microwave(p)],
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Xi măng ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'cement',
        build: (p) => [uhf(p, 'Liên lạc nội bộ', 5), microwave(p)],
      },
      1,
    ],
  ];
  const hospital = g.place({ district: capital.code, urbanBias: 8 });
  add(
    `Bệnh viện Đa khoa ${g.province}`,
    hospital,
    g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'bvdk', govDomain: true }),
    [uhf(hospital, 'Liên lạc điều hành cấp cứu', 5), vhf(hospital, 'Liên lạc xe cấp cứu', 25)],
    g.createdDay(),
  );
  while (count < n) {
    const k = g.r.weighted(kinds);
    const place = g.place({ urbanBias: 1 });
    const name = g.uniqueName(k.make);
    const holder = g.organisation(k.form, {
      domain: `${k.tag}${name.split(' ').slice(-2).join('')}`,
      title: k.form === LegalForm.COOPERATIVE ? 'Giám đốc' : undefined,
    });
    add(name, place, holder, k.build(place), g.createdDay());
  }
}
