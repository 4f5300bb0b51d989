/**
 * The most items each unpaginated list of the API can hold, for the cost model (`complexity: listOf(…)`,
 * src/graphql/limits.ts). Reference-data sizes are the real maxima of the seeded official lists, and
 * test/limits.test.ts checks them against the database; the others say where their bound comes from.
 */
export const LIST_SIZES = {
  /** administrative_unit rows per structure and tier (src/reference/data: the official 2024 and 2025 lists). */
  units: {
    2024: { PROVINCE: 63, DISTRICT: 696, WARD: 10_035 },
    2025: { PROVINCE: 34, DISTRICT: 0, WARD: 3_321 },
  },
  /** Most direct children of one unit (a 2025 province with 168 communes). */
  unitChildren: 168,
  /** Most 2025 units one 2024 unit went into. */
  unitSuccessors: 5,
  /**
   * Authorities seeded for one province, with room for later successors: the national bodies, and for the largest
   * 2025 province (Hồ Chí Minh 79: 168 communes, 38 districts of 3 former provinces) 229 in all.
   */
  authorities: 300,
  /** Functions (licensing powers) of one authority. */
  authorityFunctions: 10,
  /** The LicenseType enum. */
  licenseTypes: 20,
  /** Legal bases, competence rows and revocation grounds of one licence type. */
  legalBasesPerType: 5,
  competencePerType: 10,
  revocationGroundsPerType: 10,
  /**
   * Events of one licence. Not a hard bound — a licence's history grows with its life — but a term of 3 to 20 years
   * holds a handful of renewals, amendments and suspensions (the demo's longest history has 6); the response-size cap
   * bounds the rest.
   */
  licenseEvents: 20,
  /** API keys (ADMIN only): issued by hand, one per office or system; not a hard bound either. */
  apiKeys: 1000,
  /** Lists inside an entity's own attributes, bounded by their input validation (@ArrayMaxSize). */
  printingEquipment: 500,
  publisherBranches: 200,
  frequencyAssignments: 500,
  /** An information provider's websites and newsletters (@ArrayMaxSize(50) each), and the domains of one website (20). */
  providerWebsites: 50,
  providerNewsletters: 50,
  websiteDomains: 20,
  /** `nodes(ids)` takes at most this many ids. */
  nodes: 100,
} as const;
