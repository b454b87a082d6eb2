// The reminder lead-time rule, the one place every layer reads it: a whole number of minutes, 1 to a day.
import { z } from 'zod';

export const REMINDER_MINUTES_MIN = 1;
export const REMINDER_MINUTES_MAX = 24 * 60;

/** How many minutes before a starred session starts its reminder fires. */
export const reminderMinutesSchema = z.number().int().min(REMINDER_MINUTES_MIN).max(REMINDER_MINUTES_MAX);

/** The rule in words, for the messages that refuse a lead time. */
export const REMINDER_MINUTES_RULE = `a whole number of minutes from ${REMINDER_MINUTES_MIN} to ${REMINDER_MINUTES_MAX}`;
