import { ValidatorOptions, validateOrReject } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { todayInVietnam } from './dates';

/** What type-graphql's own argument validation passes class-validator (with the schema's `validate` settings). */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, stopAtFirstError: false, skipMissingProperties: true };

/** Arguments (as JSON, by input class) found valid today; each class keeps at most MAX_KEPT, values up to MAX_LENGTH. */
const valid = new Map<unknown, Set<string>>();
const MAX_KEPT = 1000;
const MAX_LENGTH = 2000;

/**
 * type-graphql's argument validation (class-validator on every input object argument, BAD_USER_INPUT through
 * ArgumentValidationError), run once per distinct value: a list field with arguments (an entity's `licenses(first:)`
 * on each of 100 entities) asks the same question per row. class-validator's answer depends on the value, its input
 * class and, for IsLocalDateNotInFuture, today's date: a value found valid is remembered under all three. Refusals
 * are not remembered (each is reported in full).
 */
export async function validateArgument(value: unknown, type: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  let json: string | undefined = JSON.stringify(value);
  if (json.length > MAX_LENGTH) json = undefined;
  else json = `${todayInVietnam()}|${json}`;
  let known = valid.get(type);
  if (json !== undefined && known?.has(json)) return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter((v) => v !== null && typeof v === 'object').map((v: object) => validateOrReject(v, OPTIONS)));
    } else {
      await validateOrReject(value, OPTIONS);
    }
  } catch (e) {
    throw new ArgumentValidationError(e as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
  if (json === undefined) return;
  if (!known) valid.set(type, (known = new Set()));
  if (known.size >= MAX_KEPT) known.clear();
  known.add(json);
}
