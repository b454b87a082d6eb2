// Generates a frab/c3voc schedule.json of n sessions (days × rooms × slots, 1–3 speakers each) for benches and kill tests.

export function generateFrabSchedule(n: number, acronym = `gen${n}`): string {
  const rooms = 40;
  const slotsPerDay = 20;
  const perDay = rooms * slotsPerDay;
  const days = Math.ceil(n / perDay);
  const out = {
    schedule: {
      version: 'generated',
      conference: {
        acronym,
        title: `Generated Conference ${n}`,
        time_zone_name: 'Europe/Amsterdam',
        days: [] as unknown[],
      },
    },
  };
  let id = 0;
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2026, 2, 23 + d)).toISOString().slice(0, 10);
    const byRoom: Record<string, unknown[]> = {};
    for (let r = 0; r < rooms && id < n; r++) {
      const list: unknown[] = [];
      for (let s = 0; s < slotsPerDay && id < n; s++, id++) {
        const hour = 8 + Math.floor(s / 2);
        const minute = (s % 2) * 30;
        const hh = String(hour).padStart(2, '0');
        const mm = String(minute).padStart(2, '0');
        list.push({
          id,
          guid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
          date: `${date}T${hh}:${mm}:00+01:00`,
          start: `${hh}:${mm}`,
          duration: '00:25',
          room: `Room ${r + 1}`,
          title: `Generated session ${id}: scaling things ${id % 97}`,
          subtitle: '',
          track: `Track ${id % 12}`,
          type: 'lecture',
          abstract: `Abstract of session ${id}. `.repeat(8),
          description: '',
          persons: Array.from({ length: 1 + (id % 3) }, (_, k) => ({
            id: id * 3 + k,
            public_name: `Speaker ${(id * 7 + k * 13) % (n / 2 + 1)}`,
          })),
        });
      }
      byRoom[`Room ${r + 1}`] = list;
    }
    out.schedule.conference.days.push({ index: d + 1, date, rooms: byRoom });
  }
  return JSON.stringify(out);
}
