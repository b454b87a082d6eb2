// Where the user was in the timetable: the day and the session last looked at, so coming back from a
// session page (the screen unmounts while it shows) lands on them again. One per window, in the stores.
import { Store } from './store';

export interface TimetablePlace {
  /** The day tab chosen (YYYY-MM-DD), or null to let "now" pick one. */
  day: string | null;
  /** The session last selected in the grid. */
  sessionKey: string | null;
}

export class TimetableStore extends Store<TimetablePlace> {
  constructor() {
    super({ day: null, sessionKey: null });
  }

  chooseDay(day: string | null): void {
    if (day !== this.state.day) this.update({ day });
  }

  select(sessionKey: string | null): void {
    if (sessionKey !== this.state.sessionKey) this.update({ sessionKey });
  }
}
