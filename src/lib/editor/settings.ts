/**
 * Where the editor commits and how `npm run edit` reaches its local backend, from the environment:
 * `EDITOR_BACKEND_PORT` (decap-server, `npm run edit` only), `EDITOR_BACKEND` (github, gitea,
 * gitlab), `EDITOR_REPO` (owner/name), `EDITOR_BRANCH`, `EDITOR_BASE_URL` (the OAuth host of a
 * self-hosted Gitea or GitLab) and `EDITOR_API_ROOT` (its API).
 */
import type { EditorSettings } from './decap-config.ts';

/** The default port of decap-server, as its documentation gives it. */
export const DEFAULT_BACKEND_PORT = 8081;

/** The deployed editor's backend and, for `npm run edit`, the local backend's port. */
export function editorEnvironment(
  env: Record<string, string | undefined>,
  local: boolean,
): Pick<EditorSettings, 'backend' | 'localBackendPort'> {
  const port = Number(env['EDITOR_BACKEND_PORT'] ?? DEFAULT_BACKEND_PORT);
  if (local && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`EDITOR_BACKEND_PORT should be a port number, got "${env['EDITOR_BACKEND_PORT']}"`);
  }
  return {
    backend: {
      name: env['EDITOR_BACKEND'] ?? 'github',
      repo: env['EDITOR_REPO'] ?? 'OWNER/REPO',
      branch: env['EDITOR_BRANCH'] ?? 'main',
      ...(env['EDITOR_BASE_URL'] ? { base_url: env['EDITOR_BASE_URL'] } : {}),
      ...(env['EDITOR_API_ROOT'] ? { api_root: env['EDITOR_API_ROOT'] } : {}),
    },
    ...(local ? { localBackendPort: port } : {}),
  };
}
