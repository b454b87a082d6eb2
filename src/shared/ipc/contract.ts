// The IPC contract: every channel the renderer may call, gathered from the per-area lists.
import type { z } from 'zod';
import { agendaChannels } from './agenda-channels';
import { appChannels } from './app-channels';
import { catalogueChannels } from './catalogue-channels';
import type { ChannelSpec } from './define-channel';

import { icalChannels } from './ical-channels';
import { importChannels } from './import-channels';
import { planningChannels } from './planning-channels';
import { settingsChannels } from './settings-channels';
import { sourcesChannels } from './sources-channels';

export const contract = {
  ...appChannels,
  ...catalogueChannels,
  ...agendaChannels,
  ...settingsChannels,
  ...icalChannels,
  ...importChannels,
  ...sourcesChannels,
  ...planningChannels,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;

type InputOf<K extends MethodName> = Contract[K] extends ChannelSpec<infer I, unknown> ? z.input<I> : never;
export type OutputOf<K extends MethodName> = Contract[K] extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** The typed API the renderer sees as `window.kubeplan`. */
export type KubeplanApi = {
  [K in MethodName]: undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<OutputOf<K>>
    : (input: InputOf<K>) => Promise<OutputOf<K>>;
};

export const channelNames: readonly string[] = Object.values(contract).map((spec) => spec.channel);
