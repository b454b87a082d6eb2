// The worker thread's entry (built to out/main/offload-worker.js): serves the offload tasks to main.
import { serveTasks } from './offload';
import { offloadTasks } from './offload-tasks';

serveTasks(offloadTasks);
