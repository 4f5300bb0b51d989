import { registerEnumType } from 'type-graphql';

export enum AuthorityLevel {
  MINISTRY = 'MINISTRY',
  MINISTRY_DEPARTMENT = 'MINISTRY_DEPARTMENT',
  PROVINCIAL_DEPARTMENT = 'PROVINCIAL_DEPARTMENT',
  PROVINCIAL_PEOPLES_COMMITTEE = 'PROVINCIAL_PEOPLES_COMMITTEE',
  DISTRICT_PEOPLES_COMMITTEE = 'DISTRICT_PEOPLES_COMMITTEE',
  COMMUNE_PEOPLES_COMMITTEE = 'COMMUNE_PEOPLES_COMMITTEE',
}
registerEnumType(AuthorityLevel, {
  name: 'AuthorityLevel',
  description: 'The tier of a body that signs licence decisions.',
  valuesConfig: {
    MINISTRY: { description: 'A ministry (Bộ).' },
    MINISTRY_DEPARTMENT: { description: 'A department of a ministry (Cục).' },
    PROVINCIAL_DEPARTMENT: { description: 'A provincial department (Sở).' },
    PROVINCIAL_PEOPLES_COMMITTEE: { description: 'Provincial People’s Committee (UBND tỉnh).' },
    DISTRICT_PEOPLES_COMMITTEE: { description: 'District People’s Committee (UBND huyện), until 30 Jun 2025.' },
    COMMUNE_PEOPLES_COMMITTEE: { description: 'Commune People’s Committee (UBND xã), which took district tasks from 1 Jul 2025.' },
  },
});
