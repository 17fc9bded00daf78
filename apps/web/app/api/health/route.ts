import { handleApiRequest } from '../../../server/app-api';

/** Route handlers run on Node.js (the store uses native drivers), on every request. */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** /api/health: handled by the framework-independent core in server/ (see API.md). */
export { handleApiRequest as GET };
