/**
 * The inputs of the order ticket, each with a visible label tied to it. The
 * limit price exists only for limit orders. Below them, an indicative
 * notional from the latest quote and the lot size, so a trader sees what
 * "10 lots" means in money before sending it.
 */
import type { Instrument, OrderType, Quote, Side } from '../api/types';
import { formatMoney, formatQuantity } from '../format/display-format';
import type { DraftField, OrderDraft } from './order-form';

interface OrderFieldsProps {
  readonly draft: OrderDraft;
  readonly instruments: readonly Instrument[];
  readonly quotes: readonly Quote[];
  readonly invalid: (field: DraftField) => boolean;
  readonly onChange: (patch: Partial<OrderDraft>) => void;
}

function notional(
  draft: OrderDraft,
  instrument: Instrument | undefined,
  quote: Quote | undefined,
): string | null {
  const lots = Number(draft.quantity);
  if (instrument === undefined || !Number.isSafeInteger(lots) || lots < 1) return null;

  const limit = draft.limitPrice.trim() === '' ? Number.NaN : Number(draft.limitPrice);
  const price = draft.type === 'limit' ? limit : (quote?.price ?? Number.NaN);
  if (!Number.isFinite(price)) return null;
  return formatMoney(price * lots * instrument.lotSize, instrument.currency);
}

export function OrderFields({ draft, instruments, quotes, invalid, onChange }: OrderFieldsProps) {
  const instrument = instruments.find((item) => item.symbol === draft.instrument);
  const quote = quotes.find((item) => item.symbol === draft.instrument);
  const value = notional(draft, instrument, quote);

  return (
    <>
      <div className="field">
        <label htmlFor="ticket-instrument">Instrument</label>
        <select
          id="ticket-instrument"
          name="instrument"
          value={draft.instrument}
          disabled={instruments.length === 0}
          aria-invalid={invalid('instrument')}
          onChange={(event) => onChange({ instrument: event.target.value })}
        >
          {instruments.length === 0 ? <option value="">Loading instruments…</option> : null}
          {instruments.map((item) => (
            <option key={item.symbol} value={item.symbol}>
              {item.symbol} · {item.name}
            </option>
          ))}
        </select>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor="ticket-side">Side</label>
          <select
            id="ticket-side"
            name="side"
            className={`side-select side-${draft.side}`}
            value={draft.side}
            onChange={(event) => onChange({ side: event.target.value as Side })}
          >
            <option value="buy">Buy</option>
            <option value="sell">Sell</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ticket-quantity">Quantity (lots)</label>
          <input
            id="ticket-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={draft.quantity}
            aria-invalid={invalid('quantity')}
            onChange={(event) => onChange({ quantity: event.target.value })}
          />
        </div>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor="ticket-type">Type</label>
          <select
            id="ticket-type"
            name="type"
            value={draft.type}
            onChange={(event) => onChange({ type: event.target.value as OrderType })}
          >
            <option value="market">Market</option>
            <option value="limit">Limit</option>
          </select>
        </div>
        {draft.type === 'limit' ? (
          <div className="field">
            <label htmlFor="ticket-limit-price">Limit price</label>
            <input
              id="ticket-limit-price"
              name="limitPrice"
              type="number"
              inputMode="decimal"
              step={0.01}
              value={draft.limitPrice}
              aria-invalid={invalid('limitPrice')}
              onChange={(event) => onChange({ limitPrice: event.target.value })}
            />
          </div>
        ) : null}
      </div>

      <p className="ticket-hint">
        {instrument === undefined
          ? 'Choose an instrument.'
          : `1 lot = ${formatQuantity(instrument.lotSize)} ${instrument.unit}`}
        {value === null ? null : (
          <>
            {' · '}
            Notional ≈ <span className="num">{value}</span>
          </>
        )}
      </p>
    </>
  );
}
