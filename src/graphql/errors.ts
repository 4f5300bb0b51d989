import { GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Errors a user can cause; each maps to one `extensions.code` of api.md. */
export class BadInput extends GraphQLError {
  constructor(fields: FieldProblem[], message?: string) {
    super(message ?? `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
  }
  static field(field: string, message: string): BadInput {
    return new BadInput([{ field, message }]);
  }
}

export class Unauthenticated extends GraphQLError {
  constructor(message = 'This operation needs an API key (Authorization: Bearer <key>)') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message = 'Your role may not perform this operation') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class NotFound extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

export class Conflict extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

/** Optimistic locking: refuses a write made against a version that is no longer current. */
export function checkVersion(what: string, current: number, sent: number): void {
  if (current !== sent) {
    throw new Conflict(`The ${what} was changed by someone else (version ${current}, you sent ${sent}); reload and retry`, {
      currentVersion: current,
    });
  }
}

export class InvalidTransition extends GraphQLError {
  constructor(message: string, currentStatus: string, allowedSteps: string[]) {
    super(message, { extensions: { code: 'INVALID_TRANSITION', currentStatus, allowedSteps } });
  }
}

/** Flattens class-validator errors into `{ field: 'a.b.0.c', message }`. */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // class-validator's default messages start with the property name ("name must be …"); keep the rest.
    const own = Object.values(e.constraints ?? {}).map((m) => ({
      field,
      message: m.startsWith(`${e.property} `) ? m.slice(e.property.length + 1) : m,
    }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}
