/**
 * Typed calls to the gateway's front-end API, one per route the screens use.
 * Reading `/auth/me` is what arms the HTTP client with the CSRF token;
 * signing out disarms it. Every trade submission gets its own
 * Idempotency-Key so a retried request can never execute twice.
 */
import type { HttpClient } from './http-client';
import type {
  Dashboard,
  Instrument,
  MeResponse,
  OnboardingInfo,
  OnboardingRequest,
  Order,
  PriceHistory,
  Provider,
  TradeRequest,
  User,
} from './types';

export interface GatewayApi {
  getProviders(signal?: AbortSignal): Promise<readonly Provider[]>;
  loginUrl(providerId: string, returnTo: string): string;
  getMe(signal?: AbortSignal): Promise<MeResponse>;
  logout(): Promise<void>;
  getOnboarding(signal?: AbortSignal): Promise<OnboardingInfo>;
  completeOnboarding(request: OnboardingRequest): Promise<User>;
  getDashboard(signal?: AbortSignal): Promise<Dashboard>;
  getInstruments(signal?: AbortSignal): Promise<readonly Instrument[]>;
  getPrices(symbol: string, from?: string, signal?: AbortSignal): Promise<PriceHistory>;
  placeTrade(trade: TradeRequest): Promise<Order>;
  getOrders(signal?: AbortSignal): Promise<readonly Order[]>;
  cancelOrder(id: string): Promise<Order>;
  onSessionLost(listener: () => void): () => void;
}

/** A v4 UUID; `crypto.randomUUID` exists only in secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();

  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

export function createGatewayApi(
  http: HttpClient,
  idempotencyKey: () => string = newIdempotencyKey,
): GatewayApi {
  return {
    async getProviders(signal) {
      const body = await http.request<{ providers?: Provider[] }>('/auth/providers', { signal });
      return body.providers ?? [];
    },

    loginUrl(providerId, returnTo) {
      return `/auth/login/${encodeURIComponent(providerId)}?returnTo=${encodeURIComponent(returnTo)}`;
    },

    async getMe(signal) {
      const me = await http.request<MeResponse>('/auth/me', { signal });
      http.setCsrfToken(me.csrfToken);
      return me;
    },

    async logout() {
      try {
        await http.request<void>('/auth/logout', { method: 'POST' });
      } finally {
        http.setCsrfToken(null);
      }
    },

    getOnboarding(signal) {
      return http.request<OnboardingInfo>('/api/onboarding', { signal });
    },

    async completeOnboarding(request) {
      const body = await http.request<{ user: User }>('/api/onboarding', {
        method: 'POST',
        body: request,
      });
      return body.user;
    },

    async getDashboard(signal) {
      // A partial answer may leave out what a missing service would have sent.
      const body = await http.request<Partial<Dashboard>>('/api/dashboard', { signal });
      return {
        positions: body.positions ?? [],
        pnl: body.pnl ?? null,
        var: body.var ?? null,
        quotes: body.quotes ?? [],
        missing: body.missing ?? [],
      };
    },

    async getInstruments(signal) {
      const body = await http.request<{ instruments?: Instrument[] }>('/api/market/instruments', {
        signal,
      });
      return body.instruments ?? [];
    },

    getPrices(symbol, from, signal) {
      const query = from === undefined ? '' : `?from=${encodeURIComponent(from)}`;
      return http.request<PriceHistory>(
        `/api/market/prices/${encodeURIComponent(symbol)}${query}`,
        { signal },
      );
    },

    async placeTrade(trade) {
      const body = await http.request<{ order: Order }>('/api/trades', {
        method: 'POST',
        body: trade,
        headers: { 'Idempotency-Key': idempotencyKey() },
      });
      return body.order;
    },

    async getOrders(signal) {
      const body = await http.request<{ orders?: Order[] }>('/api/orders', { signal });
      return body.orders ?? [];
    },

    async cancelOrder(id) {
      const body = await http.request<{ order: Order }>(`/api/orders/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      });
      return body.order;
    },

    onSessionLost(listener) {
      return http.onUnauthorized(listener);
    },
  };
}
