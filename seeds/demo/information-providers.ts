import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { NewsletterFormat, type InformationProviderDetails } from '../../src/entities/information-provider';
import { Generator, slug } from './generator';

/** Organisations of the province with a general website or a newsletter: news aggregators, associations, hospitals, schools. */
export function informationProviders(g: Generator, n: number): void {
  const fixed: { name: string; form: LegalForm; gov?: boolean; websites: string[]; newsletters: [string, NewsletterFormat][] }[] = [
    {
      name: `Hội Doanh nhân trẻ ${g.provinceInName}`,
      form: LegalForm.OTHER_ORGANISATION,
      websites: [`Cổng thông tin Doanh nhân trẻ ${g.province}`],
      newsletters: [['Bản tin Doanh nhân trẻ', NewsletterFormat.ELECTRONIC]],
    },
    {
      name: `Liên đoàn Lao động ${g.provinceInName}`,
      form: LegalForm.OTHER_ORGANISATION,
      websites: [],
      newsletters: [['Bản tin Công đoàn', NewsletterFormat.PRINT]],
    },
    {
      name: `Bệnh viện Y học cổ truyền ${g.province}`,
      form: LegalForm.PUBLIC_UNIT,
      gov: true,
      websites: [],
      newsletters: [['Bản tin Sức khỏe cộng đồng', NewsletterFormat.PRINT]],
    },
  ];
  const patterns: [(b: string) => string, string][] = [
    [(b) => `Công ty TNHH Truyền thông ${b}`, 'news'],
    [(b) => `Công ty Cổ phần Tin tức ${b}`, 'tintuc'],
    [(b) => `Công ty TNHH Quảng cáo và Truyền thông ${b}`, 'media'],
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const place = g.place({ urbanBias: 8 });
    const f = fixed[i];
    let name: string;
    let details: InformationProviderDetails;
    let holder;
    if (f) {
      name = f.name;
      holder = g.organisation(f.form, { domain: slug(name).slice(0, 20), govDomain: f.gov, websiteChance: 1 });
      const host = holder.website ? new URL(holder.website).hostname : `${slug(name).slice(0, 20)}.org.vn`;
      details = {
        websites: f.websites.map((w) => ({ name: w, domains: [host], serverLocation: 'Trung tâm dữ liệu Viettel, Bình Dương' })),
        newsletters: f.newsletters.map(([title, format]) => ({ name: title, format, periodicity: g.r.pick(['01 kỳ/tháng', '01 kỳ/quý']) })),
      };
    } else {
      const [make, tag] = g.r.pick(patterns);
      name = g.uniqueName(make);
      const brand = slug(name.split(' ').slice(-2).join(' '));
      holder = g.organisation(LegalForm.ENTERPRISE, { domain: `${brand}${tag}`, websiteChance: 1 });
      const domain = `${brand}${tag}.vn`;
      details = {
        websites: [
          {
            name: `Trang thông tin điện tử tổng hợp ${name.split(' ').slice(-2).join(' ')}`,
            domains: g.r.chance(0.3) ? [domain, `${brand}${tag}.com.vn`] : [domain],
            contentScope: 'Tổng hợp tin tức kinh tế, văn hóa, xã hội của địa phương từ các cơ quan báo chí',
            serverLocation: g.r.pick(['Trung tâm dữ liệu VNPT, Thành phố Hồ Chí Minh', 'Trung tâm dữ liệu FPT, Bình Dương']),
          },
        ],
        newsletters: [],
      };
    }
    if (g.r.chance(0.4)) details.contentManagerName = g.person().name;
    g.add(EntityKind.INFORMATION_PROVIDER, name, place, holder, details, createdDay);
  }
}
