import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRole, ROLES } from '../auth/roles';
import { mediaRequest, renderImage, MEDIA_PATH } from '../catalog/thumbnails';
import { readPayload } from '../http/payload';
import { applicationError, sendJson, sendText } from '../http/wire';
import type { EmulatorState } from '../state';
import { parseConfigPatch } from './config-patch';

/** Side effects of admin calls that reach beyond the state (ending hung calls). */
export interface AdminHooks {
  readonly onReset: () => void;
}

/**
 * The admin API tests and the control bar use (names are a contract):
 * GET /_emulator/token?role=…, GET|POST /_emulator/config, POST /_emulator/reset, GET /_emulator/stats,
 * GET /_emulator/health, GET /_emulator/media/<file>.svg[/v1/fill/w_…,h_…/<file>.svg]. Returns false when the path is not an admin path.
 */
export async function handleAdmin(
  state: EmulatorState,
  hooks: AdminHooks,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const route = `${req.method} ${url.pathname}`;
  if (req.method === 'GET' && url.pathname.startsWith(MEDIA_PATH)) {
    const asked = mediaRequest(url.pathname.slice(MEDIA_PATH.length));
    const svg = asked === 'bad' ? null : renderImage(asked.file, asked.size ?? undefined);
    if (asked === 'bad') sendJson(res, 400, applicationError('INVALID_ARGUMENT', 'Bad image transform parameters'));
    else if (svg === null) sendJson(res, 404, applicationError('NOT_FOUND', 'No such media file'));
    // Images are requested from the app's origin: let any page (also one with COEP) embed them.
    else sendText(res, 200, svg, 'image/svg+xml', { 'Cache-Control': 'max-age=86400', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    return true;
  }
  switch (route) {
    case 'GET /_emulator/token': {
      const role = url.searchParams.get('role') ?? state.config.role;
      if (!isRole(role)) {
        sendJson(res, 400, applicationError('INVALID_ARGUMENT', `Unknown role "${role}"`, { roles: ROLES }));
        return true;
      }
      const issued = state.tokens.issue(role);
      const expiresInSeconds = Math.round((issued.expiresAt - Date.now()) / 1000);
      sendJson(res, 200, { token: issued.token, role, expiresAt: new Date(issued.expiresAt).toISOString(), expiresInSeconds });
      return true;
    }
    case 'GET /_emulator/config':
      sendJson(res, 200, { config: state.config });
      return true;
    case 'POST /_emulator/config': {
      const body = await readPayload(req, url).catch(() => null);
      const result = parseConfigPatch(body);
      if (result.ok) sendJson(res, 200, { config: state.update(result.patch) });
      else sendJson(res, 400, applicationError('INVALID_ARGUMENT', result.errors.join('; '), { errors: result.errors }));
      return true;
    }
    case 'POST /_emulator/reset': {
      const config = state.reset();
      hooks.onReset();
      sendJson(res, 200, { config });
      return true;
    }
    case 'GET /_emulator/stats':
      sendJson(res, 200, state.stats.snapshot());
      return true;
    case 'GET /_emulator/health':
      sendJson(res, 200, { ok: true, products: state.catalog.size, catalogVersion: state.config.catalogVersion });
      return true;
    default:
      return false;
  }
}
