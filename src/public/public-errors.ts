import { BadInput } from '../graphql/errors';

/**
 * Bad input to a public list, with its message in Vietnamese too: GraphQL clients get the English message and
 * `extensions.fields` as everywhere else; the page and the CSV route show the Vietnamese one to people.
 */
export class PublicBadInput extends BadInput {
  constructor(
    field: string,
    message: string,
    readonly vietnamese: string,
  ) {
    super([{ field, message }]);
  }
}

export const formatVietnameseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
