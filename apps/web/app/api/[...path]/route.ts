import { handleApiRequest } from '../../../server/app-api';

/** Route handlers run on Node.js (the store uses native drivers), on every request. */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Unknown API paths answer 404 (or 405) as JSON through the core router. */
export {
  handleApiRequest as GET,
  handleApiRequest as POST,
  handleApiRequest as PUT,
  handleApiRequest as PATCH,
  handleApiRequest as DELETE,
};
