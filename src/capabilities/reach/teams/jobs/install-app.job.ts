import { z } from 'zod';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { installAppForPerson, type InstallAppDeps } from '../../use-cases/install-app.use-case';
import { INSTALL_APP_JOB } from '../../ports';

const payloadSchema = z.object({ aadObjectId: z.string().min(1), cohortId: z.string().min(1).optional(), name: z.string().min(1).optional() });

/**
 * Installs the app for a person the bot must reach but who never opened it. Graph's throttling and outages are
 * retried by the runner (not before Retry-After); a blocked installation is an outcome, not a failure.
 */
export function installAppJob(deps: InstallAppDeps, wake: () => void): JobHandler {
  return {
    type: INSTALL_APP_JOB,
    async run(job, { logger }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad install-app payload', 'reach-bad-payload');
      const result = await installAppForPerson(deps, p.data);
      logger.info('app installation for a person', { result });
      // The jobs waiting to send to this person (and a blocked alert) can run now.
      wake();
    },
  };
}
