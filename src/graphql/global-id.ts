import { BadInput } from './errors';

/** Opaque, stable global ids: base64url("<TypeName>:<key>"). */
export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, field = 'id'): { typeName: string; key: string } {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  // No id this registry issues holds a control character (a NUL would reach SQL, which cannot hold it).
  if (/[\u0000-\u001f]/.test(decoded)) throw BadInput.field(field, 'is not an id issued by this registry');
  const sep = decoded.indexOf(':');
  if (sep <= 0 || sep === decoded.length - 1 || toGlobalId(decoded.slice(0, sep), decoded.slice(sep + 1)) !== id) {
    throw BadInput.field(field, 'is not an id issued by this registry');
  }
  return { typeName: decoded.slice(0, sep), key: decoded.slice(sep + 1) };
}

/** The key of an id that must be of one type (e.g. a RegulatedEntity's uuid). */
export function keyOf(id: string, typeNames: readonly string[], field = 'id'): string {
  const { typeName, key } = fromGlobalId(id, field);
  if (!typeNames.includes(typeName)) throw BadInput.field(field, `must be the id of a ${typeNames.join(' or ')}`);
  return key;
}

/** Lower case only, as PostgreSQL prints uuids: an upper-case spelling would be a second id for the same object. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The database uuid behind the global id of a uuid-keyed type (BAD_USER_INPUT when it is not one). */
export function uuidOf(id: string, typeName: string, field = 'id'): string {
  const key = keyOf(id, [typeName], field);
  if (!UUID.test(key)) throw BadInput.field(field, 'is not an id issued by this registry');
  return key;
}
