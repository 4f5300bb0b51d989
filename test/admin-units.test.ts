import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { graphql } from './gql';
import type { AdministrativeStructure, AdministrativeUnitLevel } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { codes, globalId } from './helpers/factories';

/** Reference data: public, so every query here is sent without a key. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function q<R, V>(document: DocumentTypeDecoration<R, V>, variables: V = {} as V): Promise<R> {
  const r = await t.gql(document, variables, null);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('administrative units', () => {
  test.each<[AdministrativeStructure, AdministrativeUnitLevel, number]>([
    ['THREE_TIER_2024', 'PROVINCE', 63],
    ['THREE_TIER_2024', 'DISTRICT', 696],
    ['THREE_TIER_2024', 'WARD', 10035],
    ['TWO_TIER_2025', 'PROVINCE', 34],
    ['TWO_TIER_2025', 'DISTRICT', 0],
    ['TWO_TIER_2025', 'WARD', 3321],
  ])('%s has %s units: %i', async (structure, level, count) => {
    const d = await q(
      graphql(`
        query UnitsOfLevel($s: AdministrativeStructure!, $l: AdministrativeUnitLevel) {
          administrativeUnits(structure: $s, level: $l) {
            code
          }
        }
      `),
      {
        s: structure,
        l: level,
      },
    );
    expect(d.administrativeUnits).toHaveLength(count);
    expect(new Set(d.administrativeUnits.map((u: { code: string }) => u.code)).size).toBe(count);
  });

  test('without arguments: the 34 provinces of the current structure, by code', async () => {
    const d = await q(
      graphql(`
        query CurrentProvinces {
          administrativeUnits {
            code
            structure
            level
          }
        }
      `),
    );
    expect(d.administrativeUnits).toHaveLength(34);
    expect(d.administrativeUnits[0]).toEqual({ code: '01', structure: 'TWO_TIER_2025', level: 'PROVINCE' });
    expect(d.administrativeUnits.map((u: { code: string }) => u.code)).toContain('75');
    expect(d.administrativeUnits.map((u: { code: string }) => u.code)).not.toContain('70');
  });

  test('Bình Phước (70) of 2024 has 11 districts, each with its communes', async () => {
    const d = await q(
      graphql(`
        query BinhPhuocDistricts {
          administrativeUnits(structure: THREE_TIER_2024, parentCode: "70") {
            code
            name
            fullName
            level
            structure
            parent {
              code
              fullName
            }
            children {
              code
              level
              parent {
                code
              }
            }
          }
        }
      `),
    );
    const districts = d.administrativeUnits;
    expect(districts.map((x) => [x.code, x.fullName])).toEqual([
      ['688', 'Thị xã Phước Long'],
      ['689', 'Thành phố Đồng Xoài'],
      ['690', 'Thị xã Bình Long'],
      ['691', 'Huyện Bù Gia Mập'],
      ['692', 'Huyện Lộc Ninh'],
      ['693', 'Huyện Bù Đốp'],
      ['694', 'Huyện Hớn Quản'],
      ['695', 'Huyện Đồng Phú'],
      ['696', 'Huyện Bù Đăng'],
      ['697', 'Thị xã Chơn Thành'],
      ['698', 'Huyện Phú Riềng'],
    ]);
    expect(districts.map((x) => x.children.length)).toEqual([7, 8, 6, 8, 16, 7, 13, 11, 16, 9, 10]);
    for (const x of districts) {
      expect(x).toMatchObject({ level: 'DISTRICT', structure: 'THREE_TIER_2024', parent: { code: '70', fullName: 'Tỉnh Bình Phước' } });
      for (const c of x.children) expect(c).toEqual({ code: expect.stringMatching(/^\d{5}$/), level: 'WARD', parent: { code: x.code } });
    }
    expect(districts[1].children.map((c) => c.code)).toEqual(['25195', '25198', '25201', '25204', '25205', '25207', '25210', '25213']);
  });

  test('a 2024 ward went whole into one 2025 commune; its province went into Đồng Nai (75)', async () => {
    const id = globalId('AdministrativeUnit', '2024:25210');
    const d = await q(
      graphql(`
        query WardAndSuccessor($id: ID!) {
          node(id: $id) {
            id
            ... on AdministrativeUnit {
              code
              name
              fullName
              nameEn
              type
              level
              structure
              parent {
                code
                fullName
                parent {
                  code
                  fullName
                  successors {
                    kind
                    unit {
                      code
                      fullName
                      structure
                    }
                  }
                }
              }
              province {
                code
              }
              successors {
                kind
                unit {
                  code
                  name
                  fullName
                  level
                  structure
                  province {
                    code
                    fullName
                  }
                }
              }
            }
          }
        }
      `),
      { id },
    );
    expect(d.node).toEqual({
      id,
      code: '25210',
      name: 'Tiến Thành',
      fullName: 'Phường Tiến Thành',
      nameEn: 'Tien Thanh',
      type: 'Phường',
      level: 'WARD',
      structure: 'THREE_TIER_2024',
      parent: {
        code: '689',
        fullName: 'Thành phố Đồng Xoài',
        parent: {
          code: '70',
          fullName: 'Tỉnh Bình Phước',
          successors: [{ kind: 'FULL', unit: { code: '75', fullName: 'Tỉnh Đồng Nai', structure: 'TWO_TIER_2025' } }],
        },
      },
      province: { code: '70' },
      successors: [
        {
          kind: 'FULL',
          unit: {
            code: '25210',
            name: 'Đồng Xoài',
            fullName: 'Phường Đồng Xoài',
            level: 'WARD',
            structure: 'TWO_TIER_2025',
            province: { code: '75', fullName: 'Tỉnh Đồng Nai' },
          },
        },
      ],
    });
  });

  test('a ward split on 1 Jul 2025 lists each commune it went into as PARTIAL', async () => {
    const [{ old_code }] = await t.sql<{ old_code: string }>(
      `SELECT old_code FROM administrative_unit_mapping WHERE level = 'WARD' AND kind = 'partial'
        GROUP BY old_code HAVING count(*) > 1 ORDER BY old_code LIMIT 1`,
    );
    const expected = await t.sql<{ new_code: string }>(
      `SELECT new_code FROM administrative_unit_mapping WHERE old_code = $1 ORDER BY new_code`,
      [old_code],
    );
    const d = await q(
      graphql(`
        query UnitSuccessors($id: ID!) {
          node(id: $id) {
            ... on AdministrativeUnit {
              successors {
                kind
                unit {
                  code
                }
              }
            }
          }
        }
      `),
      { id: globalId('AdministrativeUnit', `2024:${old_code}`) },
    );
    expect(d.node!.successors).toEqual(expected.map((r) => ({ kind: 'PARTIAL', unit: { code: r.new_code } })));
    expect(d.node!.successors.length).toBeGreaterThan(1);
  });

  test('districts and 2025 units have no successors; a 2025 commune’s parent is its province', async () => {
    const d = await q(
      graphql(`
        query DistrictAndCommune($district: ID!, $commune: ID!) {
          district: node(id: $district) {
            ... on AdministrativeUnit {
              successors {
                kind
              }
            }
          }
          commune: node(id: $commune) {
            ... on AdministrativeUnit {
              structure
              successors {
                kind
              }
              children {
                code
              }
              parent {
                code
                level
                structure
              }
            }
          }
          dongNai: administrativeUnits(parentCode: "75") {
            code
          }
        }
      `),
      { district: globalId('AdministrativeUnit', '2024:689'), commune: globalId('AdministrativeUnit', '2025:25210') },
    );
    expect(d.district!.successors).toEqual([]);
    expect(d.commune).toEqual({
      structure: 'TWO_TIER_2025',
      successors: [],
      children: [],
      parent: { code: '75', level: 'PROVINCE', structure: 'TWO_TIER_2025' },
    });
    expect(d.dongNai).toHaveLength(95);
    expect(d.dongNai.map((u: { code: string }) => u.code)).toContain('25210');
  });

  test('node and nodes resolve unit ids; an unknown unit is NOT_FOUND and a malformed id BAD_USER_INPUT', async () => {
    const list = await q(
      graphql(`
        query DongXoaiWards {
          administrativeUnits(structure: THREE_TIER_2024, parentCode: "689") {
            id
            code
            fullName
          }
        }
      `),
    );
    const ward = list.administrativeUnits[0];
    expect(ward).toEqual({ id: globalId('AdministrativeUnit', '2024:25195'), code: '25195', fullName: 'Phường Tân Phú' });
    const d = await q(
      graphql(`
        query UnitNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
            ... on AdministrativeUnit {
              code
              structure
            }
          }
        }
      `),
      { ids: [ward.id, globalId('AdministrativeUnit', '2025:25195')] },
    );
    expect(d.nodes).toEqual([
      { id: ward.id, code: '25195', structure: 'THREE_TIER_2024' },
      { id: globalId('AdministrativeUnit', '2025:25195'), code: '25195', structure: 'TWO_TIER_2025' },
    ]);

    const NODE_ID = graphql(`
      query UnitNodeId($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `);
    const missing = await t.gql(NODE_ID, { id: globalId('AdministrativeUnit', '2024:99999') }, null);
    expect(missing.data).toEqual({ node: null });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const malformed = await t.gql(NODE_ID, { id: 'không phải id' }, null);
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions!.fields).toEqual([{ field: 'id', message: 'is not an id issued by this registry' }]);
  });
});

describe('authorities', () => {
  const codesOf = (list: { code: string }[]) => list.map((a) => a.code);
  // The registry is Đồng Nai's (75, since 1 Jul 2025): the bodies of both provinces it was formed from, Bình Phước (70)
  // and the former Đồng Nai (75, whose own bodies are coded 75-2024-… until 30 Jun 2025).
  const districtsOf = async (province: string) =>
    (
      await t.sql<{ code: string }>(
        `SELECT code FROM administrative_unit WHERE version = 2024 AND level = 'DISTRICT' AND parent_code = $1 ORDER BY code`,
        [province],
      )
    ).map((d) => `UBND-H-${d.code}`);

  test('on 1 Feb 2025: the Sở TT&TT and the district committees, not yet the Sở KH&CN', async () => {
    const d = await q(
      graphql(`
        query AuthoritiesFeb2025 {
          authorities(validOn: "2025-02-01") {
            code
            level
          }
        }
      `),
    );
    const binhPhuoc = await districtsOf('70');
    expect(binhPhuoc).toEqual(['688', '689', '690', '691', '692', '693', '694', '695', '696', '697', '698'].map((c) => `UBND-H-${c}`));
    expect(codesOf(d.authorities)).toEqual([
      'BTTTT',
      'BVHTTDL',
      'CBC',
      'CPTTH',
      'CTS',
      'CVT',
      'CXBIPH',
      '70-UBND',
      '75-2024-UBND',
      '70-STTTT',
      '70-SVHTTDL',
      '75-2024-STTTT',
      '75-2024-SVHTTDL',
      ...[...binhPhuoc, ...(await districtsOf('75'))].sort(),
    ]);
    expect(codesOf(d.authorities)).not.toContain('70-SKHCN');
  });

  test('on 1 Mar 2025 the Sở KH&CN and Bộ KH&CN replace the Sở and Bộ TT&TT', async () => {
    const d = await q(
      graphql(`
        query AuthoritiesMar2025 {
          authorities(validOn: "2025-03-01", level: PROVINCIAL_DEPARTMENT) {
            code
          }
          ministries: authorities(validOn: "2025-03-01", level: MINISTRY) {
            code
          }
        }
      `),
    );
    expect(codesOf(d.authorities)).toEqual(['70-SKHCN', '70-SVHTTDL', '75-2024-SKHCN', '75-2024-SVHTTDL']);
    expect(codesOf(d.ministries)).toEqual(['BKHCN', 'BVHTTDL']);
  });

  test('on 1 Aug 2025: Đồng Nai’s bodies and the commune People’s Committees of all Đồng Nai, no district committee', async () => {
    const d = await q(
      graphql(`
        query AuthoritiesAug2025 {
          authorities(validOn: "2025-08-01") {
            code
            name
            level
            validFrom
            validTo
          }
        }
      `),
    );
    const list = d.authorities;
    const [{ n, fromBinhPhuoc }] = await t.sql<{ n: number; fromBinhPhuoc: number }>(
      `SELECT (SELECT count(*)::int FROM administrative_unit WHERE version = 2025 AND level = 'WARD' AND province_code = '75') AS n,
              (SELECT count(DISTINCT m.new_code)::int FROM administrative_unit_mapping m
                 JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.province_code = '70'
                WHERE m.level = 'WARD') AS "fromBinhPhuoc"`,
    );
    expect(n).toBe(95);
    expect(fromBinhPhuoc).toBe(40);
    const communes = list.filter((a) => a.level === 'COMMUNE_PEOPLES_COMMITTEE');
    expect(communes).toHaveLength(n);
    expect(communes.every((a) => a.code.startsWith('UBND-X-') && a.validFrom === '2025-07-01' && a.validTo === null)).toBe(true);
    expect(list).toContainEqual({
      code: 'UBND-X-25210',
      name: 'Ủy ban nhân dân Phường Đồng Xoài',
      level: 'COMMUNE_PEOPLES_COMMITTEE',
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(codesOf(list)).toEqual(expect.arrayContaining(['75-UBND', '75-SKHCN', '75-SVHTTDL', 'BKHCN']));
    expect(list.filter((a) => a.level === 'DISTRICT_PEOPLES_COMMITTEE')).toEqual([]);
    expect(codesOf(list).filter((c) => c.startsWith('70-') || c.startsWith('75-2024-'))).toEqual([]);
    // Bộ KH&CN, Bộ VH-TT-DL, five Cục, and Đồng Nai's People's Committee, Sở KH&CN and Sở VH-TT-DL.
    expect(list).toHaveLength(10 + n);
  });

  test('without a date: every body ever seeded', async () => {
    const d = await q(
      graphql(`
        query AllAuthorities {
          authorities {
            code
          }
        }
      `),
    );
    // 8 national bodies; 4 bodies of each former province and 3 of the merged one; 11 + 11 districts; 95 communes.
    expect(d.authorities).toHaveLength(8 + 11 + 22 + 95);
  });

  test('an Authority is a node, with its successors and unit', async () => {
    const id = globalId('Authority', '70-STTTT');
    const d = await q(
      graphql(`
        query AuthorityAndSuccessors($id: ID!) {
          node(id: $id) {
            id
            ... on Authority {
              code
              name
              level
              validFrom
              validTo
              unit {
                code
                fullName
                structure
              }
              successor {
                code
                name
                validFrom
                validTo
                successor {
                  code
                  name
                  validFrom
                  validTo
                  successor {
                    code
                  }
                }
              }
            }
          }
        }
      `),
      { id },
    );
    expect(d.node).toEqual({
      id,
      code: '70-STTTT',
      name: 'Sở Thông tin và Truyền thông tỉnh Bình Phước',
      level: 'PROVINCIAL_DEPARTMENT',
      validFrom: '2008-07-01',
      validTo: '2025-02-28',
      unit: { code: '70', fullName: 'Tỉnh Bình Phước', structure: 'THREE_TIER_2024' },
      successor: {
        code: '70-SKHCN',
        name: 'Sở Khoa học và Công nghệ tỉnh Bình Phước',
        validFrom: '2025-03-01',
        validTo: '2025-06-30',
        successor: {
          code: '75-SKHCN',
          name: 'Sở Khoa học và Công nghệ tỉnh Đồng Nai',
          validFrom: '2025-07-01',
          validTo: null,
          successor: null,
        },
      },
    });
    const ministry = await q(
      graphql(`
        query MinistrySuccessor($id: ID!) {
          node(id: $id) {
            ... on Authority {
              validTo
              successor {
                code
                name
              }
            }
          }
        }
      `),
      { id: globalId('Authority', 'BTTTT') },
    );
    expect(ministry.node).toEqual({ validTo: '2025-02-28', successor: { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ' } });
    const district = await q(
      graphql(`
        query DistrictCommittee($id: ID!) {
          node(id: $id) {
            ... on Authority {
              name
              level
              validTo
              unit {
                code
              }
            }
          }
        }
      `),
      { id: globalId('Authority', 'UBND-H-689') },
    );
    expect(district.node).toEqual({
      name: 'Ủy ban nhân dân Thành phố Đồng Xoài',
      level: 'DISTRICT_PEOPLES_COMMITTEE',
      validTo: '2025-06-30',
      unit: { code: '689' },
    });
  });

  test('an invalid date is refused before anything runs', async () => {
    const r = await t.gql(
      graphql(`
        query AuthoritiesOn($d: LocalDate) {
          authorities(validOn: $d) {
            code
          }
        }
      `),
      { d: '2025-02-30' },
      null,
    );
    expect(r.data).toBeUndefined();
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
