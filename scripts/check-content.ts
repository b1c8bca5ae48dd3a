/** `npm run content:check`: checks `src/content` (or CONTENT_DIR) and prints each problem with its file. */
import { assertContent } from '../src/lib/content/content-check.ts';

const root = process.env['CONTENT_DIR'] ?? 'src/content';
try {
  const files = assertContent(root);
  console.log(`Content OK: ${files.length} entries in ${root}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
