/**
 * P&L and value at risk, the two numbers a trader checks before anything
 * else. VaR is a loss estimate over the horizon the risk service used; when
 * that service did not answer, the card says so instead of showing zero.
 */
import type { Dashboard } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { Figure } from '../components/figure';
import { ResourceView } from '../components/resource-view';
import { direction, EMPTY_VALUE, formatMoney } from '../format/display-format';

interface RiskCardsProps {
  readonly dashboard: Resource<Dashboard>;
}

export function RiskCards({ dashboard }: RiskCardsProps) {
  return (
    <>
      <Panel title="Profit and loss" testId="pnl-card" className="panel-card">
        <ResourceView resource={dashboard} loadingLabel="Loading P&L…">
          {({ pnl }) => (
            <>
              <p className={`headline num trend-${direction(pnl?.total)}`} data-testid="pnl-total">
                {pnl === null ? EMPTY_VALUE : formatMoney(pnl.total, pnl.currency)}
              </p>
              <dl className="figures">
                <Figure
                  label="Unrealized"
                  testId="pnl-unrealized"
                  tone={direction(pnl?.unrealized)}
                  value={pnl === null ? EMPTY_VALUE : formatMoney(pnl.unrealized, pnl.currency)}
                />
                <Figure
                  label="Realized"
                  testId="pnl-realized"
                  tone={direction(pnl?.realized)}
                  value={pnl === null ? EMPTY_VALUE : formatMoney(pnl.realized, pnl.currency)}
                />
              </dl>
              {pnl === null ? <p className="note">P&amp;L is unavailable right now.</p> : null}
            </>
          )}
        </ResourceView>
      </Panel>

      <Panel title="Value at risk" testId="var-card" className="panel-card">
        <ResourceView resource={dashboard} loadingLabel="Loading VaR…">
          {({ var: risk }) => (
            <>
              <dl className="figures figures-var">
                <Figure
                  label="VaR 95%"
                  testId="var-95"
                  value={risk === null ? EMPTY_VALUE : formatMoney(risk.var95, risk.currency)}
                />
                <Figure
                  label="VaR 99%"
                  testId="var-99"
                  value={risk === null ? EMPTY_VALUE : formatMoney(risk.var99, risk.currency)}
                />
                {risk?.cvar95 === undefined ? null : (
                  <Figure label="CVaR 95%" value={formatMoney(risk.cvar95, risk.currency)} />
                )}
                {risk?.cvar99 === undefined ? null : (
                  <Figure label="CVaR 99%" value={formatMoney(risk.cvar99, risk.currency)} />
                )}
              </dl>
              <p className="note">
                {risk === null
                  ? 'Risk figures are unavailable right now.'
                  : `Loss not expected to be exceeded over ${risk.horizonDays} day${risk.horizonDays === 1 ? '' : 's'}.`}
              </p>
            </>
          )}
        </ResourceView>
      </Panel>
    </>
  );
}
