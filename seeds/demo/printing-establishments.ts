import { EntityKind, LegalForm } from '../../src/entities/entity-kind';
import {
  PrintingProduct,
  PrintingStage,
  type PrintingEquipment,
  type PrintingEstablishmentDetails,
} from '../../src/entities/printing-establishment';
import { Generator } from './generator';
import type { Place } from './geography';

interface Machine {
  name: string;
  models: string[];
  stage: PrintingStage | 'COPIER';
  products?: PrintingProduct[];
}
const MACHINES: Machine[] = [
  {
    name: 'Máy ghi bản CTP',
    models: ['Kodak Trendsetter 800', 'Screen PlateRite 8600', 'Amsky Amercury 800'],
    stage: PrintingStage.PREPRESS,
  },
  { name: 'Máy vi tính chế bản', models: [], stage: PrintingStage.PREPRESS },
  {
    name: 'Máy in offset 4 màu',
    models: ['Heidelberg Speedmaster SM 74-4', 'Komori Lithrone S29', 'Ryobi 524 HXX'],
    stage: PrintingStage.PRESS,
  },
  { name: 'Máy in offset 1 màu', models: ['Heidelberg GTO 52', 'Hamada B252'], stage: PrintingStage.PRESS },
  {
    name: 'Máy in kỹ thuật số',
    models: ['Konica Minolta AccurioPress C4080', 'Xerox Versant 180', 'Ricoh Pro C5300S'],
    stage: PrintingStage.PRESS,
  },
  {
    name: 'Máy in flexo',
    models: ['Mark Andy 2200', 'Nilpeter FA-4'],
    stage: PrintingStage.PRESS,
    products: [PrintingProduct.PACKAGING, PrintingProduct.LABELS],
  },
  { name: 'Máy in lụa bán tự động', models: [], stage: PrintingStage.PRESS },
  { name: 'Máy cắt giấy', models: ['Polar 115', 'Perfecta 115'], stage: PrintingStage.POSTPRESS },
  { name: 'Máy bế hộp', models: ['Bobst SP 102-E'], stage: PrintingStage.POSTPRESS, products: [PrintingProduct.PACKAGING] },
  { name: 'Máy gấp giấy', models: ['Heidelberg Stahlfolder TH 56'], stage: PrintingStage.POSTPRESS },
  { name: 'Máy cán màng', models: [], stage: PrintingStage.POSTPRESS },
  {
    name: 'Máy photocopy màu',
    models: ['Ricoh IM C3000', 'Canon imageRUNNER ADVANCE DX C3826', 'Fujifilm Apeos C3570', 'Konica Minolta bizhub C300i'],
    stage: 'COPIER',
  },
];

function equipmentFor(g: Generator, stages: PrintingStage[], products: PrintingProduct[], copier: boolean): PrintingEquipment[] {
  const list: PrintingEquipment[] = [];
  for (const stage of stages) {
    const fitting = MACHINES.filter((m) => m.stage === stage && (!m.products || m.products.some((p) => products.includes(p))));
    for (const m of g.r.sample(fitting, g.r.int(1, 2))) {
      const e: PrintingEquipment = { name: m.name, quantity: g.r.int(1, 3), isColorCopier: false };
      if (m.models.length) e.model = g.r.pick(m.models);
      list.push(e);
    }
  }
  if (copier) {
    const m = MACHINES[MACHINES.length - 1];
    list.push({ name: m.name, model: g.r.pick(m.models), quantity: g.r.int(1, 2), isColorCopier: true });
  }
  return list;
}

export function printingEstablishments(g: Generator, n: number): void {
  const P = PrintingProduct;
  const S = PrintingStage;
  type Pattern = {
    make: (b: string) => string;
    form: LegalForm;
    products: PrintingProduct[][];
    stages: PrintingStage[][];
    copier: number;
    tag: string;
  };
  const patterns: [Pattern, number][] = [
    [
      {
        make: (b) => `Công ty TNHH In ấn ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.STATE_FORMS, P.OTHER], [P.INVOICES_VALUED_PAPERS, P.LABELS, P.OTHER], [P.OTHER]],
        stages: [[S.PREPRESS, S.PRESS, S.POSTPRESS]],
        copier: 0.3,
        tag: 'print',
      },
      5,
    ],
    [
      {
        make: (b) => `Công ty TNHH In Bao bì ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.PACKAGING, P.LABELS], [P.PACKAGING]],
        stages: [
          [S.PRESS, S.POSTPRESS],
          [S.PREPRESS, S.PRESS, S.POSTPRESS],
        ],
        copier: 0,
        tag: 'packaging',
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Quảng cáo và In ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.OTHER, P.LABELS], [P.OTHER]],
        stages: [
          [S.PREPRESS, S.PRESS],
          [S.PREPRESS, S.PRESS, S.POSTPRESS],
        ],
        copier: 0.5,
        tag: 'ads',
      },
      3,
    ],
    [
      {
        make: (b) => `Cơ sở in ${b}`,
        form: LegalForm.HOUSEHOLD_BUSINESS,
        products: [[P.OTHER], [P.OTHER, P.LABELS]],
        stages: [
          [S.PRESS, S.POSTPRESS],
          [S.PREPRESS, S.PRESS],
        ],
        copier: 0.3,
        tag: '',
      },
      4,
    ],
    [
      {
        make: (b) => `Tiệm photocopy ${b}`,
        form: LegalForm.HOUSEHOLD_BUSINESS,
        products: [[P.OTHER]],
        stages: [[S.PRESS]],
        copier: 1,
        tag: '',
      },
      2,
    ],
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    let pattern = g.r.weighted(patterns);
    let name: string;
    let place: Place;
    if (i === 0) {
      pattern = patterns[0][0];
      name = 'Công ty TNHH In ấn Phúc Thịnh';
      place = g.place({ district: '689' });
    } else if (i === 1) {
      pattern = { ...patterns[0][0], products: [[P.PRESS, P.STATE_FORMS, P.INVOICES_VALUED_PAPERS, P.OTHER]], copier: 1 };
      name = `Công ty Cổ phần In ${g.province}`;
      place = g.place({ district: '689' });
    } else {
      name = g.uniqueName(pattern.make);
      place = g.place({ urbanBias: 3 });
    }
    const holder =
      pattern.form === LegalForm.ENTERPRISE
        ? g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}${pattern.tag}` })
        : g.household(place, createdDay);
    const products = g.r.pick(pattern.products);
    const stages = g.r.pick(pattern.stages);
    const details: PrintingEstablishmentDetails = {
      products,
      stages,
      headOfEstablishment: pattern.form === LegalForm.HOUSEHOLD_BUSINESS || g.r.chance(0.5) ? holder.person.name : g.person().name,
      equipment: equipmentFor(g, stages, products, g.r.chance(pattern.copier)),
    };
    g.add(EntityKind.PRINTING_ESTABLISHMENT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.PRINTING_ESTABLISHMENT, 1, [
    'Giải thể doanh nghiệp theo quyết định của chủ sở hữu',
    'Không hoạt động in trong 12 tháng liên tục',
  ]);
}
