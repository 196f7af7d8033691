// The interaction routes oidc-provider sends the browser to when it needs the
// user: GET /interaction/:uid shows the sign-in page, POST
// /interaction/:uid/login checks the credentials and hands the result back
// with interactionFinished. A consent interaction of the first-party client
// is answered without a page (see first-party-grant.ts).
//
// Cross-site posts are turned away by oidc-provider's interaction cookie: it
// is SameSite=Lax and scoped to /interaction/:uid, so a form posted from
// another site arrives without it and finds no interaction.

import type { IncomingMessage, ServerResponse } from 'node:http';

import { errors, type Interaction, type Provider } from 'oidc-provider';

import { grantRequestedDetails } from './first-party-grant.js';
import { verifyCredentials } from './fixture-users.js';
import { readFormBody } from './form-body.js';
import { INVALID_CREDENTIALS_MESSAGE, renderLoginPage } from './login-page.js';
import type { DevIdpLogger } from './logger.js';
import { renderErrorPage } from './message-pages.js';
import { sendPage } from './page-layout.js';

export interface InteractionRoutesOptions {
  provider: Provider;
  /** The first-party client, whose consent interactions are answered automatically. */
  clientId: string;
  logger: DevIdpLogger;
}

export type InteractionHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const ROUTE = /^\/interaction\/([^/]+)(\/login)?$/;

export function isInteractionPath(pathname: string): boolean {
  return pathname === '/interaction' || pathname.startsWith('/interaction/');
}

function sendError(res: ServerResponse, status: number, error: string, description: string) {
  sendPage(res, status, renderErrorPage({ error, error_description: description }));
}

function decodeUid(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

export function createInteractionHandler(options: InteractionRoutesOptions): InteractionHandler {
  const { provider, clientId, logger } = options;

  /** The interaction of this browser, when it is the one named in the path. */
  async function load(req: IncomingMessage, res: ServerResponse, uid: string) {
    try {
      const interaction = await provider.interactionDetails(req, res);
      return interaction.uid === uid ? interaction : undefined;
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        return undefined;
      }
      throw error;
    }
  }

  async function show(req: IncomingMessage, res: ServerResponse, interaction: Interaction) {
    const client = String(interaction.params.client_id);

    if (interaction.prompt.name === 'login') {
      const hint = interaction.params.login_hint;
      const login = typeof hint === 'string' ? hint : undefined;
      sendPage(res, 200, renderLoginPage({ uid: interaction.uid, clientId: client, login }));
      return;
    }

    if (interaction.prompt.name === 'consent' && client === clientId) {
      const grantId = await grantRequestedDetails(provider, interaction);
      logger.info({ uid: interaction.uid, clientId: client }, 'consent implied');
      await provider.interactionFinished(req, res, { consent: { grantId } });
      return;
    }

    sendError(res, 400, 'unsupported_interaction', `cannot handle "${interaction.prompt.name}"`);
  }

  async function submit(req: IncomingMessage, res: ServerResponse, interaction: Interaction) {
    if (interaction.prompt.name !== 'login') {
      sendError(res, 400, 'invalid_request', 'this interaction does not ask for a sign-in');
      return;
    }

    const body = await readFormBody(req);
    if (!body.ok) {
      sendError(res, body.status, 'invalid_request', body.reason);
      return;
    }

    const login = body.fields.get('login') ?? '';
    const user = verifyCredentials(login, body.fields.get('password') ?? '');
    const clientIdOfInteraction = String(interaction.params.client_id);

    if (user === undefined) {
      logger.warn({ uid: interaction.uid }, 'sign-in rejected');
      const page = renderLoginPage({
        uid: interaction.uid,
        clientId: clientIdOfInteraction,
        login,
        error: INVALID_CREDENTIALS_MESSAGE,
      });
      sendPage(res, 401, page);
      return;
    }

    logger.info({ uid: interaction.uid, sub: user.sub }, 'signed in');
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://dev-idp.invalid');
    const match = ROUTE.exec(pathname);
    const uid = match?.[1] === undefined ? undefined : decodeUid(match[1]);
    if (match === null || uid === undefined) {
      sendError(res, 404, 'not_found', 'no such page');
      return;
    }

    const isLogin = match[2] !== undefined;
    const allowed = isLogin ? 'POST' : 'GET';
    if (req.method !== allowed) {
      sendPage(res, 405, renderErrorPage({ error: 'method_not_allowed' }), { Allow: allowed });
      return;
    }

    const interaction = await load(req, res, uid);
    if (interaction === undefined) {
      const description =
        'this sign-in request has expired or was started in another browser; ' +
        'return to the application and sign in again';
      sendError(res, 400, 'interaction_expired', description);
      return;
    }

    await (isLogin ? submit(req, res, interaction) : show(req, res, interaction));
  }

  return async function handleInteraction(req, res) {
    try {
      await route(req, res);
    } catch (error) {
      logger.error({ err: error, path: req.url?.split('?')[0] }, 'interaction failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 500, 'server_error', 'the sign-in could not be completed');
    }
  };
}
