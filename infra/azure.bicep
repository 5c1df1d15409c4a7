// Lederbot on Azure: a Linux App Service (Node 22 LTS, two instances) running the bot, a user-assigned managed
// identity that is the bot's identity (Azure Bot, UserAssignedMSI), its Microsoft Graph identity and its database
// login, an Azure Bot with the Teams channel, and an Azure Database for PostgreSQL flexible server (Entra
// authentication only, reachable only from the web app's outbound addresses) holding the store every instance
// shares. Deployed by `arm/deploy` in teamsapp.yml; the outputs are written to env/.env.<environment>.

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
  'NODE|22-lts'
  'NODE|24-lts'
])
@description('Linux runtime stack: Node 22 LTS (package.json engines also allows 24).')
param linuxFxVersion string = 'NODE|22-lts'

@minValue(1)
@maxValue(3)
@description('Web app instances. They share the PostgreSQL store, its job queue and Teams\' rate limits.')
param instanceCount int = 2

@description('PostgreSQL compute: Burstable B1ms is enough for one leadership program office.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(7)
@maxValue(35)
@description('Days of point-in-time restore the server keeps (automatic backups).')
param postgresBackupRetentionDays int = 14

@description('Optional: object id of an Entra group of people who administer the database (queries, restores). Empty: only the web app\'s identity.')
param postgresAdminGroupObjectId string = ''

@description('Display name of that group (the database role it gets).')
param postgresAdminGroupName string = ''

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

@description('The app\'s id in the organisation\'s app catalog (TEAMS_APP_PUBLISHED_APP_ID after atk publish), or empty: with it the bot installs itself for people it must message (TEAMS_APP_CATALOG_ID; needs TeamsAppInstallation.ReadWriteSelfForUser.All, see docs/deploy.md)')
param teamsAppCatalogId string = ''

@description('Azure OpenAI endpoint for grounded answers; leave the three AZURE_OPENAI settings empty to use local retrieval only')
param azureOpenAiEndpoint string = ''

param azureOpenAiDeployment string = ''

@secure()
param azureOpenAiApiKey string = ''

@description('Client id of the Entra app that signs coordinators in to the tab (Teams SSO, docs/deploy.md); empty: the tab refuses everyone')
param tabClientId string = ''

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName
@description('Globally unique, 3-63 lowercase letters, digits and hyphens')
param postgresServerName string = 'pg-${resourceBaseName}-${uniqueString(resourceGroup().id)}'
param postgresDatabaseName string = 'lederbot'
param location string = resourceGroup().location
// The default host name of a site created without a domain name label scope.
var webAppHostName = '${webAppName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// The store of every instance: PostgreSQL with Entra authentication only (no password exists), TLS enforced by
// the service, automatic backups with point-in-time restore for postgresBackupRetentionDays.
resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: subscription().tenantId
    }
    network: {
      // Public endpoint, closed by the firewall except for the web app's outbound addresses (postgresFirewall.bicep).
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The web app's managed identity is the database principal the bot logs in as (role name = the identity's name).
// As an Entra administrator it may create the schema the bot migrates at start; see docs/deploy.md.
resource postgresIdentityAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: postgres
  name: identity.properties.principalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: identity.name
    tenantId: subscription().tenantId
  }
  dependsOn: [
    database
  ]
}

resource postgresGroupAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(postgresAdminGroupObjectId)) {
  parent: postgres
  name: empty(postgresAdminGroupObjectId) ? 'none' : postgresAdminGroupObjectId
  properties: {
    principalType: 'Group'
    principalName: postgresAdminGroupName
    tenantId: subscription().tenantId
  }
  dependsOn: [
    postgresIdentityAdmin
  ]
}

// Compute for the web app: Linux plan.
resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

// The web app hosting the bot. The deployment (azureAppService/zipDeploy) uploads the compiled dist/ and the
// package files; App Service's build runs only CUSTOM_BUILD_COMMAND, `npm ci --omit=dev`, on Linux: production
// dependencies only, and native modules built for the server whatever machine deployed.
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
          name: 'CUSTOM_BUILD_COMMAND'
          value: 'npm ci --omit=dev --no-audit --no-fund'
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
          // /home is the app's persistent, shared storage on App Service Linux: roles.json is read from here. The
          // store is PostgreSQL (below), never SQLite on this network share.
          name: 'DATA_DIR'
          value: '/home/data'
        }
        {
          name: 'PGHOST'
          value: postgres.properties.fullyQualifiedDomainName
        }
        {
          name: 'PGDATABASE'
          value: postgresDatabaseName
        }
        {
          name: 'PGUSER'
          value: identity.name
        }
        {
          name: 'PGSSLMODE'
          value: 'verify-full'
        }
        {
          // The password is an Entra access token of the managed identity, renewed before it expires.
          name: 'DATABASE_AUTH'
          value: 'entra'
        }
        {
          name: 'DATABASE_MANAGED_IDENTITY_CLIENT_ID'
          value: identity.properties.clientId
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
          // The coordinator tab's SSO audience, as the manifest's webApplicationInfo.resource names it.
          name: 'TAB_APP_ID_URI'
          value: empty(tabClientId) ? '' : 'api://${webAppHostName}/${tabClientId}'
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
          name: 'TEAMS_APP_CATALOG_ID'
          value: teamsAppCatalogId
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
      ]
    }
  }
}

// Only the web app reaches the database.
module postgresFirewall './postgresFirewall.bicep' = {
  name: 'PostgreSQL-firewall'
  params: {
    serverName: postgres.name
    outboundIpAddresses: webApp.properties.possibleOutboundIpAddresses
  }
  dependsOn: [
    postgresIdentityAdmin
    postgresGroupAdmin
  ]
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
output POSTGRES_SERVER_NAME string = postgres.name
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
