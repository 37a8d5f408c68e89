/**
 * The iCalendar (RFC 5545) export of a track: a pure function, loaded only when a reader asks for the file.
 */
import {clock} from './weekly-schedule.model.js';
import type {DayId, Session} from './weekly-schedule.types.js';

const ICS_DAY: Record<DayId, string> = {mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU'};
const JS_DAY: Record<DayId, number> = {sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6};

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number): string => String(n).padStart(2, '0');
const icsDate = (d: Date): string => `${String(d.getFullYear())}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const icsUtc = (d: Date): string =>
  `${String(d.getUTCFullYear())}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** The first date on or after `from` that falls on `day`. */
export function nextDate(day: DayId, from: Date): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  date.setDate(date.getDate() + ((JS_DAY[day] - date.getDay() + 7) % 7));
  return date;
}

export interface IcsEvent {
  readonly session: Session;
  readonly summary: string;
  readonly description: string;
}

/**
 * An iCalendar file with one weekly recurring event per session, starting on the session's next weekday on
 * or after `from`, in floating local time (the reader's own time zone, whatever it is).
 */
export function toIcs(options: {
  readonly calendarName: string;
  readonly uidPrefix: string;
  readonly events: readonly IcsEvent[];
  readonly from: Date;
  readonly stamp: Date;
}): string {
  const {calendarName, uidPrefix, events, from, stamp} = options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//iop-family//Weekly schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(calendarName)}`,
  ];
  events.forEach(({session, summary, description}, index) => {
    const date = icsDate(nextDate(session.day, from));
    const at = (minutes: number): string => (minutes === 24 * 60 ? '235900' : `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(`${uidPrefix}-${String(index + 1)}-${session.day}-${clock(session.start).replace(':', '')}`)}@iop-family`,
      `DTSTAMP:${icsUtc(stamp)}`,
      `DTSTART:${date}T${at(session.start)}`,
      `DTEND:${date}T${at(session.end)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${ICS_DAY[session.day]}`,
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(description)}`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
