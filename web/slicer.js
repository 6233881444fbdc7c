// Drawing a big result without freezing the page: the work is cut into slices of a few milliseconds,
// and between slices the page gets its turn to paint and to handle input. A newer drawing makes an
// older one stale: its next pause throws STALE and it stops where it was.
export const STALE = Symbol('stale drawing');

const SLICE_MS = 10;
// The first slice may run longer: an article's whole result then draws without giving way (a pause can
// wait behind the browser's own work), and 40 ms is still far from a visible freeze.
const FIRST_SLICE_MS = 40;

// A task queued behind the browser's own (a MessageChannel message, not setTimeout, which is clamped
// to 4 ms when nested).
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

export class Slicer {
  #isCurrent;
  #deadline;

  // `isCurrent()`: whether this drawing is still the newest. `firstSliceMs`: how long the first slice may
  // run (work done ahead of time, which must give way at once to what the reader is waiting for, passes
  // a short one).
  constructor(isCurrent, firstSliceMs = FIRST_SLICE_MS) {
    this.#isCurrent = isCurrent;
    this.#deadline = performance.now() + firstSliceMs;
  }

  // Whether this slice has used its time (cheap: call it per item).
  late() {
    return performance.now() >= this.#deadline;
  }

  // Lets the page paint and handle input, then starts the next slice; throws STALE when a newer
  // drawing began meanwhile.
  async pause() {
    await nextTask();
    if (!this.#isCurrent()) throw STALE;
    this.#deadline = performance.now() + SLICE_MS;
  }

  // pause() when this slice is late.
  async maybePause() {
    if (this.late()) await this.pause();
  }
}
