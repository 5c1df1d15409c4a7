import type { Json } from '../../../shared/store.port';

/** Domain records are plain data; the round trip through JSON drops undefined fields as the stores do. */
export const toJson = (value: object): Json => JSON.parse(JSON.stringify(value)) as Json;
