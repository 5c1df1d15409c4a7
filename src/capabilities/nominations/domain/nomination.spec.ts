import {
  blocksNewNomination, createNomination, isOpen, transition, type ActorRole, type Nomination, type NominationAction,
  type NominationStatus,
} from './nomination';

const coordinator = { aadObjectId: 'c-1', name: 'Kari Koordinator' };
const nominator = { aadObjectId: 'n-1', name: 'Dekan' };
const nominee = { aadObjectId: 'p-1', name: 'Per Leder' };
const at = new Date('2024-01-10T09:00:00Z');

const fresh = (kind: Nomination['kind'] = 'nomination'): Nomination => createNomination({
  id: 'nom-1', kind, programId: 'ilp', cohortId: 'ilp-2021-2025', nominee: kind === 'application' ? nominator : nominee,
  nominator, justification: '  Gode grunner  ', answers: { completedPrerequisites: [] }, track: 'no-requirement', at,
});

const roles = (...r: ActorRole[]): ReadonlySet<ActorRole> => new Set(r);
const actorFor: Record<ActorRole, typeof coordinator> = { coordinator, nominee, nominator };
const roleOf: Record<NominationAction, ActorRole> = {
  approve: 'coordinator', reject: 'coordinator', waitlist: 'coordinator', decline: 'nominee', withdraw: 'nominator',
};

function apply(n: Nomination, action: NominationAction, reason?: string) {
  const role = roleOf[action];
  return transition(n, { action, actor: actorFor[role], roles: roles(role), at, reason });
}

function withStatus(status: NominationStatus): Nomination {
  const n = fresh();
  const path: Record<NominationStatus, NominationAction[]> = {
    pending: [], waitlisted: ['waitlist'], approved: ['approve'], rejected: ['reject'], declined: ['decline'], withdrawn: ['withdraw'],
  };
  return path[status].reduce((cur, a) => {
    const r = apply(cur, a, 'fordi');
    if (!r.ok) throw new Error(`setup failed: ${a}`);
    return r.value.nomination;
  }, n);
}

describe('nomination state machine', () => {
  it('starts pending at revision 1 with the submission as its last transition', () => {
    const n = fresh();
    expect(n).toMatchObject({ status: 'pending', rev: 1, justification: 'Gode grunner', last: { action: 'submit', to: 'pending', by: nominator } });
    expect(isOpen(n.status)).toBe(true);
  });

  const table: Array<[NominationStatus, NominationAction, NominationStatus | 'not-allowed']> = [
    ['pending', 'approve', 'approved'], ['pending', 'reject', 'rejected'], ['pending', 'waitlist', 'waitlisted'],
    ['pending', 'decline', 'declined'], ['pending', 'withdraw', 'withdrawn'],
    ['waitlisted', 'approve', 'approved'], ['waitlisted', 'reject', 'rejected'], ['waitlisted', 'waitlist', 'not-allowed'],
    ['waitlisted', 'decline', 'declined'], ['waitlisted', 'withdraw', 'withdrawn'],
    ...(['approved', 'rejected', 'declined', 'withdrawn'] as const).flatMap((s) =>
      (['approve', 'reject', 'waitlist', 'decline', 'withdraw'] as const).map((a): [NominationStatus, NominationAction, 'not-allowed'] => [s, a, 'not-allowed'])),
  ];

  it.each(table)('%s --%s--> %s', (from, action, to) => {
    const n = withStatus(from);
    const r = apply(n, action, 'en grunn');
    if (to === 'not-allowed') {
      expect(r).toEqual({ ok: false, error: { code: 'not-allowed', action, status: from } });
      return;
    }
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.nomination.status).toBe(to);
    expect(r.value.nomination.rev).toBe(n.rev + 1);
    expect(r.value.transition).toEqual({ action, from, to, by: actorFor[roleOf[action]], at: at.toISOString(), reason: 'en grunn' });
    expect(r.value.nomination.last).toEqual(r.value.transition);
    expect(isOpen(to)).toBe(to === 'waitlisted');
  });

  it('records coordinator decisions as the decision, and keeps it when the nominee later declines', () => {
    const w = apply(fresh(), 'waitlist');
    if (!w.ok) throw new Error('waitlist');
    expect(w.value.nomination.decision).toMatchObject({ action: 'waitlist', by: coordinator });
    const d = apply(w.value.nomination, 'decline');
    if (!d.ok) throw new Error('decline');
    expect(d.value.nomination.decision).toMatchObject({ action: 'waitlist' });
    expect(d.value.nomination.last).toMatchObject({ action: 'decline', by: nominee });
  });

  it('refuses an action from someone without the needed role', () => {
    const n = fresh();
    expect(transition(n, { action: 'approve', actor: nominator, roles: roles('nominator', 'nominee'), at }))
      .toEqual({ ok: false, error: { code: 'forbidden', action: 'approve', needs: 'coordinator' } });
    expect(transition(n, { action: 'withdraw', actor: coordinator, roles: roles('coordinator'), at }))
      .toEqual({ ok: false, error: { code: 'forbidden', action: 'withdraw', needs: 'nominator' } });
    expect(transition(n, { action: 'decline', actor: nominator, roles: roles('nominator'), at }))
      .toEqual({ ok: false, error: { code: 'forbidden', action: 'decline', needs: 'nominee' } });
  });

  it('needs a reason to reject, and bounds reasons', () => {
    expect(apply(fresh(), 'reject', '   ')).toEqual({ ok: false, error: { code: 'reason-required' } });
    expect(apply(fresh(), 'reject')).toEqual({ ok: false, error: { code: 'reason-required' } });
    expect(apply(fresh(), 'reject', 'x'.repeat(1001))).toEqual({ ok: false, error: { code: 'reason-too-long', max: 1000 } });
    const ok = apply(fresh(), 'reject', '  Ikke nok plass  ');
    expect(ok.ok && ok.value.transition.reason).toBe('Ikke nok plass');
  });

  it('lets an applicant withdraw but not decline their own application', () => {
    const app = fresh('application');
    const self = new Set<ActorRole>(['nominee', 'nominator']);
    expect(transition(app, { action: 'decline', actor: nominator, roles: self, at }))
      .toEqual({ ok: false, error: { code: 'not-allowed', action: 'decline', status: 'pending' } });
    const w = transition(app, { action: 'withdraw', actor: nominator, roles: self, at });
    expect(w.ok && w.value.nomination.status).toBe('withdrawn');
  });

  it('does not change the nomination it was given', () => {
    const n = fresh();
    const before = JSON.stringify(n);
    apply(n, 'approve');
    expect(JSON.stringify(n)).toBe(before);
  });

  it('lets a person be nominated again only after a withdrawal or a decline', () => {
    expect((['pending', 'waitlisted', 'approved', 'rejected'] as const).map(blocksNewNomination)).toEqual([true, true, true, true]);
    expect(blocksNewNomination('withdrawn')).toBe(false);
    expect(blocksNewNomination('declined')).toBe(false);
  });
});
