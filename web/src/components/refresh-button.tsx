/**
 * The small "Refresh" action in a panel's header: reads its data again.
 */
interface RefreshButtonProps {
  readonly onClick: () => void;
}

export function RefreshButton({ onClick }: RefreshButtonProps) {
  return (
    <button type="button" className="button button-small button-ghost" onClick={onClick}>
      Refresh
    </button>
  );
}
