import { types } from 'pg';

// Dates of legal effect stay 'YYYY-MM-DD' strings (no time zone shift through JS Date).
types.setTypeParser(types.builtins.DATE, (v) => v);
// Counts (bigint) fit in a JS number for any registry size.
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
