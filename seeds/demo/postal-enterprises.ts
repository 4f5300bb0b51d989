import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import { PostalScope, PostalServiceType, type PostalEnterpriseDetails } from '../../src/entities/postal-enterprise';
import { Generator } from './generator';

export function postalEnterprises(g: Generator, n: number): void {
  const T = PostalServiceType;
  const fixed: { name: string; form: LegalForm; parent?: string; services: PostalServiceType[]; scope: PostalScope; domain: string }[] = [
    {
      name: `Bưu điện ${g.provinceInName}`,
      form: LegalForm.BRANCH,
      parent: 'VNPost',
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
      scope: PostalScope.INTERNATIONAL,
      domain: 'vnpost',
    },
    {
      name: `Chi nhánh Bưu chính Viettel ${g.province}`,
      form: LegalForm.BRANCH,
      parent: 'ViettelPost',
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
      scope: PostalScope.INTER_PROVINCIAL,
      domain: 'viettelpost',
    },
    {
      name: 'Công ty Cổ phần Bưu chính Sao Việt',
      form: LegalForm.ENTERPRISE,
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS],
      scope: PostalScope.INTRA_PROVINCIAL,
      domain: 'buuchinhsaoviet',
    },
  ];
  const patterns: [{ make: (b: string) => string; services: PostalServiceType[][]; scopes: PostalScope[]; form: LegalForm }, number][] = [
    [
      {
        make: (b) => `Công ty TNHH Chuyển phát nhanh ${b}`,
        services: [
          [T.PARCELS, T.EXPRESS],
          [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
        ],
        scopes: [PostalScope.INTRA_PROVINCIAL, PostalScope.INTER_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      4,
    ],
    [
      {
        make: (b) => `Công ty TNHH Giao nhận ${b}`,
        services: [[T.PARCELS, T.EXPRESS], [T.PARCELS]],
        scopes: [PostalScope.INTRA_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Dịch vụ Bưu chính ${b}`,
        services: [[T.LETTERS_UP_TO_2KG, T.PARCELS]],
        scopes: [PostalScope.INTRA_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty TNHH Chuyển phát Quốc tế ${b}`,
        services: [
          [T.EXPRESS, T.FOREIGN_AGENT],
          [T.PARCELS, T.EXPRESS, T.FOREIGN_AGENT],
        ],
        scopes: [PostalScope.INTERNATIONAL],
        form: LegalForm.ENTERPRISE,
      },
      1,
    ],
    [
      {
        make: (b) => `Bưu cục nhượng quyền ${b}`,
        services: [
          [T.PARCELS, T.FRANCHISE],
          [T.PARCELS, T.EXPRESS, T.FRANCHISE],
        ],
        scopes: [PostalScope.INTER_PROVINCIAL],
        form: LegalForm.HOUSEHOLD_BUSINESS,
      },
      2,
    ],
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: '689', urbanBias: 8 });
      const holder = g.organisation(f.form, { parentTaxCode: f.parent ? g.parentTaxCode(f.parent) : undefined, domain: f.domain });
      const details: PostalEnterpriseDetails = { serviceTypes: f.services, scope: f.scope };
      g.add(EntityKind.POSTAL_ENTERPRISE, f.name, place, holder, details, createdDay);
      continue;
    }
    const p = g.r.weighted(patterns);
    const place = g.place({ urbanBias: 5 });
    const name = g.uniqueName(p.make);
    const holder =
      p.form === LegalForm.HOUSEHOLD_BUSINESS
        ? g.household(place, createdDay)
        : g.organisation(p.form, { domain: `${name.split(' ').slice(-2).join('')}express` });
    const details: PostalEnterpriseDetails = { serviceTypes: g.r.pick(p.services), scope: g.r.pick(p.scopes) };
    g.add(EntityKind.POSTAL_ENTERPRISE, name, place, holder, details, createdDay);
  }
}
