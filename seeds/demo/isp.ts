import type { IspAgentContract } from '../../src/entities/game-service-point';
import { fold, Generator } from './generator';
import type { Place } from './geography';

export const ISPS = ['VNPT', 'Viettel', 'FPT Telecom', 'SCTV'];
export const ISP_TAG: Record<string, string> = { VNPT: 'VNPT', Viettel: 'VTL', 'FPT Telecom': 'FPT', SCTV: 'SCTV' };
/** "Bình Phước" -> "BP". */
export const initialsOf = (s: string) =>
  fold(s)
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

export function ispAgentContract(g: Generator, createdDay: number): IspAgentContract {
  const isp = g.r.weighted([
    ['VNPT', 4],
    ['Viettel', 4],
    ['FPT Telecom', 2],
    ['SCTV', 1],
  ] as const);
  const signedOn = g.dayBefore(createdDay, 3, 200);
  return {
    ispName: `${isp} ${g.province}`,
    number: `${g.r.int(12, 480)}/${signedOn.slice(0, 4)}/HĐĐL-${ISP_TAG[isp]}${initialsOf(g.province)}`,
    signedOn,
  };
}

export function businessRegistrationNumber(g: Generator, place: Place): string {
  const letter = 'ABCDEGHKLMN'[Math.max(0, g.geo.districts.indexOf(place.district)) % 11];
  return `44${letter}8${g.r.digits(6)}`;
}
