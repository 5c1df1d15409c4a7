// Azure Bot registration for Lederbot: single-tenant through a user-assigned managed identity (no client secret).
// New multi-tenant bot registrations are no longer accepted, so msaAppType is UserAssignedMSI and the bot's app id
// is the identity's client id. The messaging endpoint is the web app's /api/messages; the Teams channel is enabled.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@maxLength(42)
@description('Display name of the bot in the Azure portal')
param botDisplayName string

param botServiceName string = resourceBaseName

@allowed([
  'F0'
  'S1'
])
@description('F0 is free for the Teams channel (a standard channel).')
param botServiceSku string = 'F0'

@description('Resource id of the user-assigned managed identity the bot authenticates as')
param identityResourceId string

@description('Client id of that identity: the bot app id (BOT_ID)')
param identityClientId string

@description('Tenant of that identity (BOT_TENANT_ID)')
param identityTenantId string

@description('Host name of the web app, without scheme')
param botAppDomain string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
}

// Connect the bot to Microsoft Teams.
resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_SERVICE_NAME string = botService.name
output BOT_ENDPOINT string = 'https://${botAppDomain}'
