/**
 * Open positions with their cost, mark and P&L. Quantity is signed (negative
 * is short) and tagged long or short so the side reads without relying on
 * the minus sign. Each row carries its instrument in a test id so a position
 * can be found without depending on row order.
 */
import type { Dashboard, Position } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { RefreshButton } from '../components/refresh-button';
import { ResourceView } from '../components/resource-view';
import { direction, formatMoney, formatPrice, formatQuantity } from '../format/display-format';

interface PositionsTableProps {
  readonly dashboard: Resource<Dashboard>;
}

function sideOf(position: Position): 'long' | 'short' | 'flat' {
  if (position.quantity === 0) return 'flat';
  return position.quantity < 0 ? 'short' : 'long';
}

export function PositionsTable({ dashboard }: PositionsTableProps) {
  const refresh = <RefreshButton onClick={dashboard.reload} />;

  return (
    <Panel title="Positions" testId="positions" actions={refresh}>
      <ResourceView
        resource={dashboard}
        loadingLabel="Loading positions…"
        isEmpty={(data) => data.positions.length === 0}
        empty="No open positions. Orders you fill appear here."
      >
        {(data) => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Instrument</th>
                  <th scope="col" className="num">
                    Quantity (lots)
                  </th>
                  <th scope="col" className="num">
                    Avg price
                  </th>
                  <th scope="col" className="num">
                    Market price
                  </th>
                  <th scope="col" className="num">
                    Unrealized P&amp;L
                  </th>
                  <th scope="col" className="num">
                    Realized P&amp;L
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.positions.map((position) => (
                  <tr key={position.instrument} data-testid={`position-${position.instrument}`}>
                    <th scope="row">{position.instrument}</th>
                    <td className="num">
                      {formatQuantity(position.quantity)}{' '}
                      <span className={`tag tag-${sideOf(position)}`}>{sideOf(position)}</span>
                    </td>
                    <td className="num">{formatPrice(position.averagePrice)}</td>
                    <td className="num">{formatPrice(position.marketPrice)}</td>
                    <td className={`num trend-${direction(position.unrealizedPnl)}`}>
                      {formatMoney(position.unrealizedPnl, position.currency)}
                    </td>
                    <td className={`num trend-${direction(position.realizedPnl)}`}>
                      {formatMoney(position.realizedPnl, position.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ResourceView>
    </Panel>
  );
}
