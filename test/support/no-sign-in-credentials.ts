import { MicrosoftAppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';

/**
 * Outbound calls to the Bot Connector emulator without signing in (there is no token service on this machine);
 * inbound tokens must still be for this app id, as with the real credentials factory.
 */
export class NoSignInCredentials extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string | undefined) { super(); }
  isValidAppId(appId: string): Promise<boolean> { return Promise.resolve(this.appId !== undefined && appId === this.appId); }
  isAuthenticationDisabled(): Promise<boolean> { return Promise.resolve(this.appId === undefined); }
  createCredentials(): Promise<ServiceClientCredentials> { return Promise.resolve(MicrosoftAppCredentials.Empty); }
}
