// Events main pushes to the renderer (the other direction from channels), with their payloads.

export interface OpenedFile {
  /** Opaque handle main keeps for the path; the renderer never sees or sends paths. */
  token: string;
  name: string;
}

export interface AppEvents {
  /** Files handed to the app (a second launch with a file, "open with", the command line). */
  filesOpened: { files: OpenedFile[] };
  /** The timed refresh of subscribed sources ran and changed something: the window reads it again. */
  sourcesRefreshed: { changed: number };
}

export type AppEventName = keyof AppEvents;

/** The one IPC channel events travel on; the payload says which event it is. */
export const EVENT_CHANNEL = 'kubeplan:event';

export interface EventMessage<K extends AppEventName = AppEventName> {
  name: K;
  payload: AppEvents[K];
}
