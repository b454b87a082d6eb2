// Overlap lanes inside one room: sessions that overlap sit side by side, each in the first free lane.

export interface Interval {
  start: number;
  end: number;
}

export interface LanePlace {
  /** 0-based lane within its overlap cluster. */
  lane: number;
  /** How many lanes its cluster needs: the cell's width is the column's divided by this. */
  lanes: number;
}

/**
 * Greedy interval partitioning, as calendars do it: sorted by start (longer first on a tie), each
 * interval takes the lowest lane whose last interval has ended. A cluster is a run of intervals chained
 * by overlaps; all of a cluster's cells share its lane count, so a lone session keeps the full width
 * even when the room is busy at another hour. Intervals touching end to start do not overlap.
 * Returns one place per input interval, in input order.
 */
export function assignLanes(intervals: readonly Interval[]): LanePlace[] {
  const order = intervals.map((_, i) => i);
  order.sort((a, b) => intervals[a]!.start - intervals[b]!.start || intervals[b]!.end - intervals[a]!.end || a - b);
  const places: LanePlace[] = intervals.map(() => ({ lane: 0, lanes: 1 }));
  let cluster: number[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const i of cluster) places[i]!.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const i of order) {
    const { start, end } = intervals[i]!;
    if (start >= clusterEnd) {
      close();
      clusterEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else laneEnds[lane] = end;
    places[i]!.lane = lane;
    cluster.push(i);
    clusterEnd = Math.max(clusterEnd, end);
  }
  close();
  return places;
}
