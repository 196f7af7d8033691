/**
 * The user's orders, newest first, as the trading service recorded them.
 * Refreshed after every submission so a new order shows up with its final
 * status without a page reload. The status cell holds the status value
 * exactly as the gateway sends it (`filled`, `open`, `cancelled`,
 * `rejected`); styling comes from a class, never from rewriting the text.
 */
import { useMemo } from 'react';
import type { Order } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { ResourceView } from '../components/resource-view';
import { EMPTY_VALUE, formatDateTime, formatPrice, formatQuantity } from '../format/display-format';

interface OrderBlotterProps {
  readonly orders: Resource<readonly Order[]>;
}

function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

function price(value: number | null): string {
  return value === null ? EMPTY_VALUE : formatPrice(value);
}

export function OrderBlotter({ orders }: OrderBlotterProps) {
  const sorted = useMemo(() => newestFirst(orders.data ?? []), [orders.data]);
  const refresh = (
    <button type="button" className="button button-small button-ghost" onClick={orders.reload}>
      Refresh
    </button>
  );

  return (
    <Panel title="Orders" testId="blotter" actions={refresh}>
      <ResourceView
        resource={orders}
        loadingLabel="Loading orders…"
        isEmpty={(list) => list.length === 0}
        empty="No orders yet"
      >
        {() => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Instrument</th>
                  <th scope="col">Side</th>
                  <th scope="col" className="num">
                    Quantity
                  </th>
                  <th scope="col">Type</th>
                  <th scope="col" className="num">
                    Limit
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Fill price
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((order) => (
                  <tr key={order.id} data-testid={`order-${order.id}`}>
                    <td className="nowrap">
                      <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
                    </td>
                    <th scope="row">{order.instrument}</th>
                    <td className={`side side-${order.side}`}>{order.side}</td>
                    <td className="num">{formatQuantity(order.quantity)}</td>
                    <td>{order.type}</td>
                    <td className="num">{price(order.limitPrice)}</td>
                    <td>
                      <span className={`status status-${order.status}`}>{order.status}</span>
                    </td>
                    <td className="num">{price(order.fillPrice)}</td>
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
