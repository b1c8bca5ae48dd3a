/**
 * The URL helper bound to this build's base path. Pages and components import `url` from here;
 * the pure functions live in `urls.ts` with their tests.
 */
import { makeUrl } from './urls.ts';

export const url = makeUrl(import.meta.env.BASE_URL);
export { routes } from './urls.ts';
