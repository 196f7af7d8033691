/**
 * The user's orders, newest first, as the trading service recorded them.
 * Refreshed after every submission so a new order shows up with its final
 * status without a page reload. The status cell holds the status value
 * exactly as the gateway sends it (`filled`, `open`, `cancelled`,
 * `rejected`); styling comes from a class, never from rewriting the text.
 * An open order can be cancelled from its row; the outcome, or the
 * gateway's reason for refusing, is announced above the table.
 */
import { useMemo, useState } from 'react';
import { gateway } from '../api';
import { ApiError } from '../api/problem';
import type { Order } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { RefreshButton } from '../components/refresh-button';
import { ResourceView } from '../components/resource-view';
import { EMPTY_VALUE, formatDateTime, formatPrice, formatQuantity } from '../format/display-format';

interface OrderBlotterProps {
  readonly orders: Resource<readonly Order[]>;
  /** Called after an order was cancelled, so positions and risk are read again. */
  readonly onCancelled?: () => void;
}

function useCancel(orders: Resource<readonly Order[]>, onCancelled?: () => void) {
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const cancel = async (order: Order) => {
    setPending(order.id);
    setMessage(null);
    try {
      await gateway.cancelOrder(order.id);
      setMessage({
        text: `Order ${order.instrument} ${order.side} ${order.quantity} cancelled`,
        error: false,
      });
      orders.reload();
      onCancelled?.();
    } catch (error) {
      const text =
        error instanceof ApiError ? error.problem.detail : 'The order could not be cancelled.';
      setMessage({ text, error: true });
    } finally {
      setPending(null);
    }
  };
  return { pending, message, cancel };
}

function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

function price(value: number | null): string {
  return value === null ? EMPTY_VALUE : formatPrice(value);
}

export function OrderBlotter({ orders, onCancelled }: OrderBlotterProps) {
  const sorted = useMemo(() => newestFirst(orders.data ?? []), [orders.data]);
  const { pending, message, cancel } = useCancel(orders, onCancelled);
  const refresh = <RefreshButton onClick={orders.reload} />;

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
            {message ? (
              <p
                className={`message ${message.error ? 'message-error' : 'message-info'}`}
                role={message.error ? 'alert' : 'status'}
                data-testid="cancel-outcome"
              >
                {message.text}
              </p>
            ) : null}
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
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
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
                    <td>
                      {order.status === 'open' ? (
                        <button
                          type="button"
                          className="button button-small button-ghost"
                          data-testid={`cancel-${order.id}`}
                          disabled={pending === order.id}
                          onClick={() => void cancel(order)}
                        >
                          Cancel
                        </button>
                      ) : null}
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
