/**
 * The trading screen once a user is onboarded. Three gateway calls feed it:
 * the aggregated dashboard (quotes, P&L, VaR, positions), the instrument
 * catalogue and the order list. Each block shows its own loading and error
 * state, so one slow service never blanks the whole screen. After every
 * trade the dashboard and the orders are read again.
 */
import { useCallback } from 'react';
import { gateway } from '../api';
import type { User } from '../api/types';
import { useResource } from '../api/use-resource';
import { AppHeader } from '../components/app-header';
import { OrderBlotter } from '../trading/order-blotter';
import { OrderTicket } from '../trading/order-ticket';
import { PriceChart } from '../trading/price-chart';
import { MissingBanner } from './missing-banner';
import { PositionsTable } from './positions-table';
import { QuotesStrip } from './quotes-strip';
import { RiskCards } from './risk-cards';

interface DashboardPageProps {
  readonly user: User;
  readonly onSignOut: () => Promise<void>;
  readonly onOnboardingRequired: () => void;
}

export function DashboardPage({ user, onSignOut, onOnboardingRequired }: DashboardPageProps) {
  const dashboard = useResource((signal) => gateway.getDashboard(signal), []);
  const orders = useResource((signal) => gateway.getOrders(signal), []);
  const instruments = useResource((signal) => gateway.getInstruments(signal), []);

  const { reload: reloadDashboard } = dashboard;
  const { reload: reloadOrders } = orders;
  const afterTrade = useCallback(() => {
    reloadDashboard();
    reloadOrders();
  }, [reloadDashboard, reloadOrders]);

  const catalogue = instruments.data ?? [];

  return (
    <div className="app-shell">
      <AppHeader user={user} onSignOut={onSignOut} />
      <main className="dashboard">
        <h1 className="visually-hidden">Trading dashboard</h1>
        <MissingBanner missing={dashboard.data?.missing ?? []} />

        <div className="dashboard-summary">
          <QuotesStrip dashboard={dashboard} instruments={catalogue} />
          <RiskCards dashboard={dashboard} />
        </div>

        <div className="dashboard-trade">
          <PriceChart instruments={instruments} />
          <OrderTicket
            instruments={instruments}
            quotes={dashboard.data?.quotes ?? []}
            onPlaced={afterTrade}
            onOnboardingRequired={onOnboardingRequired}
          />
        </div>

        <div className="dashboard-book">
          <PositionsTable dashboard={dashboard} />
          <OrderBlotter orders={orders} onCancelled={reloadDashboard} />
        </div>
      </main>
    </div>
  );
}
