/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query JurisdictionList {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          address {\n            ward {\n              code\n            }\n            district {\n              code\n            }\n            currentCommune {\n              code\n            }\n            province {\n              code\n            }\n          }\n          representative {\n            name\n            idNumber\n            phone\n            residenceAddress\n          }\n        }\n      }\n    }\n  }\n": typeof types.JurisdictionListDocument,
    "\n  query JurisdictionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RegulatedEntity {\n        name\n        registryCode\n      }\n    }\n  }\n": typeof types.JurisdictionNodeDocument,
    "\n  query JurisdictionNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on RegulatedEntity {\n        name\n      }\n    }\n  }\n": typeof types.JurisdictionNodesDocument,
    "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n": typeof types.AccessEntityCountDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n          query JurisdictionFilteredList($f: EntityFilter) {\n            entities(filter: $f) {\n              totalCount\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.JurisdictionFilteredListDocument,
    "\n        query RepresentativeByRole($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              representative {\n                name\n                title\n                idNumber\n                phone\n                residenceAddress\n              }\n            }\n          }\n        }\n      ": typeof types.RepresentativeByRoleDocument,
    "\n        query PublicReads {\n          viewer {\n            role\n            label\n            jurisdiction {\n              code\n            }\n          }\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n          }\n          authorities(validOn: \"2025-01-15\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n        }\n      ": typeof types.PublicReadsDocument,
    "\n          mutation UpdateEntityByRole($input: UpdateEntityInput!) {\n            updateEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        ": typeof types.UpdateEntityByRoleDocument,
    "\n          mutation DeregisterEntityByRole($input: DeregisterEntityInput!) {\n            deregisterEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        ": typeof types.DeregisterEntityByRoleDocument,
    "\n          mutation CreateApiKeyByRole($input: CreateApiKeyInput!) {\n            createApiKey(input: $input) {\n              secret\n            }\n          }\n        ": typeof types.CreateApiKeyByRoleDocument,
    "\n          query ApiKeyIds {\n            apiKeys {\n              id\n            }\n          }\n        ": typeof types.ApiKeyIdsDocument,
    "\n        query ApiKeyRoles {\n          apiKeys {\n            role\n            unitCode\n          }\n        }\n      ": typeof types.ApiKeyRolesDocument,
    "\n    mutation CreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        secret\n        apiKey {\n          id\n          label\n          role\n          unitCode\n          secretPrefix\n          expiresOn\n          revokedAt\n        }\n      }\n    }\n  ": typeof types.CreateApiKeyDocument,
    "\n    query AccessViewer {\n      viewer {\n        role\n        label\n        jurisdiction {\n          code\n          name\n          fullName\n          level\n          structure\n        }\n      }\n    }\n  ": typeof types.AccessViewerDocument,
    "\n        query ApiKeyPrefixes {\n          apiKeys {\n            id\n            secretPrefix\n            revokedAt\n          }\n        }\n      ": typeof types.ApiKeyPrefixesDocument,
    "\n        mutation RevokeApiKeyReadBack($id: ID!) {\n          revokeApiKey(id: $id) {\n            apiKey {\n              id\n              revokedAt\n            }\n          }\n        }\n      ": typeof types.RevokeApiKeyReadBackDocument,
    "\n        query UnitsOfLevel($s: AdministrativeStructure!, $l: AdministrativeUnitLevel) {\n          administrativeUnits(structure: $s, level: $l) {\n            code\n          }\n        }\n      ": typeof types.UnitsOfLevelDocument,
    "\n        query CurrentProvinces {\n          administrativeUnits {\n            code\n            structure\n            level\n          }\n        }\n      ": typeof types.CurrentProvincesDocument,
    "\n        query BinhPhuocDistricts {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n            name\n            fullName\n            level\n            structure\n            parent {\n              code\n              fullName\n            }\n            children {\n              code\n              level\n              parent {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.BinhPhuocDistrictsDocument,
    "\n        query WardAndSuccessor($id: ID!) {\n          node(id: $id) {\n            id\n            ... on AdministrativeUnit {\n              code\n              name\n              fullName\n              nameEn\n              type\n              level\n              structure\n              parent {\n                code\n                fullName\n                parent {\n                  code\n                  fullName\n                  successors {\n                    kind\n                    unit {\n                      code\n                      fullName\n                      structure\n                    }\n                  }\n                }\n              }\n              province {\n                code\n              }\n              successors {\n                kind\n                unit {\n                  code\n                  name\n                  fullName\n                  level\n                  structure\n                  province {\n                    code\n                    fullName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.WardAndSuccessorDocument,
    "\n        query UnitSuccessors($id: ID!) {\n          node(id: $id) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n                unit {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.UnitSuccessorsDocument,
    "\n        query DistrictAndCommune($district: ID!, $commune: ID!) {\n          district: node(id: $district) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n              }\n            }\n          }\n          commune: node(id: $commune) {\n            ... on AdministrativeUnit {\n              structure\n              successors {\n                kind\n              }\n              children {\n                code\n              }\n              parent {\n                code\n                level\n                structure\n              }\n            }\n          }\n          dongNai: administrativeUnits(parentCode: \"75\") {\n            code\n          }\n        }\n      ": typeof types.DistrictAndCommuneDocument,
    "\n        query DongXoaiWards {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"689\") {\n            id\n            code\n            fullName\n          }\n        }\n      ": typeof types.DongXoaiWardsDocument,
    "\n        query UnitNodes($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n            ... on AdministrativeUnit {\n              code\n              structure\n            }\n          }\n        }\n      ": typeof types.UnitNodesDocument,
    "\n      query UnitNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.UnitNodeIdDocument,
    "\n        query AuthoritiesFeb2025 {\n          authorities(validOn: \"2025-02-01\") {\n            code\n            level\n          }\n        }\n      ": typeof types.AuthoritiesFeb2025Document,
    "\n        query AuthoritiesMar2025 {\n          authorities(validOn: \"2025-03-01\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n          ministries: authorities(validOn: \"2025-03-01\", level: MINISTRY) {\n            code\n          }\n        }\n      ": typeof types.AuthoritiesMar2025Document,
    "\n        query AuthoritiesAug2025 {\n          authorities(validOn: \"2025-08-01\") {\n            code\n            name\n            level\n            validFrom\n            validTo\n          }\n        }\n      ": typeof types.AuthoritiesAug2025Document,
    "\n        query AllAuthorities {\n          authorities {\n            code\n          }\n        }\n      ": typeof types.AllAuthoritiesDocument,
    "\n        query AuthorityAndSuccessors($id: ID!) {\n          node(id: $id) {\n            id\n            ... on Authority {\n              code\n              name\n              level\n              validFrom\n              validTo\n              unit {\n                code\n                fullName\n                structure\n              }\n              successor {\n                code\n                name\n                validFrom\n                validTo\n                successor {\n                  code\n                  name\n                  validFrom\n                  validTo\n                  successor {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AuthorityAndSuccessorsDocument,
    "\n        query MinistrySuccessor($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              validTo\n              successor {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.MinistrySuccessorDocument,
    "\n        query DistrictCommittee($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              name\n              level\n              validTo\n              unit {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.DistrictCommitteeDocument,
    "\n        query AuthoritiesOn($d: LocalDate) {\n          authorities(validOn: $d) {\n            code\n          }\n        }\n      ": typeof types.AuthoritiesOnDocument,
    "\n  query CliKeyViewer {\n    viewer {\n      role\n      label\n      jurisdiction {\n        code\n        fullName\n        level\n        structure\n      }\n    }\n  }\n": typeof types.CliKeyViewerDocument,
    "\n      query CliKeyEntityCount {\n        entities {\n          totalCount\n        }\n      }\n    ": typeof types.CliKeyEntityCountDocument,
    "\n  query EntityAuditLog {\n    auditLog(filter: { recordType: \"RegulatedEntity\" }) {\n      edges {\n        node {\n          operation\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.EntityAuditLogDocument,
    "\n        query DemoLicenceCount($s: [LicenseStatus!]) {\n          licenses(filter: { statuses: $s }) {\n            totalCount\n          }\n        }\n      ": typeof types.DemoLicenceCountDocument,
    "\n      query DemoEntityCount($filter: EntityFilter) {\n        entities(filter: $filter) {\n          totalCount\n        }\n      }\n    ": typeof types.DemoEntityCountDocument,
    "\n      query DemoNewestStructures {\n        entities(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              address {\n                structure\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.DemoNewestStructuresDocument,
    "\n    mutation DemoRegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registered: registerPrintingEstablishment(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterPrintingEstablishmentDocument,
    "\n    mutation DemoRegisterPublisher($input: RegisterPublisherInput!) {\n      registered: registerPublisher(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterPublisherDocument,
    "\n    mutation DemoRegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registered: registerPostalEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterPostalEnterpriseDocument,
    "\n    mutation DemoRegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registered: registerTelecomOperator(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterTelecomOperatorDocument,
    "\n    mutation DemoRegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registered: registerGameServicePoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterGameServicePointDocument,
    "\n    mutation DemoRegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registered: registerInternetAccessPoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterInternetAccessPointDocument,
    "\n    mutation DemoRegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registered: registerItEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterItEnterpriseDocument,
    "\n    mutation DemoRegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registered: registerRadioFrequencyUser(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterRadioFrequencyUserDocument,
    "\n    mutation DemoRegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registered: registerInformationProvider(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": typeof types.DemoRegisterInformationProviderDocument,
    "\n  query EntityNode($id: ID!) {\n    node(id: $id) {\n      ...EntityFields\n    }\n  }\n": typeof types.EntityNodeDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  mutation DeregisterEntity($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": typeof types.DeregisterEntityDocument,
    "\n  query EntityList($filter: EntityFilter) {\n    entities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          registryCode\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.EntityListDocument,
    "\n        mutation RegisterPostalEnterpriseForAudit($input: RegisterPostalEnterpriseInput!) {\n          registerPostalEnterprise(input: $input) {\n            entity {\n              id\n              version\n            }\n          }\n        }\n      ": typeof types.RegisterPostalEnterpriseForAuditDocument,
    "\n      query EntityNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...EntityFields\n        }\n      }\n    ": typeof types.EntityNodesDocument,
    "\n  mutation FederationRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        registryCode\n      }\n    }\n  }\n": typeof types.FederationRegisterGamePointDocument,
    "\n  query FederationGamePointTotal {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }) {\n      totalCount\n    }\n  }\n": typeof types.FederationGamePointTotalDocument,
    "\n  fragment EntityFields on RegulatedEntity {\n    __typename\n    id\n    kind\n    registryCode\n    name\n    legalForm\n    taxCode\n    status\n    deregisteredOn\n    deregistrationReason\n    createdAt\n    updatedAt\n    version\n    notes\n    representative {\n      name\n      title\n      idNumber\n      phone\n      residenceAddress\n    }\n    contact {\n      phone\n      email\n      website\n    }\n    location {\n      latitude\n      longitude\n    }\n    address {\n      street\n      structure\n      fullText\n      ward {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      district {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      province {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      currentCommune {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n    }\n    ... on PrintingEstablishment {\n      details {\n        products\n        stages\n        headOfEstablishment\n        equipment {\n          name\n          model\n          quantity\n          isColorCopier\n        }\n      }\n    }\n    ... on Publisher {\n      details {\n        role\n        branches {\n          name\n          address\n        }\n      }\n    }\n    ... on PostalEnterprise {\n      details {\n        serviceTypes\n        scope\n      }\n    }\n    ... on TelecomOperator {\n      details {\n        services\n        withInfrastructure\n        networkScope\n        usesNumbering\n        usesSpectrum\n      }\n    }\n    ... on GameServicePoint {\n      details {\n        machineCount\n        floorAreaM2\n        openingHours\n        directManagerName\n        businessRegistrationNumber\n        businessRegistrationDate\n        ispAgentContract {\n          ispName\n          number\n          signedOn\n        }\n      }\n    }\n    ... on InternetAccessPoint {\n      details {\n        accessPointType\n        ispName\n        agentContractNumber\n        agentContractDate\n        machineCount\n      }\n    }\n    ... on ItEnterprise {\n      details {\n        fields\n        employees\n        revenueBand\n        foundedOn\n      }\n    }\n    ... on RadioFrequencyUser {\n      details {\n        assignments {\n          frequencyMHz\n          bandFromMHz\n          bandToMHz\n          emission\n          powerW\n          stationLocation\n          purpose\n        }\n      }\n    }\n    ... on InformationProvider {\n      details {\n        websites {\n          name\n          domains\n          contentScope\n          serverLocation\n        }\n        newsletters {\n          name\n          format\n          periodicity\n        }\n        contentManagerName\n      }\n    }\n  }\n": typeof types.EntityFieldsFragmentDoc,
    "\n    mutation RegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registerPrintingEstablishment(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterPrintingEstablishmentDocument,
    "\n    mutation RegisterPublisher($input: RegisterPublisherInput!) {\n      registerPublisher(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterPublisherDocument,
    "\n    mutation RegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registerPostalEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterPostalEnterpriseDocument,
    "\n    mutation RegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registerTelecomOperator(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterTelecomOperatorDocument,
    "\n    mutation RegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registerGameServicePoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterGameServicePointDocument,
    "\n    mutation RegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registerInternetAccessPoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterInternetAccessPointDocument,
    "\n    mutation RegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registerItEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterItEnterpriseDocument,
    "\n    mutation RegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registerRadioFrequencyUser(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterRadioFrequencyUserDocument,
    "\n    mutation RegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registerInformationProvider(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": typeof types.RegisterInformationProviderDocument,
    "\n  fragment LicenseFields on License {\n    id\n    number\n    status\n    version\n    expiresOn\n    effectiveFrom\n    suspendedUntil\n    reapplyNotBefore\n    scope\n  }\n": typeof types.LicenseFieldsFragmentDoc,
    "\n  fragment EventFields on LicenseEvent {\n    type\n    sequence\n    effectiveOn\n    resultingStatus\n    suspendedUntil\n    reapplyNotBefore\n    changes\n    ground {\n      code\n      description\n    }\n    groundText\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n    mutation AmendLicense($i: AmendLicenseInput!) {\n      amendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.AmendLicenseDocument,
    "\n    mutation RenewLicense($i: RenewLicenseInput!) {\n      renewLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.RenewLicenseDocument,
    "\n    mutation ReissueLicense($i: ReissueLicenseInput!) {\n      reissueLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.ReissueLicenseDocument,
    "\n    mutation SuspendLicense($i: SuspendLicenseInput!) {\n      suspendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.SuspendLicenseDocument,
    "\n    mutation ReinstateLicense($i: LicenseStepInput!) {\n      reinstateLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.ReinstateLicenseDocument,
    "\n    mutation RevokeLicense($i: RevokeLicenseInput!) {\n      revokeLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.RevokeLicenseDocument,
    "\n    mutation SurrenderLicense($i: LicenseStepInput!) {\n      surrenderLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": typeof types.SurrenderLicenseDocument,
    "\n  mutation IssueLicense($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        ...LicenseFields\n      }\n      event {\n        ...EventFields\n      }\n    }\n  }\n": typeof types.IssueLicenseDocument,
    "\n  mutation RegisterLicenceHolder($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": typeof types.RegisterLicenceHolderDocument,
    "\n  query StatisticsAll(\n    $filter: StatisticsFilter\n    $entityGroupBy: [EntityCountDimension!]!\n    $unitLevel: StatisticsUnitLevel!\n    $entityStatuses: [EntityStatus!]\n    $asOf: LocalDate\n    $licenseGroupBy: [LicenseCountDimension!]!\n    $licenseUnitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      unitLevel\n      unitCode\n      unitName\n      entityCounts(groupBy: $entityGroupBy, unitLevel: $unitLevel, statuses: $entityStatuses) {\n        kind\n        status\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: $licenseGroupBy, unitLevel: $licenseUnitLevel) {\n        kind\n        licenseType\n        status\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n": typeof types.StatisticsAllDocument,
    "\n  query StatisticsSteps(\n    $filter: StatisticsFilter\n    $from: LocalDate!\n    $to: LocalDate!\n    $interval: StatisticsInterval!\n    $groupBy: [LicenseStepDimension!]!\n    $unitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      licenseSteps(from: $from, to: $to, interval: $interval, groupBy: $groupBy, unitLevel: $unitLevel) {\n        period\n        periodStart\n        periodEnd\n        step\n        groundCode\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n": typeof types.StatisticsStepsDocument,
    "\n  query StatisticsExpiring(\n    $filter: StatisticsFilter\n    $asOf: LocalDate\n    $withinDays: [Int!]!\n    $groupBy: [LicenseCountDimension!]!\n    $unitLevel: StatisticsUnitLevel\n    $first: Int\n    $after: String\n    $days: Int!\n  ) {\n    statistics(filter: $filter) {\n      expiringLicenseCounts(asOf: $asOf, withinDays: $withinDays, groupBy: $groupBy, unitLevel: $unitLevel) {\n        withinDays\n        until\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: $days, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            expiresOn\n            daysLeft\n            status\n            license {\n              id\n              number\n              holder {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatisticsExpiringDocument,
    "\n  query StatisticsGamePointLists($filter: StatisticsFilter, $asOf: LocalDate, $groupByUnit: Boolean!, $unitLevel: StatisticsUnitLevel!) {\n    statistics(filter: $filter) {\n      unitCode\n      gamePointLists(asOf: $asOf, groupByUnit: $groupByUnit, unitLevel: $unitLevel) {\n        list\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n    }\n  }\n": typeof types.StatisticsGamePointListsDocument,
    "\n  query FeedPage($after: String, $first: Int) {\n    changes(after: $after, first: $first) {\n      checkpoint\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          objectId\n          kind\n          committedAt\n          records {\n            file\n            record\n          }\n          licenseEvent {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedPageDocument,
    "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.NodeIdDocument,
    "\n  query LawCloserEvents($id: ID!) {\n    node(id: $id) {\n      ... on License {\n        status\n        events {\n          type\n          holderUnit2024\n          authority {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.LawCloserEventsDocument,
    "\n  query LawCloserSearch($filter: EntityFilter!) {\n    entities(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          kind\n          taxCode\n        }\n      }\n    }\n  }\n": typeof types.LawCloserSearchDocument,
    "\n  mutation LawCloserUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        registryCode\n        taxCode\n        version\n      }\n    }\n  }\n": typeof types.LawCloserUpdateEntityDocument,
    "\n  mutation RegisterPrinter($input: RegisterPrintingEstablishmentInput!) {\n    registerPrintingEstablishment(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": typeof types.RegisterPrinterDocument,
    "\n        query AuthorityFunctionsFeb2025 {\n          authorities(validOn: \"2025-02-10\") {\n            code\n            functions {\n              function\n              validFrom\n              validTo\n            }\n          }\n        }\n      ": typeof types.AuthorityFunctionsFeb2025Document,
    "\n        mutation DeregisterHolder($i: DeregisterEntityInput!) {\n          deregisterEntity(input: $i) {\n            entity {\n              status\n            }\n          }\n        }\n      ": typeof types.DeregisterHolderDocument,
    "\n      query AuditOfRecord($f: AuditFilter) {\n        auditLog(filter: $f, first: 20) {\n          totalCount\n          edges {\n            node {\n              operation\n              recordType\n              recordId\n              actorRole\n              before\n              after\n            }\n          }\n        }\n      }\n    ": typeof types.AuditOfRecordDocument,
    "\n    query NestedPage($first: Int) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            address {\n              fullText\n              ward {\n                name\n              }\n            }\n            licenses {\n              totalCount\n              edges {\n                node {\n                  number\n                  status\n                  statusOn(date: \"2025-12-01\")\n                  issuingAuthority {\n                    name\n                  }\n                  events {\n                    type\n                    authority {\n                      name\n                    }\n                    ground {\n                      code\n                    }\n                  }\n                }\n              }\n            }\n            currentLicense {\n              number\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.NestedPageDocument,
    "\n    query LicenceStatusOn($id: ID!, $date: LocalDate!) {\n      node(id: $id) {\n        ... on License {\n          statusOn(date: $date)\n        }\n      }\n    }\n  ": typeof types.LicenceStatusOnDocument,
    "\n        query LicenceHistory($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              status\n              events {\n                type\n                effectiveOn\n              }\n            }\n          }\n        }\n      ": typeof types.LicenceHistoryDocument,
    "\n        query LicenceCount($f: LicenseFilter) {\n          licenses(filter: $f) {\n            totalCount\n          }\n        }\n      ": typeof types.LicenceCountDocument,
    "\n        query LicenceStatusAroundExpiry($id: ID!, $a: LocalDate!, $b: LocalDate!, $c: LocalDate!) {\n          node(id: $id) {\n            ... on License {\n              status\n              a: statusOn(date: $a)\n              b: statusOn(date: $b)\n              c: statusOn(date: $c)\n            }\n          }\n        }\n      ": typeof types.LicenceStatusAroundExpiryDocument,
    "\n        query LicencesWithHolders {\n          licenses(first: 100) {\n            totalCount\n            edges {\n              node {\n                id\n                holder {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.LicencesWithHoldersDocument,
    "\n        query LicenceNodeId($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": typeof types.LicenceNodeIdDocument,
    "\n        query LicenceNumberAndHolder($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              number\n              holder {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.LicenceNumberAndHolderDocument,
    "\n        query GamePointsWithLicences {\n          entities(first: 50, filter: { kinds: [GAME_SERVICE_POINT] }) {\n            totalCount\n            edges {\n              node {\n                id\n                licenses {\n                  totalCount\n                }\n                currentLicense {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.GamePointsWithLicencesDocument,
    "\n        query HolderLicenceCount($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              licenses {\n                totalCount\n              }\n            }\n          }\n        }\n      ": typeof types.HolderLicenceCountDocument,
    "\n    query LicenceTotal {\n      licenses {\n        totalCount\n      }\n    }\n  ": typeof types.LicenceTotalDocument,
    "\n        query HoldersOfRevokedGamePointCertificates {\n          entities(first: 100, filter: { licenseType: GAME_POINT_CERTIFICATE, licenseStatuses: [REVOKED] }) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.HoldersOfRevokedGamePointCertificatesDocument,
    "\n        query HoldersOfRevokedPrintingLicences {\n          entities(filter: { licenseType: PRINTING_LICENSE, licenseStatuses: [REVOKED] }) {\n            totalCount\n          }\n        }\n      ": typeof types.HoldersOfRevokedPrintingLicencesDocument,
    "\n        query LicenceTypes {\n          licenseTypes {\n            type\n            nameVi\n            entityKinds\n            termKind\n            maxTermMonths\n            onPublicList\n            legalBases {\n              code\n            }\n            competence {\n              authorityLevel\n              authorityFunction\n              validFrom\n              validTo\n              unsure\n            }\n            revocationGrounds {\n              code\n              description\n              barsReapplicationMonths\n            }\n          }\n        }\n      ": typeof types.LicenceTypesDocument,
    "\n  query AllWards2024 {\n    administrativeUnits(structure: THREE_TIER_2024, level: WARD) {\n      id\n      code\n      name\n      fullName\n      nameEn\n      type\n      level\n      structure\n    }\n  }\n": typeof types.AllWards2024Document,
    "\n  query BinhPhuocDistrictCodes {\n    administrativeUnits(parentCode: \"70\", structure: THREE_TIER_2024) {\n      code\n    }\n  }\n": typeof types.BinhPhuocDistrictCodesDocument,
    "\n  query BrowserPublicList($list: PublicListKind!, $unitCode: String, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          certificateNumber\n        }\n      }\n    }\n  }\n": typeof types.BrowserPublicListDocument,
    "\n  query PublicPoints($list: PublicListKind!, $unitCode: String, $search: String, $asOf: LocalDate, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, search: $search, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          ownerName\n          certificateNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          status\n          address {\n            street\n            structure\n            wardCode\n            ward\n            district\n            province\n            fullText\n            currentCommuneCode\n            currentCommune\n            splitBetween\n            currentProvince\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicPointsDocument,
    "\n  query PublicRadio($first: Int, $after: String, $search: String) {\n    publicRevokedRadioLicenses(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          holderName\n          licenseType\n          licenseNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          address {\n            fullText\n            currentCommune\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicRadioDocument,
    "\n  mutation PublicRevoke($i: RevokeLicenseInput!) {\n    revokeLicense(input: $i) {\n      license {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublicRevokeDocument,
    "\n  query ReadPathsByStatus($statuses: [LicenseStatus!]!, $on: LocalDate) {\n    licenses(first: 100, filter: { statuses: $statuses, statusOn: $on }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReadPathsByStatusDocument,
    "\n  query ReadPathsStatusOn($id: ID!, $on: LocalDate!) {\n    node(id: $id) {\n      ... on License {\n        statusOn(date: $on)\n      }\n    }\n  }\n": typeof types.ReadPathsStatusOnDocument,
    "\n    query ReadPathsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on RegulatedEntity {\n          registryCode\n          name\n          address {\n            fullText\n          }\n        }\n      }\n    }\n  ": typeof types.ReadPathsNodeDocument,
    "\n    query ReadPathsViewer {\n      viewer {\n        role\n      }\n    }\n  ": typeof types.ReadPathsViewerDocument,
    "\n    query ReadPathsList {\n      entities(first: 5) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  ": typeof types.ReadPathsListDocument,
    "\n  query SearchEntities($search: String!) {\n    entities(filter: { search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          registryCode\n          taxCode\n        }\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query EntityPage($orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    entities(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          registryCode\n        }\n      }\n    }\n  }\n": typeof types.EntityPageDocument,
    "\n  query HanoiAuthorities($on: LocalDate) {\n    authorities(validOn: $on) {\n      code\n      level\n      validTo\n    }\n  }\n": typeof types.HanoiAuthoritiesDocument,
    "\n  query HanoiEntities {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          address {\n            province {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HanoiEntitiesDocument,
    "\n  mutation HanoiRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        registryCode\n      }\n    }\n  }\n": typeof types.HanoiRegisterGamePointDocument,
    "\n  mutation HanoiIssue($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        status\n        number\n      }\n    }\n  }\n": typeof types.HanoiIssueDocument,
    "\n  query DashboardFigures($filter: StatisticsFilter, $asOf: LocalDate!) {\n    statistics(filter: $filter) {\n      unitName\n      entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) {\n        kind\n        status\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: [STATUS]) {\n        status\n        count\n      }\n      expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) {\n        withinDays\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) {\n        edges {\n          node {\n            license {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardFiguresDocument,
    "\n  mutation StatisticsMoveEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": typeof types.StatisticsMoveEntityDocument,
    "\n  mutation StatisticsDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n": typeof types.StatisticsDeregisterDocument,
    "\n  mutation StatisticsRegisterPostal($input: RegisterPostalEnterpriseInput!) {\n    registerPostalEnterprise(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": typeof types.StatisticsRegisterPostalDocument,
    "\n  query ScopeEntityTotal($filter: EntityFilter) {\n    entities(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.ScopeEntityTotalDocument,
    "\n  query ScopeLicenseTotal($filter: LicenseFilter) {\n    licenses(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.ScopeLicenseTotalDocument,
    "\n  query MinistryGamePoints($first: Int) {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          representative {\n            name\n            idNumber\n            phone\n          }\n          licenses {\n            edges {\n              node {\n                number\n                events {\n                  type\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MinistryGamePointsDocument,
    "\n  query DataSharingAudit {\n    auditLog(filter: { actorRole: MINISTRY_SYSTEM }, first: 20) {\n      edges {\n        node {\n          occurredAt\n          actorRole\n          actorLabel\n          operation\n          recordType\n          recordId\n          filters\n          rowsReleased\n          legalBasis\n        }\n      }\n    }\n  }\n": typeof types.DataSharingAuditDocument,
    "\n  mutation AuditNewMinistryKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": typeof types.AuditNewMinistryKeyDocument,
    "\n  query AuditByKey($apiKeyId: ID!) {\n    auditLog(filter: { apiKeyId: $apiKeyId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          apiKeyId\n          actorLabel\n          operation\n          recordId\n        }\n      }\n    }\n  }\n": typeof types.AuditByKeyDocument,
    "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ConcurrentUpdateDocument,
    "\n  mutation RegisterDuringExport($input: RegisterPublisherInput!) {\n    registerPublisher(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": typeof types.RegisterDuringExportDocument,
    "\n  mutation FeedUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n": typeof types.FeedUpdateEntityDocument,
    "\n  mutation FeedDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        status\n      }\n    }\n  }\n": typeof types.FeedDeregisterDocument,
};
const documents: Documents = {
    "\n  query JurisdictionList {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          address {\n            ward {\n              code\n            }\n            district {\n              code\n            }\n            currentCommune {\n              code\n            }\n            province {\n              code\n            }\n          }\n          representative {\n            name\n            idNumber\n            phone\n            residenceAddress\n          }\n        }\n      }\n    }\n  }\n": types.JurisdictionListDocument,
    "\n  query JurisdictionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RegulatedEntity {\n        name\n        registryCode\n      }\n    }\n  }\n": types.JurisdictionNodeDocument,
    "\n  query JurisdictionNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on RegulatedEntity {\n        name\n      }\n    }\n  }\n": types.JurisdictionNodesDocument,
    "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n": types.AccessEntityCountDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n          query JurisdictionFilteredList($f: EntityFilter) {\n            entities(filter: $f) {\n              totalCount\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        ": types.JurisdictionFilteredListDocument,
    "\n        query RepresentativeByRole($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              representative {\n                name\n                title\n                idNumber\n                phone\n                residenceAddress\n              }\n            }\n          }\n        }\n      ": types.RepresentativeByRoleDocument,
    "\n        query PublicReads {\n          viewer {\n            role\n            label\n            jurisdiction {\n              code\n            }\n          }\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n          }\n          authorities(validOn: \"2025-01-15\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n        }\n      ": types.PublicReadsDocument,
    "\n          mutation UpdateEntityByRole($input: UpdateEntityInput!) {\n            updateEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        ": types.UpdateEntityByRoleDocument,
    "\n          mutation DeregisterEntityByRole($input: DeregisterEntityInput!) {\n            deregisterEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        ": types.DeregisterEntityByRoleDocument,
    "\n          mutation CreateApiKeyByRole($input: CreateApiKeyInput!) {\n            createApiKey(input: $input) {\n              secret\n            }\n          }\n        ": types.CreateApiKeyByRoleDocument,
    "\n          query ApiKeyIds {\n            apiKeys {\n              id\n            }\n          }\n        ": types.ApiKeyIdsDocument,
    "\n        query ApiKeyRoles {\n          apiKeys {\n            role\n            unitCode\n          }\n        }\n      ": types.ApiKeyRolesDocument,
    "\n    mutation CreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        secret\n        apiKey {\n          id\n          label\n          role\n          unitCode\n          secretPrefix\n          expiresOn\n          revokedAt\n        }\n      }\n    }\n  ": types.CreateApiKeyDocument,
    "\n    query AccessViewer {\n      viewer {\n        role\n        label\n        jurisdiction {\n          code\n          name\n          fullName\n          level\n          structure\n        }\n      }\n    }\n  ": types.AccessViewerDocument,
    "\n        query ApiKeyPrefixes {\n          apiKeys {\n            id\n            secretPrefix\n            revokedAt\n          }\n        }\n      ": types.ApiKeyPrefixesDocument,
    "\n        mutation RevokeApiKeyReadBack($id: ID!) {\n          revokeApiKey(id: $id) {\n            apiKey {\n              id\n              revokedAt\n            }\n          }\n        }\n      ": types.RevokeApiKeyReadBackDocument,
    "\n        query UnitsOfLevel($s: AdministrativeStructure!, $l: AdministrativeUnitLevel) {\n          administrativeUnits(structure: $s, level: $l) {\n            code\n          }\n        }\n      ": types.UnitsOfLevelDocument,
    "\n        query CurrentProvinces {\n          administrativeUnits {\n            code\n            structure\n            level\n          }\n        }\n      ": types.CurrentProvincesDocument,
    "\n        query BinhPhuocDistricts {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n            name\n            fullName\n            level\n            structure\n            parent {\n              code\n              fullName\n            }\n            children {\n              code\n              level\n              parent {\n                code\n              }\n            }\n          }\n        }\n      ": types.BinhPhuocDistrictsDocument,
    "\n        query WardAndSuccessor($id: ID!) {\n          node(id: $id) {\n            id\n            ... on AdministrativeUnit {\n              code\n              name\n              fullName\n              nameEn\n              type\n              level\n              structure\n              parent {\n                code\n                fullName\n                parent {\n                  code\n                  fullName\n                  successors {\n                    kind\n                    unit {\n                      code\n                      fullName\n                      structure\n                    }\n                  }\n                }\n              }\n              province {\n                code\n              }\n              successors {\n                kind\n                unit {\n                  code\n                  name\n                  fullName\n                  level\n                  structure\n                  province {\n                    code\n                    fullName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.WardAndSuccessorDocument,
    "\n        query UnitSuccessors($id: ID!) {\n          node(id: $id) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n                unit {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.UnitSuccessorsDocument,
    "\n        query DistrictAndCommune($district: ID!, $commune: ID!) {\n          district: node(id: $district) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n              }\n            }\n          }\n          commune: node(id: $commune) {\n            ... on AdministrativeUnit {\n              structure\n              successors {\n                kind\n              }\n              children {\n                code\n              }\n              parent {\n                code\n                level\n                structure\n              }\n            }\n          }\n          dongNai: administrativeUnits(parentCode: \"75\") {\n            code\n          }\n        }\n      ": types.DistrictAndCommuneDocument,
    "\n        query DongXoaiWards {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"689\") {\n            id\n            code\n            fullName\n          }\n        }\n      ": types.DongXoaiWardsDocument,
    "\n        query UnitNodes($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n            ... on AdministrativeUnit {\n              code\n              structure\n            }\n          }\n        }\n      ": types.UnitNodesDocument,
    "\n      query UnitNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.UnitNodeIdDocument,
    "\n        query AuthoritiesFeb2025 {\n          authorities(validOn: \"2025-02-01\") {\n            code\n            level\n          }\n        }\n      ": types.AuthoritiesFeb2025Document,
    "\n        query AuthoritiesMar2025 {\n          authorities(validOn: \"2025-03-01\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n          ministries: authorities(validOn: \"2025-03-01\", level: MINISTRY) {\n            code\n          }\n        }\n      ": types.AuthoritiesMar2025Document,
    "\n        query AuthoritiesAug2025 {\n          authorities(validOn: \"2025-08-01\") {\n            code\n            name\n            level\n            validFrom\n            validTo\n          }\n        }\n      ": types.AuthoritiesAug2025Document,
    "\n        query AllAuthorities {\n          authorities {\n            code\n          }\n        }\n      ": types.AllAuthoritiesDocument,
    "\n        query AuthorityAndSuccessors($id: ID!) {\n          node(id: $id) {\n            id\n            ... on Authority {\n              code\n              name\n              level\n              validFrom\n              validTo\n              unit {\n                code\n                fullName\n                structure\n              }\n              successor {\n                code\n                name\n                validFrom\n                validTo\n                successor {\n                  code\n                  name\n                  validFrom\n                  validTo\n                  successor {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.AuthorityAndSuccessorsDocument,
    "\n        query MinistrySuccessor($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              validTo\n              successor {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": types.MinistrySuccessorDocument,
    "\n        query DistrictCommittee($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              name\n              level\n              validTo\n              unit {\n                code\n              }\n            }\n          }\n        }\n      ": types.DistrictCommitteeDocument,
    "\n        query AuthoritiesOn($d: LocalDate) {\n          authorities(validOn: $d) {\n            code\n          }\n        }\n      ": types.AuthoritiesOnDocument,
    "\n  query CliKeyViewer {\n    viewer {\n      role\n      label\n      jurisdiction {\n        code\n        fullName\n        level\n        structure\n      }\n    }\n  }\n": types.CliKeyViewerDocument,
    "\n      query CliKeyEntityCount {\n        entities {\n          totalCount\n        }\n      }\n    ": types.CliKeyEntityCountDocument,
    "\n  query EntityAuditLog {\n    auditLog(filter: { recordType: \"RegulatedEntity\" }) {\n      edges {\n        node {\n          operation\n          before\n          after\n        }\n      }\n    }\n  }\n": types.EntityAuditLogDocument,
    "\n        query DemoLicenceCount($s: [LicenseStatus!]) {\n          licenses(filter: { statuses: $s }) {\n            totalCount\n          }\n        }\n      ": types.DemoLicenceCountDocument,
    "\n      query DemoEntityCount($filter: EntityFilter) {\n        entities(filter: $filter) {\n          totalCount\n        }\n      }\n    ": types.DemoEntityCountDocument,
    "\n      query DemoNewestStructures {\n        entities(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              address {\n                structure\n              }\n            }\n          }\n        }\n      }\n    ": types.DemoNewestStructuresDocument,
    "\n    mutation DemoRegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registered: registerPrintingEstablishment(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterPrintingEstablishmentDocument,
    "\n    mutation DemoRegisterPublisher($input: RegisterPublisherInput!) {\n      registered: registerPublisher(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterPublisherDocument,
    "\n    mutation DemoRegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registered: registerPostalEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterPostalEnterpriseDocument,
    "\n    mutation DemoRegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registered: registerTelecomOperator(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterTelecomOperatorDocument,
    "\n    mutation DemoRegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registered: registerGameServicePoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterGameServicePointDocument,
    "\n    mutation DemoRegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registered: registerInternetAccessPoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterInternetAccessPointDocument,
    "\n    mutation DemoRegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registered: registerItEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterItEnterpriseDocument,
    "\n    mutation DemoRegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registered: registerRadioFrequencyUser(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterRadioFrequencyUserDocument,
    "\n    mutation DemoRegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registered: registerInformationProvider(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  ": types.DemoRegisterInformationProviderDocument,
    "\n  query EntityNode($id: ID!) {\n    node(id: $id) {\n      ...EntityFields\n    }\n  }\n": types.EntityNodeDocument,
    "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  mutation DeregisterEntity($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n": types.DeregisterEntityDocument,
    "\n  query EntityList($filter: EntityFilter) {\n    entities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          registryCode\n          name\n          status\n        }\n      }\n    }\n  }\n": types.EntityListDocument,
    "\n        mutation RegisterPostalEnterpriseForAudit($input: RegisterPostalEnterpriseInput!) {\n          registerPostalEnterprise(input: $input) {\n            entity {\n              id\n              version\n            }\n          }\n        }\n      ": types.RegisterPostalEnterpriseForAuditDocument,
    "\n      query EntityNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...EntityFields\n        }\n      }\n    ": types.EntityNodesDocument,
    "\n  mutation FederationRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        registryCode\n      }\n    }\n  }\n": types.FederationRegisterGamePointDocument,
    "\n  query FederationGamePointTotal {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }) {\n      totalCount\n    }\n  }\n": types.FederationGamePointTotalDocument,
    "\n  fragment EntityFields on RegulatedEntity {\n    __typename\n    id\n    kind\n    registryCode\n    name\n    legalForm\n    taxCode\n    status\n    deregisteredOn\n    deregistrationReason\n    createdAt\n    updatedAt\n    version\n    notes\n    representative {\n      name\n      title\n      idNumber\n      phone\n      residenceAddress\n    }\n    contact {\n      phone\n      email\n      website\n    }\n    location {\n      latitude\n      longitude\n    }\n    address {\n      street\n      structure\n      fullText\n      ward {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      district {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      province {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      currentCommune {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n    }\n    ... on PrintingEstablishment {\n      details {\n        products\n        stages\n        headOfEstablishment\n        equipment {\n          name\n          model\n          quantity\n          isColorCopier\n        }\n      }\n    }\n    ... on Publisher {\n      details {\n        role\n        branches {\n          name\n          address\n        }\n      }\n    }\n    ... on PostalEnterprise {\n      details {\n        serviceTypes\n        scope\n      }\n    }\n    ... on TelecomOperator {\n      details {\n        services\n        withInfrastructure\n        networkScope\n        usesNumbering\n        usesSpectrum\n      }\n    }\n    ... on GameServicePoint {\n      details {\n        machineCount\n        floorAreaM2\n        openingHours\n        directManagerName\n        businessRegistrationNumber\n        businessRegistrationDate\n        ispAgentContract {\n          ispName\n          number\n          signedOn\n        }\n      }\n    }\n    ... on InternetAccessPoint {\n      details {\n        accessPointType\n        ispName\n        agentContractNumber\n        agentContractDate\n        machineCount\n      }\n    }\n    ... on ItEnterprise {\n      details {\n        fields\n        employees\n        revenueBand\n        foundedOn\n      }\n    }\n    ... on RadioFrequencyUser {\n      details {\n        assignments {\n          frequencyMHz\n          bandFromMHz\n          bandToMHz\n          emission\n          powerW\n          stationLocation\n          purpose\n        }\n      }\n    }\n    ... on InformationProvider {\n      details {\n        websites {\n          name\n          domains\n          contentScope\n          serverLocation\n        }\n        newsletters {\n          name\n          format\n          periodicity\n        }\n        contentManagerName\n      }\n    }\n  }\n": types.EntityFieldsFragmentDoc,
    "\n    mutation RegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registerPrintingEstablishment(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterPrintingEstablishmentDocument,
    "\n    mutation RegisterPublisher($input: RegisterPublisherInput!) {\n      registerPublisher(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterPublisherDocument,
    "\n    mutation RegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registerPostalEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterPostalEnterpriseDocument,
    "\n    mutation RegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registerTelecomOperator(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterTelecomOperatorDocument,
    "\n    mutation RegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registerGameServicePoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterGameServicePointDocument,
    "\n    mutation RegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registerInternetAccessPoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterInternetAccessPointDocument,
    "\n    mutation RegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registerItEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterItEnterpriseDocument,
    "\n    mutation RegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registerRadioFrequencyUser(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterRadioFrequencyUserDocument,
    "\n    mutation RegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registerInformationProvider(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  ": types.RegisterInformationProviderDocument,
    "\n  fragment LicenseFields on License {\n    id\n    number\n    status\n    version\n    expiresOn\n    effectiveFrom\n    suspendedUntil\n    reapplyNotBefore\n    scope\n  }\n": types.LicenseFieldsFragmentDoc,
    "\n  fragment EventFields on LicenseEvent {\n    type\n    sequence\n    effectiveOn\n    resultingStatus\n    suspendedUntil\n    reapplyNotBefore\n    changes\n    ground {\n      code\n      description\n    }\n    groundText\n  }\n": types.EventFieldsFragmentDoc,
    "\n    mutation AmendLicense($i: AmendLicenseInput!) {\n      amendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.AmendLicenseDocument,
    "\n    mutation RenewLicense($i: RenewLicenseInput!) {\n      renewLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.RenewLicenseDocument,
    "\n    mutation ReissueLicense($i: ReissueLicenseInput!) {\n      reissueLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.ReissueLicenseDocument,
    "\n    mutation SuspendLicense($i: SuspendLicenseInput!) {\n      suspendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.SuspendLicenseDocument,
    "\n    mutation ReinstateLicense($i: LicenseStepInput!) {\n      reinstateLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.ReinstateLicenseDocument,
    "\n    mutation RevokeLicense($i: RevokeLicenseInput!) {\n      revokeLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.RevokeLicenseDocument,
    "\n    mutation SurrenderLicense($i: LicenseStepInput!) {\n      surrenderLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  ": types.SurrenderLicenseDocument,
    "\n  mutation IssueLicense($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        ...LicenseFields\n      }\n      event {\n        ...EventFields\n      }\n    }\n  }\n": types.IssueLicenseDocument,
    "\n  mutation RegisterLicenceHolder($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": types.RegisterLicenceHolderDocument,
    "\n  query StatisticsAll(\n    $filter: StatisticsFilter\n    $entityGroupBy: [EntityCountDimension!]!\n    $unitLevel: StatisticsUnitLevel!\n    $entityStatuses: [EntityStatus!]\n    $asOf: LocalDate\n    $licenseGroupBy: [LicenseCountDimension!]!\n    $licenseUnitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      unitLevel\n      unitCode\n      unitName\n      entityCounts(groupBy: $entityGroupBy, unitLevel: $unitLevel, statuses: $entityStatuses) {\n        kind\n        status\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: $licenseGroupBy, unitLevel: $licenseUnitLevel) {\n        kind\n        licenseType\n        status\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n": types.StatisticsAllDocument,
    "\n  query StatisticsSteps(\n    $filter: StatisticsFilter\n    $from: LocalDate!\n    $to: LocalDate!\n    $interval: StatisticsInterval!\n    $groupBy: [LicenseStepDimension!]!\n    $unitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      licenseSteps(from: $from, to: $to, interval: $interval, groupBy: $groupBy, unitLevel: $unitLevel) {\n        period\n        periodStart\n        periodEnd\n        step\n        groundCode\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n": types.StatisticsStepsDocument,
    "\n  query StatisticsExpiring(\n    $filter: StatisticsFilter\n    $asOf: LocalDate\n    $withinDays: [Int!]!\n    $groupBy: [LicenseCountDimension!]!\n    $unitLevel: StatisticsUnitLevel\n    $first: Int\n    $after: String\n    $days: Int!\n  ) {\n    statistics(filter: $filter) {\n      expiringLicenseCounts(asOf: $asOf, withinDays: $withinDays, groupBy: $groupBy, unitLevel: $unitLevel) {\n        withinDays\n        until\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: $days, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            expiresOn\n            daysLeft\n            status\n            license {\n              id\n              number\n              holder {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatisticsExpiringDocument,
    "\n  query StatisticsGamePointLists($filter: StatisticsFilter, $asOf: LocalDate, $groupByUnit: Boolean!, $unitLevel: StatisticsUnitLevel!) {\n    statistics(filter: $filter) {\n      unitCode\n      gamePointLists(asOf: $asOf, groupByUnit: $groupByUnit, unitLevel: $unitLevel) {\n        list\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n    }\n  }\n": types.StatisticsGamePointListsDocument,
    "\n  query FeedPage($after: String, $first: Int) {\n    changes(after: $after, first: $first) {\n      checkpoint\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          objectId\n          kind\n          committedAt\n          records {\n            file\n            record\n          }\n          licenseEvent {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n": types.FeedPageDocument,
    "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.NodeIdDocument,
    "\n  query LawCloserEvents($id: ID!) {\n    node(id: $id) {\n      ... on License {\n        status\n        events {\n          type\n          holderUnit2024\n          authority {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.LawCloserEventsDocument,
    "\n  query LawCloserSearch($filter: EntityFilter!) {\n    entities(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          kind\n          taxCode\n        }\n      }\n    }\n  }\n": types.LawCloserSearchDocument,
    "\n  mutation LawCloserUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        registryCode\n        taxCode\n        version\n      }\n    }\n  }\n": types.LawCloserUpdateEntityDocument,
    "\n  mutation RegisterPrinter($input: RegisterPrintingEstablishmentInput!) {\n    registerPrintingEstablishment(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": types.RegisterPrinterDocument,
    "\n        query AuthorityFunctionsFeb2025 {\n          authorities(validOn: \"2025-02-10\") {\n            code\n            functions {\n              function\n              validFrom\n              validTo\n            }\n          }\n        }\n      ": types.AuthorityFunctionsFeb2025Document,
    "\n        mutation DeregisterHolder($i: DeregisterEntityInput!) {\n          deregisterEntity(input: $i) {\n            entity {\n              status\n            }\n          }\n        }\n      ": types.DeregisterHolderDocument,
    "\n      query AuditOfRecord($f: AuditFilter) {\n        auditLog(filter: $f, first: 20) {\n          totalCount\n          edges {\n            node {\n              operation\n              recordType\n              recordId\n              actorRole\n              before\n              after\n            }\n          }\n        }\n      }\n    ": types.AuditOfRecordDocument,
    "\n    query NestedPage($first: Int) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            address {\n              fullText\n              ward {\n                name\n              }\n            }\n            licenses {\n              totalCount\n              edges {\n                node {\n                  number\n                  status\n                  statusOn(date: \"2025-12-01\")\n                  issuingAuthority {\n                    name\n                  }\n                  events {\n                    type\n                    authority {\n                      name\n                    }\n                    ground {\n                      code\n                    }\n                  }\n                }\n              }\n            }\n            currentLicense {\n              number\n            }\n          }\n        }\n      }\n    }\n  ": types.NestedPageDocument,
    "\n    query LicenceStatusOn($id: ID!, $date: LocalDate!) {\n      node(id: $id) {\n        ... on License {\n          statusOn(date: $date)\n        }\n      }\n    }\n  ": types.LicenceStatusOnDocument,
    "\n        query LicenceHistory($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              status\n              events {\n                type\n                effectiveOn\n              }\n            }\n          }\n        }\n      ": types.LicenceHistoryDocument,
    "\n        query LicenceCount($f: LicenseFilter) {\n          licenses(filter: $f) {\n            totalCount\n          }\n        }\n      ": types.LicenceCountDocument,
    "\n        query LicenceStatusAroundExpiry($id: ID!, $a: LocalDate!, $b: LocalDate!, $c: LocalDate!) {\n          node(id: $id) {\n            ... on License {\n              status\n              a: statusOn(date: $a)\n              b: statusOn(date: $b)\n              c: statusOn(date: $c)\n            }\n          }\n        }\n      ": types.LicenceStatusAroundExpiryDocument,
    "\n        query LicencesWithHolders {\n          licenses(first: 100) {\n            totalCount\n            edges {\n              node {\n                id\n                holder {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.LicencesWithHoldersDocument,
    "\n        query LicenceNodeId($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      ": types.LicenceNodeIdDocument,
    "\n        query LicenceNumberAndHolder($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              number\n              holder {\n                id\n              }\n            }\n          }\n        }\n      ": types.LicenceNumberAndHolderDocument,
    "\n        query GamePointsWithLicences {\n          entities(first: 50, filter: { kinds: [GAME_SERVICE_POINT] }) {\n            totalCount\n            edges {\n              node {\n                id\n                licenses {\n                  totalCount\n                }\n                currentLicense {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.GamePointsWithLicencesDocument,
    "\n        query HolderLicenceCount($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              licenses {\n                totalCount\n              }\n            }\n          }\n        }\n      ": types.HolderLicenceCountDocument,
    "\n    query LicenceTotal {\n      licenses {\n        totalCount\n      }\n    }\n  ": types.LicenceTotalDocument,
    "\n        query HoldersOfRevokedGamePointCertificates {\n          entities(first: 100, filter: { licenseType: GAME_POINT_CERTIFICATE, licenseStatuses: [REVOKED] }) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.HoldersOfRevokedGamePointCertificatesDocument,
    "\n        query HoldersOfRevokedPrintingLicences {\n          entities(filter: { licenseType: PRINTING_LICENSE, licenseStatuses: [REVOKED] }) {\n            totalCount\n          }\n        }\n      ": types.HoldersOfRevokedPrintingLicencesDocument,
    "\n        query LicenceTypes {\n          licenseTypes {\n            type\n            nameVi\n            entityKinds\n            termKind\n            maxTermMonths\n            onPublicList\n            legalBases {\n              code\n            }\n            competence {\n              authorityLevel\n              authorityFunction\n              validFrom\n              validTo\n              unsure\n            }\n            revocationGrounds {\n              code\n              description\n              barsReapplicationMonths\n            }\n          }\n        }\n      ": types.LicenceTypesDocument,
    "\n  query AllWards2024 {\n    administrativeUnits(structure: THREE_TIER_2024, level: WARD) {\n      id\n      code\n      name\n      fullName\n      nameEn\n      type\n      level\n      structure\n    }\n  }\n": types.AllWards2024Document,
    "\n  query BinhPhuocDistrictCodes {\n    administrativeUnits(parentCode: \"70\", structure: THREE_TIER_2024) {\n      code\n    }\n  }\n": types.BinhPhuocDistrictCodesDocument,
    "\n  query BrowserPublicList($list: PublicListKind!, $unitCode: String, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          certificateNumber\n        }\n      }\n    }\n  }\n": types.BrowserPublicListDocument,
    "\n  query PublicPoints($list: PublicListKind!, $unitCode: String, $search: String, $asOf: LocalDate, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, search: $search, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          ownerName\n          certificateNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          status\n          address {\n            street\n            structure\n            wardCode\n            ward\n            district\n            province\n            fullText\n            currentCommuneCode\n            currentCommune\n            splitBetween\n            currentProvince\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n": types.PublicPointsDocument,
    "\n  query PublicRadio($first: Int, $after: String, $search: String) {\n    publicRevokedRadioLicenses(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          holderName\n          licenseType\n          licenseNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          address {\n            fullText\n            currentCommune\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n": types.PublicRadioDocument,
    "\n  mutation PublicRevoke($i: RevokeLicenseInput!) {\n    revokeLicense(input: $i) {\n      license {\n        id\n        status\n      }\n    }\n  }\n": types.PublicRevokeDocument,
    "\n  query ReadPathsByStatus($statuses: [LicenseStatus!]!, $on: LocalDate) {\n    licenses(first: 100, filter: { statuses: $statuses, statusOn: $on }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ReadPathsByStatusDocument,
    "\n  query ReadPathsStatusOn($id: ID!, $on: LocalDate!) {\n    node(id: $id) {\n      ... on License {\n        statusOn(date: $on)\n      }\n    }\n  }\n": types.ReadPathsStatusOnDocument,
    "\n    query ReadPathsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on RegulatedEntity {\n          registryCode\n          name\n          address {\n            fullText\n          }\n        }\n      }\n    }\n  ": types.ReadPathsNodeDocument,
    "\n    query ReadPathsViewer {\n      viewer {\n        role\n      }\n    }\n  ": types.ReadPathsViewerDocument,
    "\n    query ReadPathsList {\n      entities(first: 5) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  ": types.ReadPathsListDocument,
    "\n  query SearchEntities($search: String!) {\n    entities(filter: { search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          registryCode\n          taxCode\n        }\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query EntityPage($orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    entities(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          registryCode\n        }\n      }\n    }\n  }\n": types.EntityPageDocument,
    "\n  query HanoiAuthorities($on: LocalDate) {\n    authorities(validOn: $on) {\n      code\n      level\n      validTo\n    }\n  }\n": types.HanoiAuthoritiesDocument,
    "\n  query HanoiEntities {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          address {\n            province {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HanoiEntitiesDocument,
    "\n  mutation HanoiRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        registryCode\n      }\n    }\n  }\n": types.HanoiRegisterGamePointDocument,
    "\n  mutation HanoiIssue($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        status\n        number\n      }\n    }\n  }\n": types.HanoiIssueDocument,
    "\n  query DashboardFigures($filter: StatisticsFilter, $asOf: LocalDate!) {\n    statistics(filter: $filter) {\n      unitName\n      entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) {\n        kind\n        status\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: [STATUS]) {\n        status\n        count\n      }\n      expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) {\n        withinDays\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) {\n        edges {\n          node {\n            license {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardFiguresDocument,
    "\n  mutation StatisticsMoveEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": types.StatisticsMoveEntityDocument,
    "\n  mutation StatisticsDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n": types.StatisticsDeregisterDocument,
    "\n  mutation StatisticsRegisterPostal($input: RegisterPostalEnterpriseInput!) {\n    registerPostalEnterprise(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": types.StatisticsRegisterPostalDocument,
    "\n  query ScopeEntityTotal($filter: EntityFilter) {\n    entities(filter: $filter) {\n      totalCount\n    }\n  }\n": types.ScopeEntityTotalDocument,
    "\n  query ScopeLicenseTotal($filter: LicenseFilter) {\n    licenses(filter: $filter) {\n      totalCount\n    }\n  }\n": types.ScopeLicenseTotalDocument,
    "\n  query MinistryGamePoints($first: Int) {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          representative {\n            name\n            idNumber\n            phone\n          }\n          licenses {\n            edges {\n              node {\n                number\n                events {\n                  type\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MinistryGamePointsDocument,
    "\n  query DataSharingAudit {\n    auditLog(filter: { actorRole: MINISTRY_SYSTEM }, first: 20) {\n      edges {\n        node {\n          occurredAt\n          actorRole\n          actorLabel\n          operation\n          recordType\n          recordId\n          filters\n          rowsReleased\n          legalBasis\n        }\n      }\n    }\n  }\n": types.DataSharingAuditDocument,
    "\n  mutation AuditNewMinistryKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": types.AuditNewMinistryKeyDocument,
    "\n  query AuditByKey($apiKeyId: ID!) {\n    auditLog(filter: { apiKeyId: $apiKeyId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          apiKeyId\n          actorLabel\n          operation\n          recordId\n        }\n      }\n    }\n  }\n": types.AuditByKeyDocument,
    "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n": types.ConcurrentUpdateDocument,
    "\n  mutation RegisterDuringExport($input: RegisterPublisherInput!) {\n    registerPublisher(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n": types.RegisterDuringExportDocument,
    "\n  mutation FeedUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n": types.FeedUpdateEntityDocument,
    "\n  mutation FeedDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        status\n      }\n    }\n  }\n": types.FeedDeregisterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionList {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          address {\n            ward {\n              code\n            }\n            district {\n              code\n            }\n            currentCommune {\n              code\n            }\n            province {\n              code\n            }\n          }\n          representative {\n            name\n            idNumber\n            phone\n            residenceAddress\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JurisdictionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on RegulatedEntity {\n        name\n        registryCode\n      }\n    }\n  }\n"): typeof import('./graphql').JurisdictionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on RegulatedEntity {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').JurisdictionNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessEntityCount {\n    entities {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AccessEntityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query JurisdictionFilteredList($f: EntityFilter) {\n            entities(filter: $f) {\n              totalCount\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').JurisdictionFilteredListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RepresentativeByRole($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              representative {\n                name\n                title\n                idNumber\n                phone\n                residenceAddress\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').RepresentativeByRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicReads {\n          viewer {\n            role\n            label\n            jurisdiction {\n              code\n            }\n          }\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n          }\n          authorities(validOn: \"2025-01-15\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n        }\n      "): typeof import('./graphql').PublicReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateEntityByRole($input: UpdateEntityInput!) {\n            updateEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').UpdateEntityByRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeregisterEntityByRole($input: DeregisterEntityInput!) {\n            deregisterEntity(input: $input) {\n              entity {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').DeregisterEntityByRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateApiKeyByRole($input: CreateApiKeyInput!) {\n            createApiKey(input: $input) {\n              secret\n            }\n          }\n        "): typeof import('./graphql').CreateApiKeyByRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiKeyIds {\n            apiKeys {\n              id\n            }\n          }\n        "): typeof import('./graphql').ApiKeyIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApiKeyRoles {\n          apiKeys {\n            role\n            unitCode\n          }\n        }\n      "): typeof import('./graphql').ApiKeyRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateApiKey($input: CreateApiKeyInput!) {\n      createApiKey(input: $input) {\n        secret\n        apiKey {\n          id\n          label\n          role\n          unitCode\n          secretPrefix\n          expiresOn\n          revokedAt\n        }\n      }\n    }\n  "): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccessViewer {\n      viewer {\n        role\n        label\n        jurisdiction {\n          code\n          name\n          fullName\n          level\n          structure\n        }\n      }\n    }\n  "): typeof import('./graphql').AccessViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApiKeyPrefixes {\n          apiKeys {\n            id\n            secretPrefix\n            revokedAt\n          }\n        }\n      "): typeof import('./graphql').ApiKeyPrefixesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RevokeApiKeyReadBack($id: ID!) {\n          revokeApiKey(id: $id) {\n            apiKey {\n              id\n              revokedAt\n            }\n          }\n        }\n      "): typeof import('./graphql').RevokeApiKeyReadBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UnitsOfLevel($s: AdministrativeStructure!, $l: AdministrativeUnitLevel) {\n          administrativeUnits(structure: $s, level: $l) {\n            code\n          }\n        }\n      "): typeof import('./graphql').UnitsOfLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurrentProvinces {\n          administrativeUnits {\n            code\n            structure\n            level\n          }\n        }\n      "): typeof import('./graphql').CurrentProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BinhPhuocDistricts {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"70\") {\n            code\n            name\n            fullName\n            level\n            structure\n            parent {\n              code\n              fullName\n            }\n            children {\n              code\n              level\n              parent {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').BinhPhuocDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WardAndSuccessor($id: ID!) {\n          node(id: $id) {\n            id\n            ... on AdministrativeUnit {\n              code\n              name\n              fullName\n              nameEn\n              type\n              level\n              structure\n              parent {\n                code\n                fullName\n                parent {\n                  code\n                  fullName\n                  successors {\n                    kind\n                    unit {\n                      code\n                      fullName\n                      structure\n                    }\n                  }\n                }\n              }\n              province {\n                code\n              }\n              successors {\n                kind\n                unit {\n                  code\n                  name\n                  fullName\n                  level\n                  structure\n                  province {\n                    code\n                    fullName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').WardAndSuccessorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UnitSuccessors($id: ID!) {\n          node(id: $id) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n                unit {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').UnitSuccessorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DistrictAndCommune($district: ID!, $commune: ID!) {\n          district: node(id: $district) {\n            ... on AdministrativeUnit {\n              successors {\n                kind\n              }\n            }\n          }\n          commune: node(id: $commune) {\n            ... on AdministrativeUnit {\n              structure\n              successors {\n                kind\n              }\n              children {\n                code\n              }\n              parent {\n                code\n                level\n                structure\n              }\n            }\n          }\n          dongNai: administrativeUnits(parentCode: \"75\") {\n            code\n          }\n        }\n      "): typeof import('./graphql').DistrictAndCommuneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DongXoaiWards {\n          administrativeUnits(structure: THREE_TIER_2024, parentCode: \"689\") {\n            id\n            code\n            fullName\n          }\n        }\n      "): typeof import('./graphql').DongXoaiWardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UnitNodes($ids: [ID!]!) {\n          nodes(ids: $ids) {\n            id\n            ... on AdministrativeUnit {\n              code\n              structure\n            }\n          }\n        }\n      "): typeof import('./graphql').UnitNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query UnitNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql').UnitNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthoritiesFeb2025 {\n          authorities(validOn: \"2025-02-01\") {\n            code\n            level\n          }\n        }\n      "): typeof import('./graphql').AuthoritiesFeb2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthoritiesMar2025 {\n          authorities(validOn: \"2025-03-01\", level: PROVINCIAL_DEPARTMENT) {\n            code\n          }\n          ministries: authorities(validOn: \"2025-03-01\", level: MINISTRY) {\n            code\n          }\n        }\n      "): typeof import('./graphql').AuthoritiesMar2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthoritiesAug2025 {\n          authorities(validOn: \"2025-08-01\") {\n            code\n            name\n            level\n            validFrom\n            validTo\n          }\n        }\n      "): typeof import('./graphql').AuthoritiesAug2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AllAuthorities {\n          authorities {\n            code\n          }\n        }\n      "): typeof import('./graphql').AllAuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthorityAndSuccessors($id: ID!) {\n          node(id: $id) {\n            id\n            ... on Authority {\n              code\n              name\n              level\n              validFrom\n              validTo\n              unit {\n                code\n                fullName\n                structure\n              }\n              successor {\n                code\n                name\n                validFrom\n                validTo\n                successor {\n                  code\n                  name\n                  validFrom\n                  validTo\n                  successor {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuthorityAndSuccessorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MinistrySuccessor($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              validTo\n              successor {\n                code\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MinistrySuccessorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DistrictCommittee($id: ID!) {\n          node(id: $id) {\n            ... on Authority {\n              name\n              level\n              validTo\n              unit {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').DistrictCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthoritiesOn($d: LocalDate) {\n          authorities(validOn: $d) {\n            code\n          }\n        }\n      "): typeof import('./graphql').AuthoritiesOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliKeyViewer {\n    viewer {\n      role\n      label\n      jurisdiction {\n        code\n        fullName\n        level\n        structure\n      }\n    }\n  }\n"): typeof import('./graphql').CliKeyViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CliKeyEntityCount {\n        entities {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').CliKeyEntityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityAuditLog {\n    auditLog(filter: { recordType: \"RegulatedEntity\" }) {\n      edges {\n        node {\n          operation\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemoLicenceCount($s: [LicenseStatus!]) {\n          licenses(filter: { statuses: $s }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').DemoLicenceCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DemoEntityCount($filter: EntityFilter) {\n        entities(filter: $filter) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').DemoEntityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DemoNewestStructures {\n        entities(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              address {\n                structure\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DemoNewestStructuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registered: registerPrintingEstablishment(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterPrintingEstablishmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterPublisher($input: RegisterPublisherInput!) {\n      registered: registerPublisher(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterPublisherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registered: registerPostalEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterPostalEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registered: registerTelecomOperator(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterTelecomOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registered: registerGameServicePoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterGameServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registered: registerInternetAccessPoint(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterInternetAccessPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registered: registerItEnterprise(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterItEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registered: registerRadioFrequencyUser(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterRadioFrequencyUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DemoRegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registered: registerInformationProvider(input: $input) {\n        entity {\n          registryCode\n        }\n      }\n    }\n  "): typeof import('./graphql').DemoRegisterInformationProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityNode($id: ID!) {\n    node(id: $id) {\n      ...EntityFields\n    }\n  }\n"): typeof import('./graphql').EntityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeregisterEntity($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        ...EntityFields\n      }\n    }\n  }\n"): typeof import('./graphql').DeregisterEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityList($filter: EntityFilter) {\n    entities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          registryCode\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RegisterPostalEnterpriseForAudit($input: RegisterPostalEnterpriseInput!) {\n          registerPostalEnterprise(input: $input) {\n            entity {\n              id\n              version\n            }\n          }\n        }\n      "): typeof import('./graphql').RegisterPostalEnterpriseForAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EntityNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...EntityFields\n        }\n      }\n    "): typeof import('./graphql').EntityNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FederationRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        registryCode\n      }\n    }\n  }\n"): typeof import('./graphql').FederationRegisterGamePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationGamePointTotal {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').FederationGamePointTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on RegulatedEntity {\n    __typename\n    id\n    kind\n    registryCode\n    name\n    legalForm\n    taxCode\n    status\n    deregisteredOn\n    deregistrationReason\n    createdAt\n    updatedAt\n    version\n    notes\n    representative {\n      name\n      title\n      idNumber\n      phone\n      residenceAddress\n    }\n    contact {\n      phone\n      email\n      website\n    }\n    location {\n      latitude\n      longitude\n    }\n    address {\n      street\n      structure\n      fullText\n      ward {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      district {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      province {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n      currentCommune {\n        code\n        name\n        fullName\n        level\n        structure\n      }\n    }\n    ... on PrintingEstablishment {\n      details {\n        products\n        stages\n        headOfEstablishment\n        equipment {\n          name\n          model\n          quantity\n          isColorCopier\n        }\n      }\n    }\n    ... on Publisher {\n      details {\n        role\n        branches {\n          name\n          address\n        }\n      }\n    }\n    ... on PostalEnterprise {\n      details {\n        serviceTypes\n        scope\n      }\n    }\n    ... on TelecomOperator {\n      details {\n        services\n        withInfrastructure\n        networkScope\n        usesNumbering\n        usesSpectrum\n      }\n    }\n    ... on GameServicePoint {\n      details {\n        machineCount\n        floorAreaM2\n        openingHours\n        directManagerName\n        businessRegistrationNumber\n        businessRegistrationDate\n        ispAgentContract {\n          ispName\n          number\n          signedOn\n        }\n      }\n    }\n    ... on InternetAccessPoint {\n      details {\n        accessPointType\n        ispName\n        agentContractNumber\n        agentContractDate\n        machineCount\n      }\n    }\n    ... on ItEnterprise {\n      details {\n        fields\n        employees\n        revenueBand\n        foundedOn\n      }\n    }\n    ... on RadioFrequencyUser {\n      details {\n        assignments {\n          frequencyMHz\n          bandFromMHz\n          bandToMHz\n          emission\n          powerW\n          stationLocation\n          purpose\n        }\n      }\n    }\n    ... on InformationProvider {\n      details {\n        websites {\n          name\n          domains\n          contentScope\n          serverLocation\n        }\n        newsletters {\n          name\n          format\n          periodicity\n        }\n        contentManagerName\n      }\n    }\n  }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {\n      registerPrintingEstablishment(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterPrintingEstablishmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterPublisher($input: RegisterPublisherInput!) {\n      registerPublisher(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterPublisherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {\n      registerPostalEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterPostalEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {\n      registerTelecomOperator(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterTelecomOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterGameServicePoint($input: RegisterGameServicePointInput!) {\n      registerGameServicePoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterGameServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {\n      registerInternetAccessPoint(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterInternetAccessPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterItEnterprise($input: RegisterItEnterpriseInput!) {\n      registerItEnterprise(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterItEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {\n      registerRadioFrequencyUser(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterRadioFrequencyUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterInformationProvider($input: RegisterInformationProviderInput!) {\n      registerInformationProvider(input: $input) {\n        entity {\n          ...EntityFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RegisterInformationProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseFields on License {\n    id\n    number\n    status\n    version\n    expiresOn\n    effectiveFrom\n    suspendedUntil\n    reapplyNotBefore\n    scope\n  }\n"): typeof import('./graphql').LicenseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on LicenseEvent {\n    type\n    sequence\n    effectiveOn\n    resultingStatus\n    suspendedUntil\n    reapplyNotBefore\n    changes\n    ground {\n      code\n      description\n    }\n    groundText\n  }\n"): typeof import('./graphql').EventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AmendLicense($i: AmendLicenseInput!) {\n      amendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').AmendLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RenewLicense($i: RenewLicenseInput!) {\n      renewLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RenewLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReissueLicense($i: ReissueLicenseInput!) {\n      reissueLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').ReissueLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SuspendLicense($i: SuspendLicenseInput!) {\n      suspendLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').SuspendLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReinstateLicense($i: LicenseStepInput!) {\n      reinstateLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').ReinstateLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeLicense($i: RevokeLicenseInput!) {\n      revokeLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').RevokeLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SurrenderLicense($i: LicenseStepInput!) {\n      surrenderLicense(input: $i) {\n        license {\n          ...LicenseFields\n        }\n        event {\n          ...EventFields\n        }\n      }\n    }\n  "): typeof import('./graphql').SurrenderLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueLicense($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        ...LicenseFields\n      }\n      event {\n        ...EventFields\n      }\n    }\n  }\n"): typeof import('./graphql').IssueLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLicenceHolder($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterLicenceHolderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsAll(\n    $filter: StatisticsFilter\n    $entityGroupBy: [EntityCountDimension!]!\n    $unitLevel: StatisticsUnitLevel!\n    $entityStatuses: [EntityStatus!]\n    $asOf: LocalDate\n    $licenseGroupBy: [LicenseCountDimension!]!\n    $licenseUnitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      unitLevel\n      unitCode\n      unitName\n      entityCounts(groupBy: $entityGroupBy, unitLevel: $unitLevel, statuses: $entityStatuses) {\n        kind\n        status\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: $licenseGroupBy, unitLevel: $licenseUnitLevel) {\n        kind\n        licenseType\n        status\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsSteps(\n    $filter: StatisticsFilter\n    $from: LocalDate!\n    $to: LocalDate!\n    $interval: StatisticsInterval!\n    $groupBy: [LicenseStepDimension!]!\n    $unitLevel: StatisticsUnitLevel\n  ) {\n    statistics(filter: $filter) {\n      licenseSteps(from: $from, to: $to, interval: $interval, groupBy: $groupBy, unitLevel: $unitLevel) {\n        period\n        periodStart\n        periodEnd\n        step\n        groundCode\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsExpiring(\n    $filter: StatisticsFilter\n    $asOf: LocalDate\n    $withinDays: [Int!]!\n    $groupBy: [LicenseCountDimension!]!\n    $unitLevel: StatisticsUnitLevel\n    $first: Int\n    $after: String\n    $days: Int!\n  ) {\n    statistics(filter: $filter) {\n      expiringLicenseCounts(asOf: $asOf, withinDays: $withinDays, groupBy: $groupBy, unitLevel: $unitLevel) {\n        withinDays\n        until\n        kind\n        licenseType\n        unitCode\n        unmapped\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: $days, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            expiresOn\n            daysLeft\n            status\n            license {\n              id\n              number\n              holder {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsExpiringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsGamePointLists($filter: StatisticsFilter, $asOf: LocalDate, $groupByUnit: Boolean!, $unitLevel: StatisticsUnitLevel!) {\n    statistics(filter: $filter) {\n      unitCode\n      gamePointLists(asOf: $asOf, groupByUnit: $groupByUnit, unitLevel: $unitLevel) {\n        list\n        unitCode\n        unitName\n        unmapped\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsGamePointListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($after: String, $first: Int) {\n    changes(after: $after, first: $first) {\n      checkpoint\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          objectId\n          kind\n          committedAt\n          records {\n            file\n            record\n          }\n          licenseEvent {\n            id\n            type\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').NodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawCloserEvents($id: ID!) {\n    node(id: $id) {\n      ... on License {\n        status\n        events {\n          type\n          holderUnit2024\n          authority {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LawCloserEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawCloserSearch($filter: EntityFilter!) {\n    entities(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          kind\n          taxCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LawCloserSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LawCloserUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        registryCode\n        taxCode\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').LawCloserUpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPrinter($input: RegisterPrintingEstablishmentInput!) {\n    registerPrintingEstablishment(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterPrinterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthorityFunctionsFeb2025 {\n          authorities(validOn: \"2025-02-10\") {\n            code\n            functions {\n              function\n              validFrom\n              validTo\n            }\n          }\n        }\n      "): typeof import('./graphql').AuthorityFunctionsFeb2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeregisterHolder($i: DeregisterEntityInput!) {\n          deregisterEntity(input: $i) {\n            entity {\n              status\n            }\n          }\n        }\n      "): typeof import('./graphql').DeregisterHolderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditOfRecord($f: AuditFilter) {\n        auditLog(filter: $f, first: 20) {\n          totalCount\n          edges {\n            node {\n              operation\n              recordType\n              recordId\n              actorRole\n              before\n              after\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AuditOfRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NestedPage($first: Int) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            address {\n              fullText\n              ward {\n                name\n              }\n            }\n            licenses {\n              totalCount\n              edges {\n                node {\n                  number\n                  status\n                  statusOn(date: \"2025-12-01\")\n                  issuingAuthority {\n                    name\n                  }\n                  events {\n                    type\n                    authority {\n                      name\n                    }\n                    ground {\n                      code\n                    }\n                  }\n                }\n              }\n            }\n            currentLicense {\n              number\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').NestedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LicenceStatusOn($id: ID!, $date: LocalDate!) {\n      node(id: $id) {\n        ... on License {\n          statusOn(date: $date)\n        }\n      }\n    }\n  "): typeof import('./graphql').LicenceStatusOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceHistory($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              status\n              events {\n                type\n                effectiveOn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LicenceHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceCount($f: LicenseFilter) {\n          licenses(filter: $f) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').LicenceCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceStatusAroundExpiry($id: ID!, $a: LocalDate!, $b: LocalDate!, $c: LocalDate!) {\n          node(id: $id) {\n            ... on License {\n              status\n              a: statusOn(date: $a)\n              b: statusOn(date: $b)\n              c: statusOn(date: $c)\n            }\n          }\n        }\n      "): typeof import('./graphql').LicenceStatusAroundExpiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicencesWithHolders {\n          licenses(first: 100) {\n            totalCount\n            edges {\n              node {\n                id\n                holder {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LicencesWithHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceNodeId($id: ID!) {\n          node(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').LicenceNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceNumberAndHolder($id: ID!) {\n          node(id: $id) {\n            ... on License {\n              number\n              holder {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LicenceNumberAndHolderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GamePointsWithLicences {\n          entities(first: 50, filter: { kinds: [GAME_SERVICE_POINT] }) {\n            totalCount\n            edges {\n              node {\n                id\n                licenses {\n                  totalCount\n                }\n                currentLicense {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').GamePointsWithLicencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HolderLicenceCount($id: ID!) {\n          node(id: $id) {\n            ... on RegulatedEntity {\n              licenses {\n                totalCount\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').HolderLicenceCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LicenceTotal {\n      licenses {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').LicenceTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HoldersOfRevokedGamePointCertificates {\n          entities(first: 100, filter: { licenseType: GAME_POINT_CERTIFICATE, licenseStatuses: [REVOKED] }) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').HoldersOfRevokedGamePointCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HoldersOfRevokedPrintingLicences {\n          entities(filter: { licenseType: PRINTING_LICENSE, licenseStatuses: [REVOKED] }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').HoldersOfRevokedPrintingLicencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LicenceTypes {\n          licenseTypes {\n            type\n            nameVi\n            entityKinds\n            termKind\n            maxTermMonths\n            onPublicList\n            legalBases {\n              code\n            }\n            competence {\n              authorityLevel\n              authorityFunction\n              validFrom\n              validTo\n              unsure\n            }\n            revocationGrounds {\n              code\n              description\n              barsReapplicationMonths\n            }\n          }\n        }\n      "): typeof import('./graphql').LicenceTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllWards2024 {\n    administrativeUnits(structure: THREE_TIER_2024, level: WARD) {\n      id\n      code\n      name\n      fullName\n      nameEn\n      type\n      level\n      structure\n    }\n  }\n"): typeof import('./graphql').AllWards2024Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BinhPhuocDistrictCodes {\n    administrativeUnits(parentCode: \"70\", structure: THREE_TIER_2024) {\n      code\n    }\n  }\n"): typeof import('./graphql').BinhPhuocDistrictCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPublicList($list: PublicListKind!, $unitCode: String, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          certificateNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BrowserPublicListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPoints($list: PublicListKind!, $unitCode: String, $search: String, $asOf: LocalDate, $first: Int, $after: String) {\n    publicGameServicePoints(list: $list, unitCode: $unitCode, search: $search, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          ownerName\n          certificateNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          status\n          address {\n            street\n            structure\n            wardCode\n            ward\n            district\n            province\n            fullText\n            currentCommuneCode\n            currentCommune\n            splitBetween\n            currentProvince\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRadio($first: Int, $after: String, $search: String) {\n    publicRevokedRadioLicenses(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          holderName\n          licenseType\n          licenseNumber\n          issuingAuthority\n          issuedOn\n          expiresOn\n          address {\n            fullText\n            currentCommune\n          }\n          revocation {\n            decisionNumber\n            decisionDate\n            effectiveOn\n            groundCode\n            ground\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicRadioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicRevoke($i: RevokeLicenseInput!) {\n    revokeLicense(input: $i) {\n      license {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PublicRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathsByStatus($statuses: [LicenseStatus!]!, $on: LocalDate) {\n    licenses(first: 100, filter: { statuses: $statuses, statusOn: $on }) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReadPathsByStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathsStatusOn($id: ID!, $on: LocalDate!) {\n    node(id: $id) {\n      ... on License {\n        statusOn(date: $on)\n      }\n    }\n  }\n"): typeof import('./graphql').ReadPathsStatusOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPathsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on RegulatedEntity {\n          registryCode\n          name\n          address {\n            fullText\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ReadPathsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPathsViewer {\n      viewer {\n        role\n      }\n    }\n  "): typeof import('./graphql').ReadPathsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPathsList {\n      entities(first: 5) {\n        totalCount\n        edges {\n          node {\n            name\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ReadPathsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($search: String!) {\n    entities(filter: { search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          name\n          registryCode\n          taxCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityPage($orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    entities(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          registryCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HanoiAuthorities($on: LocalDate) {\n    authorities(validOn: $on) {\n      code\n      level\n      validTo\n    }\n  }\n"): typeof import('./graphql').HanoiAuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HanoiEntities {\n    entities(first: 100) {\n      totalCount\n      edges {\n        node {\n          registryCode\n          address {\n            province {\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HanoiEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HanoiRegisterGamePoint($input: RegisterGameServicePointInput!) {\n    registerGameServicePoint(input: $input) {\n      entity {\n        id\n        registryCode\n      }\n    }\n  }\n"): typeof import('./graphql').HanoiRegisterGamePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HanoiIssue($i: IssueLicenseInput!) {\n    issueLicense(input: $i) {\n      license {\n        status\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').HanoiIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFigures($filter: StatisticsFilter, $asOf: LocalDate!) {\n    statistics(filter: $filter) {\n      unitName\n      entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) {\n        kind\n        status\n        count\n      }\n      licenseCounts(asOf: $asOf, groupBy: [STATUS]) {\n        status\n        count\n      }\n      expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) {\n        withinDays\n        count\n      }\n      expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) {\n        edges {\n          node {\n            license {\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatisticsMoveEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsMoveEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatisticsDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsDeregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatisticsRegisterPostal($input: RegisterPostalEnterpriseInput!) {\n    registerPostalEnterprise(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').StatisticsRegisterPostalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeEntityTotal($filter: EntityFilter) {\n    entities(filter: $filter) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ScopeEntityTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeLicenseTotal($filter: LicenseFilter) {\n    licenses(filter: $filter) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ScopeLicenseTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinistryGamePoints($first: Int) {\n    entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          representative {\n            name\n            idNumber\n            phone\n          }\n          licenses {\n            edges {\n              node {\n                number\n                events {\n                  type\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MinistryGamePointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSharingAudit {\n    auditLog(filter: { actorRole: MINISTRY_SYSTEM }, first: 20) {\n      edges {\n        node {\n          occurredAt\n          actorRole\n          actorLabel\n          operation\n          recordType\n          recordId\n          filters\n          rowsReleased\n          legalBasis\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DataSharingAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditNewMinistryKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').AuditNewMinistryKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditByKey($apiKeyId: ID!) {\n    auditLog(filter: { apiKeyId: $apiKeyId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          apiKeyId\n          actorLabel\n          operation\n          recordId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentUpdate($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ConcurrentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDuringExport($input: RegisterPublisherInput!) {\n    registerPublisher(input: $input) {\n      entity {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDuringExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedUpdateEntity($input: UpdateEntityInput!) {\n    updateEntity(input: $input) {\n      entity {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').FeedUpdateEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedDeregister($input: DeregisterEntityInput!) {\n    deregisterEntity(input: $input) {\n      entity {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').FeedDeregisterDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
