import { describe, expect, it } from 'vitest';
import { advance, useApi } from './support/api-harness';
import { engines } from './support/databases';

describe.each(engines)('the audit log on %s', (engine) => {
  const api = useApi(engine);

  it('records every lifecycle event with its actor and verifies, then fails verification after a past entry is altered', async () => {
    const { id } = await api().createDraft();
    await advance(api(), id, 'approved');
    const events = (await api().as('administrator', 'GET', `/api/drafts/${id}/history`)).body.events;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'markReady',
      'markReady',
      'submit',
      'approve',
      'approve',
    ]);
    expect(events[4].actor).toBe(api().users.reviewer.id);
    expect(events[5]).toMatchObject({ actor: api().users.secretary.id, to: 'approved' });

    const sound = await api().as('administrator', 'GET', '/api/audit/verify');
    expect(sound.status).toBe(200);
    expect(sound.body.verification.ok).toBe(true);

    const approval = events[4];
    await api().database.tamper('update audit_log set actor = $1 where id = $2', [
      api().users.secretary.id,
      approval.id,
    ]);
    const broken = await api().as('administrator', 'GET', '/api/audit/verify');
    expect(broken.body.verification).toMatchObject({ ok: false, brokenAt: approval.id });
    expect(broken.body.verification.reason).toContain('changed');
  });
});
