// Lederbot on Azure: a Linux App Service (Node) running the bot, a user-assigned managed identity that is the bot's
// identity (Azure Bot, UserAssignedMSI) and its Microsoft Graph identity, an Azure Bot with the Teams channel, and a
// storage account with a table service for the Azure Tables store. Deployed by `arm/deploy` in teamsapp.yml; the
// outputs are written to env/.env.<environment> by the toolkit.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU: B1 or larger (not F1/D1), because alwaysOn keeps the job runner going.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot')
param botDisplayName string

@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
@description('Linux runtime stack; the project supports Node 20 and 22 (package.json engines).')
param linuxFxVersion string = 'NODE|20-lts'

@allowed([
  'local'
  'graph'
])
@description('local: calendar in the store + iCalendar feeds; graph: Outlook events in the organizer mailbox')
param calendarProvider string = 'local'

@description('Comma-separated tenant ids whose activities the bot accepts; defaults to the tenant of this deployment')
param allowedTenantIds string = subscription().tenantId

@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@secure()
@description('At least 16 characters, or empty: makes calendar feed links unguessable (ICS_FEED_SECRET)')
param icsFeedSecret string = ''

@description('Azure OpenAI endpoint for grounded answers; leave the three AZURE_OPENAI settings empty to use local retrieval only')
param azureOpenAiEndpoint string = ''

param azureOpenAiDeployment string = ''

@secure()
param azureOpenAiApiKey string = ''

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName
@description('Globally unique, 3-24 lowercase letters and digits')
param storageAccountName string = 'st${uniqueString(resourceGroup().id, resourceBaseName)}'
param location string = resourceGroup().location

// Built-in role "Storage Table Data Contributor": read, write and delete table entities with Entra ID auth.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
// The default host name of a site created without a domain name label scope.
var webAppHostName = '${webAppName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// Storage for the Azure Tables store (adapters/storage/azure-tables). Entra ID only: no account keys, no public blobs.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {}
}

// The bot's identity may read and write table entities of this account (and nothing else in it).
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Compute for the web app: Linux plan.
resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

// The web app hosting the bot. The deployment (azureAppService/zipDeploy) uploads the sources and the compiled
// dist/; App Service's build (SCM_DO_BUILD_DURING_DEPLOYMENT) runs `npm install` and `npm run build` on Linux, so
// native modules such as better-sqlite3 match the server whatever machine deployed.
resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // Not `npm start`: that script builds first.
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMsi'
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: allowedTenantIds
        }
        {
          // /home is the app's persistent storage on App Service Linux; the SQLite store lives there.
          name: 'DATA_DIR'
          value: '/home/data'
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'PUBLIC_BASE_URL'
          value: 'https://${webAppHostName}'
        }
        {
          name: 'ICS_FEED_SECRET'
          value: icsFeedSecret
        }
        {
          name: 'CALENDAR_PROVIDER'
          value: calendarProvider
        }
        {
          name: 'GRAPH_BASE_URL'
          value: 'https://graph.microsoft.com'
        }
        {
          name: 'GRAPH_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'GRAPH_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'GRAPH_MANAGED_IDENTITY_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'AZURE_OPENAI_ENDPOINT'
          value: azureOpenAiEndpoint
        }
        {
          name: 'AZURE_OPENAI_DEPLOYMENT'
          value: azureOpenAiDeployment
        }
        {
          name: 'AZURE_OPENAI_API_KEY'
          value: azureOpenAiApiKey
        }
        {
          // For the Azure Tables store: endpoint plus the managed identity, no connection string.
          name: 'AZURE_TABLES_ENDPOINT'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'AZURE_TABLES_MANAGED_IDENTITY_CLIENT_ID'
          value: identity.properties.clientId
        }
      ]
    }
  }
}

// No FTP publishing with basic credentials (FTPS is disabled above as well).
resource ftpPublishingPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

// Register the web app as an Azure Bot (single tenant, managed identity) with the Teams channel.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botDisplayName: botDisplayName
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// Written to env/.env.<environment> by arm/deploy (https://aka.ms/teamsfx-actions/arm-deploy).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output BOT_IDENTITY_RESOURCE_ID string = identity.id
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_TABLES_ENDPOINT string = storage.properties.primaryEndpoints.table
