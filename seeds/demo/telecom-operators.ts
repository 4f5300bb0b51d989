import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { TelecomNetworkScope, type TelecomOperatorDetails } from '../../src/entities/telecom-operator';
import { Generator } from './generator';

export function telecomOperators(g: Generator, n: number): void {
  const fixed: { name: string; parent: string; d: TelecomOperatorDetails; domain: string }[] = [
    {
      name: `Chi nhánh Viettel ${g.province}`,
      parent: 'Viettel',
      domain: 'viettel',
      d: {
        services: ['Di động 4G/5G', 'Internet cáp quang FTTH', 'Truyền hình trả tiền', 'Kênh thuê riêng'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Viễn thông ${g.province}`,
      parent: 'VNPT',
      domain: 'vnpt',
      d: {
        services: ['Điện thoại cố định', 'Internet cáp quang FTTH', 'Truyền hình MyTV', 'Di động VinaPhone'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Chi nhánh Tổng Công ty Viễn thông MobiFone tại ${g.province}`,
      parent: 'MobiFone',
      domain: 'mobifone',
      d: {
        services: ['Di động 4G/5G', 'Internet di động'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Công ty Cổ phần Viễn thông FPT – Chi nhánh ${g.province}`,
      parent: 'FPT Telecom',
      domain: 'fpt',
      d: {
        services: ['Internet cáp quang FTTH', 'Truyền hình FPT Play'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: false,
        usesSpectrum: false,
      },
    },
    {
      name: `Chi nhánh Công ty TNHH Truyền hình cáp Saigontourist tại ${g.province}`,
      parent: 'SCTV',
      domain: 'sctv',
      d: {
        services: ['Truyền hình cáp', 'Internet cáp quang'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.REGIONAL,
        usesNumbering: false,
        usesSpectrum: false,
      },
    },
  ];
  const patterns: { make: (b: string) => string; d: () => TelecomOperatorDetails }[] = [
    {
      make: (b) => `Công ty TNHH Viễn thông ${b}`,
      d: () => ({
        services: g.r.sample(
          ['Bán lại dịch vụ truy nhập Internet', 'Điện thoại VoIP', 'Dịch vụ nội dung trên mạng viễn thông'],
          g.r.int(1, 2),
        ),
        withInfrastructure: false,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
    {
      make: (b) => `Công ty Cổ phần Hạ tầng Viễn thông ${b}`,
      d: () => ({
        services: ['Cho thuê hạ tầng cột ăng-ten', 'Kênh thuê riêng'],
        withInfrastructure: true,
        networkScope: g.r.pick([TelecomNetworkScope.PROVINCIAL, TelecomNetworkScope.REGIONAL]),
        usesNumbering: false,
        usesSpectrum: g.r.chance(0.5),
      }),
    },
    {
      make: (b) => `Công ty TNHH Truyền hình Cáp ${b}`,
      d: () => ({
        services: ['Truyền hình cáp', 'Internet cố định băng rộng'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
    {
      make: (b) => `Công ty TNHH Mạng Không dây ${b}`,
      d: () => ({
        services: ['Internet không dây công cộng (Wi-Fi)'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: '689', urbanBias: 8 });
      const holder = g.organisation(LegalForm.BRANCH, { parentTaxCode: g.parentTaxCode(f.parent), domain: f.domain, websiteChance: 1 });
      g.add(EntityKind.TELECOM_OPERATOR, f.name, place, holder, f.d, createdDay);
      continue;
    }
    const p = g.r.pick(patterns);
    const name = g.uniqueName(p.make);
    const holder = g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}telecom` });
    g.add(EntityKind.TELECOM_OPERATOR, name, g.place({ urbanBias: 5 }), holder, p.d(), createdDay);
  }
}
