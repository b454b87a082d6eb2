// The catalogue's Comfortable / Compact choice: two toggle buttons in a labelled group.
import { LIST_DENSITIES, type ListDensity } from '../catalogue/list-density';

interface Props {
  value: ListDensity;
  onChange: (value: ListDensity) => void;
}

export function DensitySwitch({ value, onChange }: Props) {
  return (
    <div className="density-switch" role="group" aria-label="List density">
      {LIST_DENSITIES.map((option) => (
        <button
          key={option.value}
          type="button"
          className="density-option"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
