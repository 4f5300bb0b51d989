import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { PublisherRole, type PublisherBranch, type PublisherDetails } from '../../src/entities/publisher';
import { Generator, type HolderOptions } from './generator';

export function publishers(g: Generator, n: number): void {
  const capital = g.geo.districts.find((d) => d.code === '689') ?? g.geo.districts[0];
  const company = `Công ty Cổ phần Sách và Thiết bị Trường học ${g.province}`;
  const companyTax = g.organisation(LegalForm.ENTERPRISE).taxCode!;
  const branches = (count: number): PublisherBranch[] =>
    g.r
      .sample(g.geo.districts, count)
      .map((d) => ({ name: `Nhà sách ${d.name}`, address: g.addressText(g.place({ district: d.code, urbanBias: 8 })) }));
  const fixed: { name: string; role: PublisherRole; form: LegalForm; district?: string; holder?: HolderOptions; branches?: number }[] = [
    {
      name: company,
      role: PublisherRole.DISTRIBUTOR,
      form: LegalForm.ENTERPRISE,
      district: capital.code,
      holder: { domain: `sachthietbi${g.province}` },
      branches: 3,
    },
    {
      name: `Nhà sách ${capital.name}`,
      role: PublisherRole.DISTRIBUTOR,
      form: LegalForm.BRANCH,
      district: capital.code,
      holder: { parentTaxCode: companyTax, domain: `sachthietbi${g.province}` },
    },
    {
      name: `Hội Văn học Nghệ thuật ${g.provinceInName}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.OTHER_ORGANISATION,
      district: capital.code,
      holder: { domain: 'hoivhnt', govDomain: true },
    },
    {
      name: `Hội Nông dân ${g.provinceInName}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.OTHER_ORGANISATION,
      district: capital.code,
      holder: { domain: 'hoinongdan', govDomain: true },
    },
    {
      name: `Trường Cao đẳng Y tế ${g.province}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.PUBLIC_UNIT,
      district: capital.code,
      holder: { domain: 'cdyt', govDomain: true, title: 'Hiệu trưởng' },
    },
    {
      name: `Chi nhánh Nhà xuất bản Tổng hợp Phương Nam tại ${g.province}`,
      role: PublisherRole.PUBLISHING_HOUSE,
      form: LegalForm.BRANCH,
      district: capital.code,
      holder: { domain: 'nxbphuongnam' },
    },
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: f.district, urbanBias: 8 });
      const holder = g.organisation(f.form, f.holder);
      if (f.name === company) holder.taxCode = companyTax;
      const details: PublisherDetails = { role: f.role, branches: f.branches ? branches(f.branches) : [] };
      g.add(EntityKind.PUBLISHER, f.name, place, holder, details, createdDay);
      continue;
    }
    const place = g.place({ urbanBias: 4 });
    const enterprise = g.r.chance(0.3);
    const name = enterprise ? g.uniqueName((b) => `Công ty TNHH Văn hóa phẩm ${b}`) : g.uniqueName((b) => `Nhà sách ${b}`);
    const holder = enterprise
      ? g.organisation(LegalForm.ENTERPRISE, { domain: `vanhoapham${name.split(' ').slice(-2).join('')}` })
      : g.household(place, createdDay);
    const details: PublisherDetails = {
      role: PublisherRole.DISTRIBUTOR,
      branches: branches(enterprise ? g.r.int(0, 2) : g.r.int(0, 1) * g.r.int(0, 1)),
    };
    g.add(EntityKind.PUBLISHER, name, place, holder, details, createdDay);
  }
}
