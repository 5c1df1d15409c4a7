import { DEMO_COHORT } from './demo-catalog';

/**
 * The people of the demo's Agents Playground (demo/.m365agentsplayground.yml): the Playground's own user is the
 * example cohort's coordinator and nominator, so one person can try every flow; the five other users are
 * people to nominate and base-group members. Object ids are GUIDs, as roles.json requires.
 */
export const DEMO_USER = { id: 'user-id-0', aadObjectId: '5b7a3c1e-2d4f-4e6a-9b8c-0d1e2f3a4b5c', name: 'Kari Koordinator', email: 'kari@example.com' } as const;

export const DEMO_PEOPLE = [
  { n: 1, name: 'Ola Nordmann' }, { n: 2, name: 'Lise Leder' }, { n: 3, name: 'Per Hansen' }, { n: 4, name: 'Anne Berg' }, { n: 5, name: 'Nils Dahl' },
].map(({ n, name }) => ({
  id: `user-id-${n}`, aadObjectId: `5b7a3c1e-2d4f-4e6a-9b8c-0d1e2f3a4b5${n}`, name, email: `${name.split(' ')[0].toLowerCase()}@example.com`,
}));

/** The demo's roles.json (its format: docs/roles.md). */
export function demoRoles(): unknown {
  return {
    cohorts: [{ cohortId: DEMO_COHORT, coordinators: [DEMO_USER.aadObjectId], nominators: [DEMO_USER.aadObjectId], facilitators: [] }],
    people: [DEMO_USER, ...DEMO_PEOPLE].map((p) => ({ aadObjectId: p.aadObjectId, name: p.name, email: p.email })),
  };
}
