/** TypeORM entity classes (the tables are created by migrations/, never by synchronize). */
export const entities: Function[] = [];
