// The filter column: facets with live counts (multi-select), the starred/past/unscheduled toggles, clear all.
import { useState } from 'react';
import type { FacetCounts, FacetValue } from '../../core/search/facet-table';
import { FACETS, hasActiveFilters, type CatalogueFilters, type Facet } from '../../core/search/filters';
import type { SessionKind } from '../../shared/types';
import { KIND_LABELS, shortDay } from '../format';

interface Props {
  facets: FacetCounts;
  filters: CatalogueFilters;
  onChange: (filters: CatalogueFilters) => void;
  showLocalTime: boolean;
  onShowLocalTime: (show: boolean) => void;
  /** For you: only sessions like the starred ones, ranked by likeness. */
  forYou: boolean;
  onForYou: (on: boolean) => void;
  /** Clears every facet and For you in one change: two separate updates would each start from the old view. */
  onClearAll: () => void;
}

const FACET_TITLES: Record<Facet, string> = {
  track: 'Track',
  event: 'Event',
  day: 'Day',
  kind: 'Kind',
  room: 'Room',
  affiliation: 'Affiliation',
};

/** How many values a long facet shows before "Show all". */
const SHORT_LIST = 8;

function valueLabel(facet: Facet, value: string): string {
  if (facet === 'day') return `${shortDay(value)} ${value.slice(0, 4)}`;
  if (facet === 'kind') return KIND_LABELS[value as SessionKind] ?? value;
  return value;
}

function FacetGroup({
  facet,
  values,
  onToggle,
}: {
  facet: Facet;
  values: FacetValue[];
  onToggle: (value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  if (values.length === 0) return null;
  const shown = expanded ? values : values.filter((v, i) => i < SHORT_LIST || v.selected);
  const id = `facet-${facet}`;
  return (
    <fieldset className="facet" aria-labelledby={id}>
      <legend id={id}>{FACET_TITLES[facet]}</legend>
      {shown.map((v) => (
        <label key={v.value} className={`facet-value${v.count === 0 ? ' empty' : ''}`}>
          <input type="checkbox" checked={v.selected} onChange={() => onToggle(v.value)} />
          <span className="facet-name">{valueLabel(facet, v.value)}</span>
          <span className="facet-count" aria-label={`${v.count} sessions`}>
            {v.count}
          </span>
        </label>
      ))}
      {values.length > shown.length || expanded ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}

export function FilterPanel({
  facets,
  filters,
  onChange,
  showLocalTime,
  onShowLocalTime,
  forYou,
  onForYou,
  onClearAll,
}: Props) {
  const toggleValue = (facet: Facet, value: string) => {
    const current = filters.selected[facet];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    onChange({ ...filters, selected: { ...filters.selected, [facet]: next } });
  };
  const active = hasActiveFilters(filters) || forYou;
  return (
    <aside className="filters" aria-label="Filters">
      <div className="filters-head">
        <h2>Filters</h2>
        <button type="button" className="link-button" disabled={!active} onClick={onClearAll}>
          Clear all
        </button>
      </div>
      <fieldset className="facet toggles">
        <legend className="visually-hidden">Show</legend>
        <label className="facet-value" title="Sessions like the ones you starred (not starred yet), most alike first">
          <input type="checkbox" checked={forYou} onChange={(e) => onForYou(e.target.checked)} />
          <span className="facet-name">For you</span>
        </label>
        <label className="facet-value">
          <input
            type="checkbox"
            checked={filters.starredOnly}
            onChange={(e) => onChange({ ...filters, starredOnly: e.target.checked })}
          />
          <span className="facet-name">Starred only</span>
        </label>
        <label className="facet-value">
          <input
            type="checkbox"
            checked={filters.hidePast}
            onChange={(e) => onChange({ ...filters, hidePast: e.target.checked })}
          />
          <span className="facet-name">Hide past sessions</span>
        </label>
        <label className="facet-value">
          <input
            type="checkbox"
            checked={filters.unscheduledOnly}
            onChange={(e) => onChange({ ...filters, unscheduledOnly: e.target.checked })}
          />
          <span className="facet-name">Unscheduled only</span>
        </label>
        <label className="facet-value">
          <input type="checkbox" checked={showLocalTime} onChange={(e) => onShowLocalTime(e.target.checked)} />
          <span className="facet-name">Show my local time</span>
        </label>
      </fieldset>
      {FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} values={facets[facet]} onToggle={(value) => toggleValue(facet, value)} />
      ))}
    </aside>
  );
}
