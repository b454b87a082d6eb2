import { describe, expect, it } from 'vitest';
import { titleInRoom } from '../../../../src/renderer/timetable/cell-title';

describe('a timetable cell’s title in its room’s column', () => {
  it('drops a leading room name that Sched puts before the real title', () => {
    expect(
      titleInRoom(
        'Cloud Native Theater | Cloud Native University: Kubernetes: The API of Everything',
        'Hall 1-5 | Tram Zone | Cloud Native Theater',
      ),
    ).toBe('Cloud Native University: Kubernetes: The API of Everything');
    expect(titleInRoom('Learning Lounge: Debugging Kubernetes', 'Hall 1-5 | Bridge Zone | Learning Lounge')).toBe(
      'Debugging Kubernetes',
    );
  });

  it('keeps titles that only begin with the same words, or are nothing but the room', () => {
    expect(titleInRoom('Project Pavilion Tour with Atulpriya Sharma', 'Hall 1-5 | Gouda Zone | Project Pavilion')).toBe(
      'Project Pavilion Tour with Atulpriya Sharma',
    );
    expect(titleInRoom('Solutions Showcase', 'Hall 1-5 | Solutions Showcase')).toBe('Solutions Showcase');
    expect(titleInRoom('Cloud Native Theater | Opening', null)).toBe('Cloud Native Theater | Opening');
  });
});
