// The search field (its keys, / and Ctrl/Cmd+F to focus and Esc to clear, are in keyboard/bindings.ts);
// announces how many sessions match.
import type { RefObject } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  resultCount: number;
  /** The catalogue's size when a query or filter narrows it, for "12 of 600". */
  totalCount?: number | null;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The index is still being built: results are not filtered yet. */
  indexing?: boolean;
}

export function SearchBox({ value, onChange, resultCount, totalCount = null, inputRef, indexing = false }: Props) {
  return (
    <div className="search" role="search">
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M8.5 3a5.5 5.5 0 1 0 3.4 9.8l3.6 3.7 1.1-1.1-3.7-3.6A5.5 5.5 0 0 0 8.5 3Zm0 1.5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        placeholder='Search talks, speakers, companies… ("exact phrase", -exclude)'
        aria-label="Search sessions"
        aria-keyshortcuts="/ Control+F Meta+F"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-keys="search"
        autoFocus
        spellCheck={false}
      />
      <span className="search-count" role="status" aria-live="polite">
        {indexing
          ? 'Indexing…'
          : totalCount !== null
            ? `${resultCount} of ${totalCount} sessions`
            : `${resultCount} ${resultCount === 1 ? 'session' : 'sessions'}`}
      </span>
    </div>
  );
}
