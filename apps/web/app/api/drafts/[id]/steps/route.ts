import { handleApiRequest } from '../../../../../server/app-api';

/** Route handlers run on Node.js (the store uses native drivers), on every request. */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** /api/drafts/[id]/steps: collaborative editing, handled by the framework-independent core in server/ (see API.md). */
export { handleApiRequest as GET, handleApiRequest as POST };
