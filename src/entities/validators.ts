import { registerDecorator, ValidationOptions } from 'class-validator';
import { todayInVietnam } from '../graphql/dates';

function rule(name: string, test: (v: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (v: unknown) => v === null || v === undefined || test(v) },
    });
}

/** Strips the separators people type in phone numbers and tax codes. */
export const compact = (s: string) => s.replace(/[\s.()]/g, '');

/**
 * Vietnamese phone numbers: mobile 0[35789]x xxx xxxx (10 digits) or landline 02xx xxx xxxx (11 digits),
 * written with 0 or +84 (Circular 22/2014/TT-BTTTT national numbering plan, as re-planned in 2018).
 */
export const VN_PHONE = /^(?:\+84|0)(?:[35789]\d{8}|2\d{9})$/;
export const IsVietnamesePhone = rule(
  'isVietnamesePhone',
  (v) => typeof v === 'string' && VN_PHONE.test(compact(v)),
  'must be a Vietnamese phone number (10-digit mobile or 11-digit landline, starting 0 or +84)',
);

/** Enterprise / tax code (mã số doanh nghiệp, mã số thuế): 10 digits, or 13 for a dependent unit (10 + "-" + 3). */
export const TAX_CODE = /^\d{10}(-?\d{3})?$/;
export const IsTaxCode = rule(
  'isTaxCode',
  (v) => typeof v === 'string' && TAX_CODE.test(compact(v)),
  'must be a 10-digit enterprise/tax code, or 13 digits for a branch (e.g. 3800123456 or 3800123456-001)',
);
export const normalizeTaxCode = (v: string) => {
  const d = compact(v).replace('-', '');
  return d.length === 13 ? `${d.slice(0, 10)}-${d.slice(10)}` : d;
};
export const normalizePhone = (v: string) => {
  const c = compact(v);
  return c.startsWith('+84') ? `0${c.slice(3)}` : c;
};

/** Citizen identity number (CCCD, 12 digits) or old identity card (CMND, 9 digits). */
export const IsPersonalIdNumber = rule(
  'isPersonalIdNumber',
  (v) => typeof v === 'string' && /^(\d{9}|\d{12})$/.test(v),
  'must be a 12-digit citizen ID (CCCD) or a 9-digit identity card number',
);

export const IsLocalDateNotInFuture = rule(
  'isLocalDateNotInFuture',
  (v) => typeof v === 'string' && v <= todayInVietnam(),
  'cannot be in the future (dates are judged in Asia/Ho_Chi_Minh)',
);
