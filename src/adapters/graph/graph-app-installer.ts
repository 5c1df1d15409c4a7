import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppInstaller, InstallOutcome } from '../../capabilities/reach/ports';
import { statusOf, toJobError } from './graph-errors';

interface Installations { readonly value: ReadonlyArray<{ readonly id?: string }> }

/**
 * The app in a user's personal scope through Graph (application permission
 * TeamsAppInstallation.ReadWriteSelfForUser.All; the app must be in the organisation's catalog):
 * POST /users/{id}/teamwork/installedApps with the catalog app bound, the installation found by the catalog id,
 * and its 1:1 chat. 409 means already installed; 403 means the tenant's app permission policy blocks the app.
 */
export class GraphAppInstaller implements AppInstaller {
  constructor(private readonly client: Client, private readonly graphBaseUrl: string, private readonly catalogAppId: string) {}

  async install(aadObjectId: string): Promise<InstallOutcome> {
    try {
      await this.client.api(`/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`).post({
        'teamsApp@odata.bind': `${this.graphBaseUrl}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.catalogAppId)}`,
      });
      return 'installed';
    } catch (e) {
      const status = statusOf(e);
      if (status === 409) return 'already';
      if (status === 403) return 'blocked';
      throw toJobError(e, 'installing the app for a person');
    }
  }

  async personalChatId(aadObjectId: string): Promise<string | undefined> {
    const user = encodeURIComponent(aadObjectId);
    try {
      const list = await this.client.api(`/users/${user}/teamwork/installedApps`)
        .expand('teamsApp').filter(`teamsApp/id eq '${this.catalogAppId.replace(/'/g, "''")}'`).get() as Installations;
      const id = list.value[0]?.id;
      if (!id) return undefined;
      const chat = await this.client.api(`/users/${user}/teamwork/installedApps/${encodeURIComponent(id)}/chat`).get() as { id?: string };
      return chat.id;
    } catch (e) {
      throw toJobError(e, 'finding the chat of the app installed for a person');
    }
  }

  async displayName(aadObjectId: string): Promise<string | undefined> {
    const u = await this.client.api(`/users/${encodeURIComponent(aadObjectId)}`).select('displayName').get() as { displayName?: string };
    return u.displayName ?? undefined;
  }
}
