import { describe, expect, it } from 'vitest';
import { ClientDeparture } from '../host/client-departure';

describe('a request’s client departure', () => {
  it('says the client is there until told once that it left, keeping the first reason', () => {
    const departure = new ClientDeparture();
    expect(departure.left).toBe(false);
    expect(departure.reason).toBeUndefined();
    const gone = new Error('The client closed the connection.');
    departure.leave(gone);
    departure.leave(new Error('The server is shutting down.'));
    expect(departure.left).toBe(true);
    expect(departure.reason).toBe(gone);
  });

  it('calls back once when the client leaves, except those that stopped waiting', () => {
    const departure = new ClientDeparture();
    const heard: string[] = [];
    departure.onLeave((reason) => heard.push(`first: ${reason.message}`));
    const stopWaiting = departure.onLeave(() => heard.push('second'));
    stopWaiting();
    departure.leave(new Error('gone'));
    departure.leave(new Error('gone again'));
    expect(heard).toEqual(['first: gone']);
  });

  it('gives a signal that aborts with the reason when the client leaves, or already aborted after', () => {
    const before = new ClientDeparture();
    const signal = before.signal;
    expect(before.signal).toBe(signal);
    expect(signal.aborted).toBe(false);
    const gone = new Error('gone');
    before.leave(gone);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(gone);

    const after = new ClientDeparture();
    after.leave(gone);
    expect(after.signal.aborted).toBe(true);
    expect(after.signal.reason).toBe(gone);
  });
});
